import { describe, expect, it } from 'vitest';
import { judgeQuestion } from '../lib/cli/prep-rubric';
import { suggestQuestions } from '../lib/prep/engine';
import { signals } from '../lib/prep/signals';
import { companyStatements } from '../lib/prep/statements';
import type { PrepInput } from '../lib/prep/types';
import type { Clip, Company } from '../lib/schema/dossier';
import { clips, company, self } from './helpers/prep-records';

const NOW = Date.UTC(2026, 2, 1);
const clip = clips({ idPrefix: 'own', publishedAt: '2026-02-01', siteName: 'Own site' });
const page = (co: Company, lang: string, text: string): Clip => {
  const c = clip('company-page', `Über uns | ${co.name}`, text, { companyId: co.id });
  return { ...c, extraction: { ...c.extraction, lang } };
};
const read = (co: Company, c: Clip) => companyStatements([c], co, { meetingAt: NOW });

describe('focus: where a company says it puts its weight', () => {
  const co = company('Nordluft Klimatechnik GmbH');
  const about = page(
    co,
    'de',
    'Unser Team aus Monteuren betreut Projekte für Industrie und Gewerbe, wir arbeiten termingerecht.\nEin besonderer Schwerpunkt liegt auf Wartung, Instandhaltung und Sanierung im Bestand. Wir arbeiten zuverlässig und nach höchsten Standards.',
  );

  it('reads an impersonal focus in a paragraph the company speaks, quoted with its list whole, and asks what it means for the user’s role', () => {
    expect(read(co, about).map((s) => [s.kind, s.text])).toContainEqual([
      'specialism',
      'Puts its focus on “Wartung, Instandhaltung und Sanierung im Bestand”',
    ]);
    const input: PrepInput = { company: co, clips: [about], self: self({ targetRole: 'Technical clerk' }), now: NOW };
    const q = suggestQuestions(signals(input), 20).questions.find((x) => /Wartung/.test(x.text));
    expect(q?.text).toBe(
      'Nordluft Klimatechnik puts its focus on “Wartung, Instandhaltung und Sanierung im Bestand”. What does that ask of a technical clerk that more general work does not, and where does a job usually get difficult?',
    );
    expect(judgeQuestion(q!.text, q!.basis, input).grounded).toBe(true);
  });

  it('refuses the verb: the customer’s focus, or a way of working', () => {
    const en = company('Termio');
    const none = (text: string) => read(en, page(en, 'en', text)).filter((s) => s.kind === 'specialism');
    expect(none('Our plan keeps pests out so you can focus on what matters, taking care of your family.')).toEqual([]);
    expect(none('In the design phase we focus on crafting a seamless and engaging user experience.')).toEqual([]);
    expect(none('Our main focus is on crafting a seamless and engaging user experience for banks.')).toEqual([]);
    // The noun, naming a line of work: read.
    expect(none('Our main focus is on commercial roofing and solar installations across Arizona.').map((s) => s.text)).toEqual([
      'Puts its focus on commercial roofing and solar installations across Arizona',
    ]);
  });

  it('never cuts a list of whom the work is for at its first comma: that is whom it serves, not a specialism', () => {
    const studio = company('Halden Interiors');
    const spec = (text: string) => read(studio, page(studio, 'en', text)).filter((s) => s.kind === 'specialism').map((s) => s.text);
    expect(spec('Halden specialise in interior design for the hotels, spas, gyms, offices and retail sectors.')).toEqual([]);
    // A place after the comma is no list of clients: the specialism stands, cut where it was.
    expect(spec('At Halden Interiors, we specialize in hotel lobby refits in Leeds, UK, and the surrounding areas.')).toEqual([
      'Specialises in hotel lobby refits in Leeds',
    ]);
  });

  it('refuses a focus in a paragraph that does not speak for the company', () => {
    expect(read(co, page(co, 'de', 'Ein besonderer Schwerpunkt liegt auf Wartung, Instandhaltung und Sanierung im Bestand.'))).toEqual([]);
  });
});

describe('projects: the projects a company names on its own pages', () => {
  it('reads a careers page talking to the reader, quoted in its language, and asks the user’s part in one', () => {
    const co = company('Nordluft Klimatechnik GmbH');
    const careers = page(
      co,
      'de',
      'Spannende Projekte\nArbeiten Sie an Großprojekten wie der Deutschen Messe oder dem Flughafen Hannover.',
    );
    const st = read(co, careers).find((s) => s.kind === 'projects');
    expect(st?.names).toEqual(['Deutschen Messe', 'Flughafen Hannover']);
    expect(st?.text).toBe('Projects it names: “Großprojekten wie der Deutschen Messe oder dem Flughafen Hannover”');
    const input: PrepInput = { company: co, clips: [careers], self: self({ targetRole: 'Technical clerk' }), now: NOW };
    const q = suggestQuestions(signals(input), 20).questions.find((x) => /Flughafen/.test(x.text));
    expect(q?.text).toBe(
      'Nordluft Klimatechnik’s page names its projects: “Großprojekten wie der Deutschen Messe oder dem Flughafen Hannover”. What does a project like one of those look like from the first call to the hand-over, and where does a technical clerk come in?',
    );
  });

  it('reads English names plainly, and refuses a lone name, a list of common words, or a sentence nobody speaks', () => {
    const co = company('Harbor Builders');
    const en = (text: string) => read(co, page(co, 'en', text)).filter((s) => s.kind === 'projects');
    expect(en('We have delivered projects such as the Seattle Children’s Hospital and the Pier 62 Park.').map((s) => s.text)).toEqual([
      'Projects it names: Seattle Children’s Hospital and Pier 62 Park',
    ]);
    expect(en('We have delivered projects such as the Seattle Children’s Hospital.')).toEqual([]);
    expect(en('We take on projects like kitchens, bathrooms and decks.')).toEqual([]);
    expect(en('The city funded projects such as Pier 62 Park and the Waterfront Promenade.')).toEqual([]);
  });
});
