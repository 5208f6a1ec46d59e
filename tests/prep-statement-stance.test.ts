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
      'Todoist’s page says: “We’ll never sell out to the highest bidder”. Where has holding to that shaped a real decision, and what has it cost?',
    );
    expect(judgeQuestion(q!.text, q!.basis, input).grounded).toBe(true);
  });

  it('reads the values listed under their own heading, each a title with a line telling it, quoted as written', () => {
    const co = company('SEM Automotive');
    const about = page(
      co,
      'nl',
      'Kernwaarden\nKwaliteit boven kwantiteit\nEen beperkte maar verzorgde selectie.\nEerlijke communicatie\nDuidelijke informatie zonder loze verkooppraat.\nPersoonlijke aandacht\nKorte lijnen en betrokken advies.',
    );
    expect(stances(co, about).map((s) => s.phrase)).toEqual([
      'names “Kwaliteit boven kwantiteit”, “Eerlijke communicatie” and “Persoonlijke aandacht” among its values',
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

describe('the opener, when nobody has told who the person is', () => {
  it('opens on what the company’s own site lists, and asks the list once', () => {
    const co = company('Fly.io', { products: fact(['Machines', 'Sprites', 'Managed Postgres', 'Phoenix.new'], 'own-1') });
    const home = page(co, 'en', 'Modern Compute Without the Complexity');
    const input: PrepInput = { company: co, clips: [home], self: self({ targetRole: 'Backend engineer' }), now: NOW };
    const { questions } = suggestQuestions(signals(input), 30);
    expect(questions[0]!.text).toBe(
      'Fly.io’s site lists Machines, Sprites, Managed Postgres and Phoenix.new. Which of those is closest to your own work, and how did you come to it?',
    );
    expect(questions.filter((q) => /Sprites/.test(q.text))).toHaveLength(1);
  });

  it('keeps a decimal comma inside an offering ("3,5 t Transporte")', () => {
    expect(namedOfferings('3,5 t Transporte, 7,5 t Transporte')).toEqual(['3,5 t Transporte', '7,5 t Transporte']);
  });
});
