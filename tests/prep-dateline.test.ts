import { describe, expect, it } from 'vitest';
import { withoutDateline } from '../lib/prep/dateline';
import { buildPrepSheet } from '../lib/prep/sheet';
import { storyLead } from '../lib/prep/story-lead';
import { company, person, self, storyClip } from './helpers/prep-records';

describe('a quoted sentence without its dateline', () => {
  it.each([
    ['February 24, 2020 | 9:25pm Ana Ruiz — a spokeswoman — is exiting her role.', 'Ana Ruiz — a spokeswoman — is exiting her role.'],
    ['NEW YORK, March 3 (Reuters) — Acme Corp said on Tuesday it would cut 500 jobs.', 'Acme Corp said on Tuesday it would cut 500 jobs.'],
    ['HELSINKI (AP) — Nokia Corp. says its net loss narrowed.', 'Nokia Corp. says its net loss narrowed.'],
    ['TOKYO, June 22, 2015 - (JCN Newswire) - Eisai Co., Ltd. announced a deal.', 'Eisai Co., Ltd. announced a deal.'],
    ['CUPERTINO, California—April 27, 2015—Apple today announced results.', 'Apple today announced results.'],
    ['SAN FRANCISCO, Jan. 5, 2021 /PRNewswire/ -- Acme today announced a fund.', 'Acme today announced a fund.'],
    ['Updated: March 3, 2020 10:21 a.m. ET Acme said it would close two plants.', 'Acme said it would close two plants.'],
  ])('%s', (raw, quoted) => expect(withoutDateline(raw)).toBe(quoted));

  it('a bare date before the subject, or the wire alone, goes and nothing more (review of dateline.ts)', () => {
    expect(withoutDateline('March 3 Apple said it would close two plants.')).toBe('Apple said it would close two plants.');
    expect(withoutDateline('(Reuters) - Apple said it would close two plants.')).toBe('Apple said it would close two plants.');
    expect(withoutDateline('(dpa) — Acme hat zwei Werke geschlossen.')).toBe('Acme hat zwei Werke geschlossen.');
    // A month and a year is no date with a day: its "20" was left as the quote's first word ("20 Acme opened …").
    for (const s of ['March 2020 Acme opened its plant in Ohio.', 'May 2025 Acme opened its plant in Ohio.'])
      expect(withoutDateline(s)).toBe(s);
  });

  it('a bracket that describes or glosses the subject is the sentence’s own, not a wire', () => {
    for (const s of [
      '(The company) - said it would close two plants.',
      'NEW YORK (the company) - Acme said it would close two plants.',
      // A ticker after the company's name in capitals: stripping it took the subject with it ("The company said …").
      'IBM (NYSE: IBM) — The company said it would cut jobs.',
    ])
      expect(withoutDateline(s)).toBe(s);
  });

  it('leaves a sentence that only begins with capitals or a date alone', () => {
    for (const s of [
      'IBM — the company said on Tuesday it would cut jobs.',
      'March 3, 2020 was the day Acme closed its plant.',
      'Acme said in a March 3, 2020 filing that it would close.',
      '3 Marketing leaders joined Acme in 2020.',
    ])
      expect(withoutDateline(s)).toBe(s);
  });

  it('the exit under "handle with care" quotes the sentence, not the page’s stamp (Myers, dossiers-blind-16)', () => {
    const when = Date.UTC(2021, 2, 10, 15);
    const co = company('Northwind Studios');
    const body = [
      'February 20, 2021 | 9:25pm Ana Ana Ruiz — a spokeswoman for the mayor of Springfield — is exiting her role as communications head at studio Northwind Studios after six years.',
      'Her last day is April 1, and Northwind has not named a replacement.',
    ].join('\n\n');
    const story = storyClip('c-exit', 'https://gossip.example/ruiz', 'article', 'Ana Ana Ruiz exits Northwind Studios role', body, {
      publishedAt: '2021-02-20',
      siteName: 'Page Nine',
    });
    const sheet = buildPrepSheet({
      person: person('Ana Ana Ruiz', { currentCompanyId: co.id, currentTitle: 'SVP, Global Communications' }),
      company: co,
      clips: [story],
      self: self({ name: 'Priya', targetRole: 'Communications director', field: 'Political communications' }),
      interview: { id: 'i', personId: 'p-Ana Ana Ruiz', when, durationMinutes: 30, status: 'planned' },
      now: when,
    } as never);
    const exit = sheet.careful.find((c) => /exit/.test(c.text))!;
    expect(exit.text).toMatch(/^Their exit from Northwind Studios: “Ana Ana Ruiz — a spokeswoman/);
    expect(exit.text).not.toMatch(/9:25pm|February 20/);
  });

  it('a story’s excerpt under its hook is quoted without the wire’s dateline (Nokia, blind-11)', () => {
    const story = storyClip('c-q2', 'https://news.example/nokia-q2', 'article', 'Nokia Q2 sales fall 24%, misses expectations', 'Body.');
    const clip = {
      ...story,
      extraction: {
        article: {
          title: 'Nokia Q2 sales fall 24%, misses expectations',
          excerpt: 'HELSINKI (AP) — Nokia Corp. says its net loss narrowed in the second quarter to 227 million euros.',
        },
      },
    };
    expect(storyLead(clip as never)).toBe('Nokia Corp. says its net loss narrowed in the second quarter to 227 million euros.');
  });
});
