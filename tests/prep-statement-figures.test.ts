import { describe, expect, it } from 'vitest';
import { judgeQuestion } from '../lib/cli/prep-rubric';
import { suggestQuestions } from '../lib/prep/engine';
import { pickHooks } from '../lib/prep/hooks';
import { signals } from '../lib/prep/signals';
import { countedIn } from '../lib/prep/statement-figures';
import { companyStatements } from '../lib/prep/statements';
import type { PrepInput } from '../lib/prep/types';
import type { Clip, Company } from '../lib/schema/dossier';
import { clips, company, self } from './helpers/prep-records';

const NOW = Date.UTC(2026, 5, 1);
const clip = clips({ idPrefix: 'own', publishedAt: '2026-05-01', siteName: 'Own site' });
const page = (co: Company, lang: string, text: string): Clip => {
  const c = clip('company-page', `About | ${co.name}`, text, { companyId: co.id });
  return { ...c, extraction: { ...c.extraction, lang } };
};
const read = (co: Company, c: Clip) => companyStatements([c], co, { meetingAt: NOW });

describe('figures: what a company counts of its own record', () => {
  it('reads a volume in a sentence the company speaks, and asks what is behind it, never the figure itself', () => {
    const co = company('Remat Technologies');
    const about = page(
      co,
      'en',
      'Remat Technologies began as a licensed and compliant business, supporting our clients in processing over $10 billion in cross-border transactions.',
    );
    expect(read(co, about).map((s) => [s.kind, s.text])).toEqual([
      ['figure', 'By its own count: over $10 billion in cross-border transactions'],
    ]);
    const input: PrepInput = { company: co, clips: [about], self: self({ targetRole: 'Technology project manager' }), now: NOW };
    const s = signals(input);
    expect(pickHooks(s).map((h) => h.text)).toContain('By its own count: over $10 billion in cross-border transactions');
    const q = suggestQuestions(s, 30).questions.find((x) => /\$10 billion/.test(x.text));
    expect(q?.text).toBe(
      'Remat Technologies’ page counts over $10 billion in cross-border transactions. What does handling that volume ask of a technology project manager day to day, and where does it get difficult?',
    );
    expect(judgeQuestion(q!.text, q!.basis, input).grounded).toBe(true);
  });

  it('reads a counter widget (number, "+", label) and quotes a count in another language', () => {
    const co = company('Credit Advantage LLP');
    expect(read(co, page(co, 'en', 'About Us\n500\n+\nHappy Clients\n1200\ncrore +\nWorth Loans Processed')).map((s) => s.text)).toEqual([
      'By its own count: 1200 crore+ worth loans processed',
    ]);
    const fr = company('Noël Élagage');
    expect(
      read(fr, page(fr, 'fr', 'Aujourd’hui, Noël Élagage compte parmi les références du Rhône, avec plus de 500 chantiers réalisés.')).map(
        (s) => s.text,
      ),
    ).toEqual(['By its own count: “plus de 500 chantiers”']);
  });

  it('reads a counter set on one line with its "+" and label, in any language; a line without the "+" is not one', () => {
    const de = company('Estrichwerk Köln');
    expect(read(de, page(de, 'de', 'Über uns\n120+ Projekte abgeschlossen\n4.9 Sterne')).map((s) => s.text)).toEqual([
      'By its own count: “120+ Projekte abgeschlossen”',
    ]);
    const en = company('Roofline');
    expect(read(en, page(en, 'en', 'Why us\n350+ Homes Renovated')).map((s) => s.text)).toEqual(['By its own count: 350+ homes renovated']);
    // No "+": a numbered line ("3 Projekte") is a heading or a list, not a counter.
    expect(read(de, page(de, 'de', '3 Projekte\nKontakt'))).toEqual([]);
    // A landing page's tile says its magnitude instead of a "+".
    const tiles = company('Quillbase');
    expect(read(tiles, page(tiles, 'en', 'Trusted by teams\nOver 20M users worldwide\n62% of Fortune 100')).map((s) => s.text)).toEqual([
      'By its own count: over 20M users worldwide',
    ]);
    expect(read(tiles, page(tiles, 'en', 'Pricing\n12 Plans'))).toEqual([]);
  });

  it('takes no price, percentage, headcount, plan, numbered heading, version, unrun counter or customer’s quote for a record', () => {
    expect(countedIn('We charge €99 per customer each month.')).toBeUndefined();
    expect(countedIn('In fact, 98% of our customers use it for free.')).toBeUndefined();
    expect(countedIn('50 percent of our customers renew.')).toBeUndefined();
    expect(countedIn('We are 46,000+ employees in 150 offices.')?.said).toBe('150 offices');
    expect(countedIn('Today we have 25 tradespeople on assignment.')).toBeUndefined();
    expect(countedIn('04 Loan Processing')).toBeUndefined();
    expect(countedIn("Protiviti's AI Survey 3.0 reveals organizations are using AI.")).toBeUndefined();
    expect(countedIn('0+ Projekte abgeschlossen')).toBeUndefined();
    const co = company('Acme');
    expect(read(co, page(co, 'en', 'We aim to secure $100 million in investment from 500 partners by 2030.'))).toEqual([]);
    expect(read(co, page(co, 'en', '“We served 300 clients with Acme’s help,” says a happy customer of ours.'))).toEqual([]);
  });
});

