import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepQuality } from '../lib/cli/prep-quality';
import { suggestQuestions, similarity, NEAR_DUPLICATE } from '../lib/prep/engine';
import { findPerson, prepInputFor } from '../lib/prep/from-dossier';
import { prepSheetMarkdown } from '../lib/prep/markdown';
import { buildPrepSheet } from '../lib/prep/sheet';
import { newsKind } from '../lib/prep/signals';
import { thankYouDraft } from '../lib/prep/thank-you';
import { BANK } from '../lib/prep/bank';
import { QUESTION_CATEGORIES } from '../lib/schema/dossier';
import { DossierExport } from '../lib/schema/export';

const NOW = Date.UTC(2026, 10, 26);
function dossier(name: string) {
  return DossierExport.parse(JSON.parse(readFileSync(join(__dirname, 'fixtures/dossiers', `${name}.json`), 'utf8')));
}
function inputFor(name: string) {
  const d = dossier(name);
  const person = findPerson(d, undefined);
  return prepInputFor(d, person ? { personId: person.id } : { companyId: d.companies[0]?.id }, NOW);
}

describe('the question bank', () => {
  it('holds at least 60 templates across all seven categories, with unique ids', () => {
    expect(BANK.length).toBeGreaterThanOrEqual(60);
    expect(new Set(BANK.map((t) => t.id)).size).toBe(BANK.length);
    for (const c of QUESTION_CATEGORIES) expect(BANK.filter((t) => t.category === c).length, c).toBeGreaterThanOrEqual(6);
  });
});

describe('the question engine', () => {
  it('grounds most questions of a rich dossier in facts, with reasons and sources', () => {
    const sheet = buildPrepSheet(inputFor('rich-with-self'));
    const grounded = sheet.questions.filter((q) => q.basis.length);
    expect(grounded.length / sheet.questions.length).toBeGreaterThanOrEqual(0.7);
    for (const q of sheet.questions) expect(q.reason.length).toBeGreaterThan(10);
    const news = sheet.questions.find((q) => q.text.includes('Series C'));
    expect(news?.basis).toEqual(['clip:clip-fernhill-news-series-c']);
  });

  it('drops the basic questions the dossier answers and lists the facts as already known', () => {
    const input = inputFor('rich-with-self');
    const { questions, known } = suggestQuestions(input);
    expect(questions.map((q) => q.id)).not.toContain('company.what');
    expect(questions.map((q) => q.id)).not.toContain('company.size');
    expect(known.map((k) => k.label)).toEqual(expect.arrayContaining(['What it does', 'Size', 'Headquarters', 'Founded']));
    expect(prepQuality(input, buildPrepSheet(input)).knownAsked).toEqual([]);
  });

  it('asks the basic questions when the dossier does not answer them', () => {
    const { questions } = suggestQuestions({ clips: [], now: NOW });
    expect(questions.map((q) => q.id)).toEqual(expect.arrayContaining(['company.what']));
  });

  it('covers all seven categories when there is a person and a company, with no near-duplicates', () => {
    for (const name of ['rich-with-self', 'rich-no-self', 'career-changer', 'long-tenure', 'layoffs-news', 'non-english']) {
      const sheet = buildPrepSheet(inputFor(name));
      expect(new Set(sheet.questions.map((q) => q.category)).size, name).toBe(7);
      const qs = sheet.questions;
      for (let i = 0; i < qs.length; i++)
        for (let j = i + 1; j < qs.length; j++)
          expect(similarity(qs[i]!.text, qs[j]!.text), `${qs[i]!.text} ~ ${qs[j]!.text}`).toBeLessThan(NEAR_DUPLICATE);
    }
  });

  it('marks three must-asks, always including who else to talk to', () => {
    const sheet = buildPrepSheet(inputFor('career-changer'));
    const must = sheet.questions.filter((q) => q.mustAsk);
    expect(must).toHaveLength(3);
    expect(must.map((q) => q.id)).toContain('closing.who-else');
    expect(new Set(must.map((q) => q.category)).size).toBe(3);
  });

  it('is deterministic: the same dossier gives the same sheet', () => {
    expect(buildPrepSheet(inputFor('layoffs-news'))).toEqual(buildPrepSheet(inputFor('layoffs-news')));
    expect(prepSheetMarkdown(buildPrepSheet(inputFor('rich-no-self')))).toBe(prepSheetMarkdown(buildPrepSheet(inputFor('rich-no-self'))));
  });

  it('personalises from the profile: transitions, tenure at the company, return to school, common ground', () => {
    const changer = buildPrepSheet(inputFor('career-changer'));
    expect(changer.questions.some((q) => /Geography Teacher .* to UX Researcher/.test(q.text))).toBe(true);
    expect(changer.questions.some((q) => q.id === 'path.back-to-school')).toBe(true);
    const tenure = buildPrepSheet(inputFor('long-tenure'));
    expect(tenure.person?.tenure).toMatch(/^11 years/);
    expect(tenure.questions.some((q) => q.id === 'path.tenure-long')).toBe(true);
    const rich = buildPrepSheet(inputFor('rich-with-self'));
    expect(rich.person?.commonGround).toEqual(expect.arrayContaining([expect.stringContaining('Same past employer')]));
  });

  it('asks about layoffs once, tactfully', () => {
    const sheet = buildPrepSheet(inputFor('layoffs-news'));
    const layoffs = sheet.questions.filter((q) => /comfortable sharing|layoff|job cuts|changes at/i.test(q.text));
    expect(layoffs).toHaveLength(1);
    expect(layoffs[0]!.text).toMatch(/if you are comfortable sharing/i);
  });

  it('reads German and French headlines', () => {
    expect(newsKind('Kochendorf Präzisionstechnik übernimmt Spannmittelhersteller')).toBe('acquisition');
    expect(newsKind('Vellaune lève 18 millions d’euros')).toBe('funding');
    expect(newsKind('Brennwerk kündigt Stellenabbau an')).toBe('layoffs');
  });
});

describe('the thank-you draft', () => {
  it('names the person, mentions specifics from the notes and the next step', () => {
    const text = thankYouDraft({
      personName: 'Nadia Brennan',
      companyName: 'Fernhill Robotics',
      selfName: 'Sam Okoye',
      meetingAt: NOW + 9 * 3600_000,
      now: NOW + 12 * 3600_000,
      timeZone: 'UTC',
      questions: [
        {
          text: 'q',
          category: 'role',
          mustAsk: false,
          asked: true,
          answerNotes: 'Start with the ROS 2 tutorials. Then build a small arm.',
        },
      ],
      notes: '- The team hires from automotive often',
      referrals: ['Priya Raman'],
    });
    expect(text).toMatch(/^Dear Nadia,/);
    expect(text).toContain('talk with me today about your work at Fernhill Robotics');
    expect(text).toContain('start with the ROS 2 tutorials');
    expect(text).toContain('the team hires from automotive often');
    expect(text).toContain('reach out to Priya Raman');
    expect(text.trim().endsWith('Sam Okoye')).toBe(true);
  });
});
