import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPerson, prepInputFor } from '../lib/prep/from-dossier';
import { buildPrepSheet } from '../lib/prep/sheet';
import { careInStory, storyCareText } from '../lib/prep/story-care';
import { DossierExport } from '../lib/schema/export';
import { clips, company } from './helpers/prep-records';

// Issue 11 §8: a sensitive story is listed with a careful way to ask, not only "let them raise it",
// which left the user with nothing to say when the person did (wework-careful, boeing-order).
describe('a topic to handle with care says how to ask if the person raises it', () => {
  it('job cuts in the news: never opened with, asked what they meant for the work, done or only announced', () => {
    const d = DossierExport.parse(JSON.parse(readFileSync(join(__dirname, 'fixtures/dossiers', 'layoffs-news.json'), 'utf8')));
    const person = findPerson(d, undefined);
    const input = prepInputFor(d, person ? { personId: person.id } : { companyId: d.companies[0]?.id }, Date.UTC(2024, 5, 1));
    const sheet = buildPrepSheet(input);
    const cuts = sheet.careful.find((c) => /^Job cuts/.test(c.text));
    expect(cuts?.text).toMatch(
      /don't open with it; if they raise it, ask about the work, not the cause: “What has it meant for the work on your team so far\?”$/,
    );
    // Still never a question on the list.
    expect(sheet.questions.some((q) => /cuts|layoff/i.test(q.text))).toBe(false);
  });

  it('a story told in another language: the ask fits its trouble (cuts, a strike), none for a court case', () => {
    const clip = clips({ idPrefix: 'ca', publishedAt: '2025-12-10', siteName: 'Die Zeitung' });
    const acme = { ...company('Acme Solar'), domains: [] };
    const story = (title: string, text: string) =>
      clip('article', title, text, {
        extraction: { kind: 'article', url: 'https://news.example/x', title, extractor: 'test', sources: {}, lang: 'de' },
      });
    const cut = careInStory(
      story('Acme Solar baut 240 Stellen ab', 'Der Stellenabbau bei Acme Solar trifft 240 Stellen in Chemnitz.'),
      acme,
    );
    expect(storyCareText(cut!)).toMatch(/“What has it meant for the work on your team so far\?”$/);
    const strike = careInStory(
      story('Streik bei Acme Solar', 'Die Beschäftigten von Acme Solar sind in den Streik getreten.\nDer Streik bei Acme Solar dauert an.'),
      acme,
    );
    expect(strike && storyCareText(strike)).toMatch(/“How has the work on your side gone since the strike\?”$/);
  });
});