describe('prose: the work a company specialises in, and how it grew', () => {
  it('reads a specialism in German, quoted, and asks a would-be founder why that niche', () => {
    const co = company('MS Fußbodenheizung');
    const about = page(
      co,
      'de',
      'Wir sind ein Fachbetrieb aus dem Raum Köln, deutschlandweit im Einsatz, mit Spezialisierung auf das nachträgliche Einfräsen von Fußbodenheizungen in Bestandsestrich.',
    );
    expect(read(co, about).map((s) => s.text)).toEqual([
      'Specialises in “das nachträgliche Einfräsen von Fußbodenheizungen in Bestandsestrich”',
    ]);
    const input: PrepInput = {
      company: co,
      clips: [about],
      self: self({ targetRole: 'Self-employed underfloor-heating installer', exploring: 'starting my own retrofit business' }),
      now: NOW,
    };
    const q = suggestQuestions(signals(input), 20).questions.find((x) => /Bestandsestrich/.test(x.text));
    expect(q?.text).toBe(
      'MS Fußbodenheizung specialises in “das nachträgliche Einfräsen von Fußbodenheizungen in Bestandsestrich”. Why that one niche, and what does a job in it ask that more general work does not?',
    );
    expect(judgeQuestion(q!.text, q!.basis, input).grounded).toBe(true);
  });

  it('reads a specialism the page states only in its own summary, and stops at its "but"', () => {
    const co = company('Garage de Zwart');
    const contact = page(co, 'nl', 'Meridiaan 2\n4561 PH Hulst\nGespecialiseerd in BMW & Mini');
    const withSummary: Clip = {
      ...contact,
      extraction: {
        ...contact.extraction,
        description:
          'Garage de Zwart, Bij ons kunt u terecht voor het onderhoud van u auto, wij zijn gespecialiseerd in BMW & Mini maar natuurlijk kunt u ook met overige merken bij ons terecht.',
      },
    };
    expect(read(co, withSummary).map((s) => s.text)).toEqual(['Specialises in “BMW & Mini”']);
    // Without the summary, the line alone names no speaker: nothing.
    expect(read(co, contact)).toEqual([]);
  });

  it('takes no vague specialism, and no specialism of the group named before it', () => {
    const co = company('Credit Advantage LLP');
    expect(
      read(co, page(co, 'en', 'We specialize in providing comprehensive financial solutions for both personal and business needs.')),
    ).toEqual([]);
    const ch = company('Sunreflex');
    expect(
      read(
        ch,
        page(
          ch,
          'de',
          'Sunreflex ist in Brüttisellen ansässig und gehört zur Frontwork AG, dem erfahrenen Spezialisten für visuelle Kommunikation.',
        ),
      ).filter((s) => s.kind === 'specialism'),
    ).toEqual([]);
  });

  it('reads how a company grew, in Spanish, from what it began with to what it became, quoted', () => {
    const co = company('ACQUAPURALIFE');
    const about = page(
      co,
      'es',
      'Iniciamos desarrollando equipos residenciales de alta calidad, respondiendo a la necesidad de familias. Con el tiempo, nuestra visión nos impulsó a evolucionar hasta convertirnos en fabricantes de sistemas Semi Industriales e Industriales, especializados en calidad.',
    );
    expect(read(co, about).map((s) => s.text)).toEqual([
      'How it grew, in its own words: from “Iniciamos desarrollando equipos residenciales de alta calidad” to “convertirnos en fabricantes de sistemas Semi Industriales e Industriales”',
    ]);
    // A start with no becoming is no story of growth.
    expect(read(co, page(co, 'en', 'ACQUAPURALIFE began as a small workshop in Barranquilla with two people.'))).toEqual([]);
  });
});

describe('figures: how the question says them', () => {
  it('says places as a reach, and takes no catalogue of courses for work done for clients', () => {
    const co = company('Medtronic');
    const about = page(co, 'en', 'With a global reach that extends to more than 140 countries, we understand many healthcare challenges.');
    const input: PrepInput = { company: co, clips: [about], self: self({ targetRole: 'Account manager' }), now: NOW };
    expect(suggestQuestions(signals(input), 30).questions.find((q) => q.intent === 'statement:figure')?.text).toBe(
      'Medtronic’s page puts its reach at more than 140 countries. How much does the work differ from one place to the next, and how is it held together?',
    );
    expect(countedIn('We offer 20,000+ courses from the best publishers.')).toBeUndefined();
  });
});

describe('a promise the company makes in so many words', () => {
  it('quotes a condition and what "we" then do, two from one paragraph together, and asks what keeping it takes', () => {
    const co = company('Remat Technologies');
    const about = page(
      co,
      'en',
      'We are not a remote vendor. When we implement, we stay. When the regulator asks questions, we are in the room.\nWhen there are gaps in the market, we name them.',
    );
    expect(read(co, about).map((s) => s.text)).toEqual([
      'Its promise, in its own words: “When we implement, we stay. When the regulator asks questions, we are in the room.”',
    ]);
    const input: PrepInput = { company: co, clips: [about], self: self({ targetRole: 'Technology project manager' }), now: NOW };
    const q = suggestQuestions(signals(input), 30).questions.find((x) => x.intent === 'statement:promise');
    expect(q?.text).toBe(
      'Remat Technologies’ page promises: “When we implement, we stay. When the regulator asks questions, we are in the room.” What does keeping it ask of a technology project manager, and when is it hardest?',
    );
    expect(judgeQuestion(q!.text, q!.basis, input).grounded).toBe(true);
  });

  it('takes no wish and no offer to the reader for a promise', () => {
    const co = company('The Hoxton');
    expect(read(co, page(co, 'en', 'If that’s the case for you, we want to help with a new booking.'))).toEqual([]);
    expect(read(co, page(co, 'en', 'When you book directly, we would love to upgrade your room.'))).toEqual([]);
  });
});
