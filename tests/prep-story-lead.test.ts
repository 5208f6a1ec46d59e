import { describe, expect, it } from 'vitest';
import { pickHooks } from '../lib/prep/hooks';
import { buildPrepSheet } from '../lib/prep/sheet';
import { signals } from '../lib/prep/signals';
import { pendingDeal, storyLead } from '../lib/prep/story-lead';
import type { Clip } from '../lib/schema/dossier';
import { clips, company, self, storyClip } from './helpers/prep-records';

const NOW = Date.UTC(2017, 3, 13);
const clip = clips({ idPrefix: 'st', publishedAt: '2017-03-23', siteName: 'Wirtschaftswoche' });
const story = (title: string, text: string, excerpt?: string): Clip => {
  const c = clip('article', title, text);
  return { ...c, extraction: { ...c.extraction, lang: 'de', article: { title, excerpt } } };
};
const LINDE =
  'Der Linde-Konzern muss sich von Teilen seiner US-Aktivitäten trennen. Den Verkauf machen Kartellbehörden zur Bedingung, damit sie die geplante Fusion der Münchener mit dem US-Rivalen Praxair genehmigen.';

describe('a story’s lead and a deal it reports as not yet closed', () => {
  it('shows the publisher’s summary under the story’s title, but no teaser, quotation or byline', () => {
    const linde = story('Linde: Gasekonzern muss Teile des US-Geschäfts verkaufen', LINDE, LINDE);
    expect(storyLead(linde)).toBe(LINDE);
    expect(storyLead(story('T', '', '“We had some issues,” the executive said about the launch on Monday.'))).toBeUndefined();
    expect(
      storyLead(story('T', '', 'Following the 16-inch MacBook Pro, Apple plans to release a new 13-inch model in 2020,...')),
    ).toBeUndefined();
    expect(
      storyLead(story('T', '', 'Acquisition of company which carries out tests will see its technology applied. By Charles Arthur')),
    ).toBeUndefined();
    expect(storyLead(story('T', '', 'A computer inspired by a desk lamp'))).toBeUndefined();
    const s = signals({ company: company('Linde'), clips: [linde], self: self({}), now: NOW });
    expect(pickHooks(s).find((h) => h.kind === 'news')).toMatchObject({
      text: 'In the news: “Linde: Gasekonzern muss Teile des US-Geschäfts verkaufen”',
      evidence: LINDE,
    });
  });

  it('puts a planned merger under "handle with care", in any of the four languages, and never a denied rumour', () => {
    const linde = story('Linde: Gasekonzern muss Teile des US-Geschäfts verkaufen', LINDE, LINDE);
    expect(pendingDeal(linde)).toBe(
      'Den Verkauf machen Kartellbehörden zur Bedingung, damit sie die geplante Fusion der Münchener mit dem US-Rivalen Praxair genehmigen.',
    );
    expect(pendingDeal(story('T', 'Acme said the proposed merger with Widget Corp needs approval in Brazil and Chile.'))).toMatch(
      /proposed merger with Widget Corp/,
    );
    expect(pendingDeal(story('T', 'Acme denies rumours of a planned takeover by Globex on Monday.'))).toBeUndefined();
    expect(pendingDeal(story('T', 'Acme merged its two divisions into one unit last year.'))).toBeUndefined();
    const sheet = buildPrepSheet({
      company: company('Linde'),
      clips: [linde],
      self: self({ targetRole: 'Corporate development analyst' }),
      now: NOW,
    });
    expect(sheet.careful.map((c) => c.text)).toEqual([
      'A deal not yet closed: “Den Verkauf machen Kartellbehörden zur Bedingung, damit sie die geplante Fusion der Münchener mit dem US-Rivalen Praxair genehmigen.” — they may not be free to discuss it; let them raise it.',
    ]);
    // Handled with care, so never asked.
    expect([...sheet.questions, ...sheet.reserve].some((q) => /Praxair|Fusion|merger/i.test(q.text))).toBe(false);
  });
});

describe('an organisation named after a person', () => {
  it('is called by the surname in headlines: "Komen cancels …" is a story about Susan G. Komen', async () => {
    const { companyNames } = await import('../lib/prep/events');
    expect(companyNames({ name: 'Susan G. Komen' })).toEqual(['Susan G. Komen', 'Komen']);
    // No middle initial, no surname: "Bank of America" is never "America", "John Lewis" never "Lewis".
    expect(companyNames({ name: 'Bank of America' })).toEqual(['Bank of America']);
    expect(companyNames({ name: 'John Lewis' })).toEqual(['John Lewis']);
  });
});

describe('a story the user filed under the company whose headline does not name it', () => {
  const OPENING = 'Rund 300 Beschäftigte von Nordwerk Rotortechnik versammelten sich am Montag vor dem Werkstor in Kalden.';
  const rally = (extra: Partial<Clip>) =>
    storyClip('st-rally', 'https://news.example/rally', 'article', 'Beschäftigte fordern Aufträge für heimische Werke', OPENING, {
      publishedAt: '2017-04-03',
      siteName: 'Kaldener Rundschau',
      ...extra,
    });
  const hooksOf = (c: Clip) =>
    pickHooks(signals({ company: company('Nordwerk Rotortechnik'), clips: [c], self: self({}), now: NOW })).map((h) => h.text);

  it('is a hook when its opening names the company: their choice in the picker and the story agree', () => {
    expect(hooksOf(rally({ companyId: 'co-Nordwerk Rotortechnik' }))).toContain(
      'In the news: “Beschäftigte fordern Aufträge für heimische Werke”',
    );
  });

  it('is no hook when it was not filed under the company, or its opening never names it', () => {
    expect(hooksOf(rally({}))).toEqual([]);
    const elsewhere = rally({
      companyId: 'co-Nordwerk Rotortechnik',
      text: 'Rund 300 Beschäftigte versammelten sich am Montag vor dem Werkstor.',
    });
    expect(hooksOf(elsewhere)).toEqual([]);
  });
});
