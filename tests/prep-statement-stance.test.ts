import { describe, expect, it } from 'vitest';
import { judgeQuestion } from '../lib/cli/prep-rubric';
import { suggestQuestions } from '../lib/prep/engine';
import { signals } from '../lib/prep/signals';
import { companyStatements } from '../lib/prep/statements';
import { namedOfferings } from '../lib/prep/bank/offerings';
import type { PrepInput } from '../lib/prep/types';
import type { Clip, Company } from '../lib/schema/dossier';
import { clips, company, fact, self } from './helpers/prep-records';

const NOW = Date.UTC(2026, 5, 1);
const clip = clips({ idPrefix: 'own', publishedAt: '2026-05-01', siteName: 'Own site' });
const page = (co: Company, lang: string, text: string): Clip => {
  const c = clip('company-page', `Home | ${co.name}`, text, { companyId: co.id });
  return { ...c, extraction: { ...c.extraction, lang } };
};
const stances = (co: Company, c: Clip) => companyStatements([c], co, { meetingAt: NOW }).filter((s) => s.kind === 'stance');

describe('stance: what a company says it holds to on its own page', () => {
  it('reads a pledge and asks what holding to it cost, never what it is', () => {
    const co = company('Todoist');
    const home = page(
      co,
      'en',
      'In it for the long haul\nWe’ve been building Todoist for 19 years. Rest assured that we’ll never sell out to the highest bidder.',
    );
    expect(stances(co, home).map((s) => [s.form, s.text])).toEqual([
      ['pledge', 'Its pledge, in its own words: “We’ll never sell out to the highest bidder”'],
    ]);
    const input: PrepInput = { company: co, clips: [home], self: self({ targetRole: 'Product manager' }), now: NOW };
    const q = suggestQuestions(signals(input), 30).questions.find((x) => /highest bidder/.test(x.text));
    expect(q?.text).toBe(
      'Todoist’s page says: “We’ll never sell out to the highest bidder”. When was that last put to the test, and what did keeping it cost?',
    );
    expect(judgeQuestion(q!.text, q!.basis, input).grounded).toBe(true);
  });

  it('reads the values listed under their own heading, each a title with a line telling it, quoted as written (two short ones at most, to be said aloud)', () => {
    const co = company('SEM Automotive');
    const about = page(
      co,
      'nl',
      'Kernwaarden\nKwaliteit boven kwantiteit\nEen beperkte maar verzorgde selectie.\nEerlijke communicatie\nDuidelijke informatie zonder loze verkooppraat.\nPersoonlijke aandacht\nKorte lijnen en betrokken advies.',
    );
    expect(stances(co, about).map((s) => s.phrase)).toEqual([
      'names “Kwaliteit boven kwantiteit” and “Eerlijke communicatie” among its values',
    ]);
  });

  it('reads two refusals side by side as the company’s, wherever the page says them; one "no" alone is no stance', () => {
    const co = company('Darula Transporte & Logistik');
    expect(
      stances(co, page(co, 'de', 'Ihr Partner für 3,5 t und 7,5 t Transporte – keine Umzüge, keine Kompromisse.')).map((s) => [
        s.form,
        s.phrase,
      ]),
    ).toEqual([['refusal', '“Keine Umzüge, keine Kompromisse”']]);
    const fly = company('Fly.io');
    expect(stances(fly, page(fly, 'en', 'Run clustered databases like Cockroach and modern RPC systems. No Terraform required.'))).toEqual(
      [],
    );
  });

  it('takes no pledge nobody makes for the company ("you will never forget your charger again")', () => {
    const co = company('Todoist');
    expect(
      stances(co, page(co, 'en', 'Business Travel Packing\nYou will never forget your laptop charger, lucky shoes, or passport again.')),
    ).toEqual([]);
  });
});

describe('method and sides: how a company says it works, and the sides of its business', () => {
  it('reads a method named by its steps, and the steps of a process under its heading (not their number labels, not a menu word)', () => {
    const co = company('Circle Of Trust Invest');
    const home = page(
      co,
      'nl',
      'Trap naar Essentie\nOnze unieke 6-stappen methode waarbij u als leider afdaalt naar de basis, luistert, en met duidelijkheid en eenvoud terugkeert.',
    );
    expect(
      companyStatements([home], co, { meetingAt: NOW })
        .filter((s) => s.kind === 'method')
        .map((s) => s.form),
    ).toEqual(['named']);
    const de = company('Sunreflex');
    const steps = page(
      de,
      'de',
      'So arbeiten wir\nSchritt 01\nAufmass und Muster\nWir messen vor Ort und bringen Muster mit.\nSchritt 02\nFertigung nach Mass\nIhre Folie wird in unserer Werkstatt zugeschnitten.\nSchritt 03\nMontage und Abnahme\nUnsere Monteure kleben die Folie und nehmen sie mit Ihnen ab.\nReferenzen\nKunden',
    );
    expect(companyStatements([steps], de, { meetingAt: NOW }).find((s) => s.kind === 'method')?.phrase).toBe(
      'sets out its process: “Aufmass und Muster”, “Fertigung nach Mass” and “Montage und Abnahme”',
    );
  });

  it('reads sibling headings of a line of work as the sides of a business; names of people and buttons are not', () => {
    const co = company('Ohio Artisan Collective');
    const home = page(
      co,
      'en',
      'Corporate Gifting\nThank your clients by giving them a handmade personal Artisan product from our makers.\nPersonal Gifting\nWhen finding the perfect gift seems impossible, Ohio Artisan Collective makes it possible.',
    );
    expect(companyStatements([home], co, { meetingAt: NOW }).find((s) => s.kind === 'segments')?.phrase).toBe(
      'sets out corporate gifting beside personal gifting',
    );
    const team = page(
      co,
      'en',
      'Kerry Cromer\nKerry has run the shop since 2015 and knows every maker by name.\nEric Cromer\nEric looks after the books, the suppliers and the shop floor.\nExplore pricing\nSee what a corporate order costs for teams of ten people or more.\nUsage-based pricing\nPay only for what you order from our makers each month.',
    );
    expect(companyStatements([team], co, { meetingAt: NOW }).filter((s) => s.kind === 'segments')).toEqual([]);
  });
});

describe('the opener, when nobody has told who the person is', () => {
  it('opens on what the company’s own site lists, and asks the list once', () => {
    const co = company('Fly.io', { products: fact(['Machines', 'Sprites', 'Managed Postgres', 'Phoenix.new'], 'own-1') });
    const home = page(co, 'en', 'Modern Compute Without the Complexity');
    const input: PrepInput = { company: co, clips: [home], self: self({ targetRole: 'Backend engineer' }), now: NOW };
    const { questions } = suggestQuestions(signals(input), 30);
    expect(questions[0]!.text).toBe(
      'Fly.io’s site lists Machines, Sprites, Managed Postgres and Phoenix.new. Which of those is closest to your own work, and what does your part of it involve?',
    );
    expect(questions.filter((q) => /Sprites/.test(q.text))).toHaveLength(1);
  });

  it('else opens on what its own summary says it is, when that is a product, not a kind of firm', () => {
    const opener = (name: string, summary: string) => {
      const co = company(name, { summary: fact(summary, 'own-1') });
      const input: PrepInput = { company: co, clips: [page(co, 'en', summary)], self: self({ targetRole: 'Account executive' }), now: NOW };
      return suggestQuestions(signals(input), 30).questions[0]!.text;
    };
    expect(opener('Loom', 'Loom is the video messaging platform for work.')).toBe(
      "What part of Loom's video messaging platform do you work on, and what does it involve?",
    );
    expect(opener('Todoist', "Todoist is the world's favorite task manager and to-do list app. Finally become focused.")).toBe(
      "What part of Todoist's task manager and to-do list app do you work on, and what does it involve?",
    );
    expect(opener('Acme', 'Acme is a family-owned company in Ohio.')).toBe('What do you work on at Acme, and how did you come to it?');
  });

  it('keeps a decimal comma inside an offering ("3,5 t Transporte")', () => {
    expect(namedOfferings('3,5 t Transporte, 7,5 t Transporte')).toEqual(['3,5 t Transporte', '7,5 t Transporte']);
  });
});
