import { describe, expect, it } from 'vitest';
import { newsQuestion } from '../lib/prep/bank/news';
import { cleanHeadline, headlineClause, pastOf, sentenceCase, verbStem } from '../lib/prep/headline';
import { pickHooks } from '../lib/prep/hooks';
import { companyNews, tidyLead } from '../lib/prep/news';
import { buildPrepSheet } from '../lib/prep/sheet';
import { signals } from '../lib/prep/signals';
import type { Clip } from '../lib/schema/dossier';
import { clips, company, self } from './helpers/prep-records';

const NOW = Date.UTC(2020, 3, 8);
const clip = clips({ idPrefix: 'nw', publishedAt: '2020-03-24', siteName: 'The Island Now' });
const story = (title: string, text: string, extra: Partial<Clip> = {}): Clip => clip('article', title, text, extra);

describe('a headline read as what happened', () => {
  it('cleans a page title of its site, its section and its kicker', () => {
    expect(cleanHeadline('Apple - Press Info - Apple Expands Capital Return Program to $200 Billion', 'Apple')).toBe(
      'Apple Expands Capital Return Program to $200 Billion',
    );
    expect(cleanHeadline('Press release: Acme opens a plant in Ohio | Acme Newsroom', 'Acme Newsroom')).toBe('Acme opens a plant in Ohio');
    // "U.S." is no sentence end; a second sentence after a headline is its teaser.
    expect(cleanHeadline('U.S. FDA Approves Eisai’s Fycompa For Seizures', undefined)).toBe(
      'U.S. FDA Approves Eisai’s Fycompa For Seizures',
    );
    expect(cleanHeadline('Home Depot Stock Is Falling. Why You Shouldn’t Worry.', undefined)).toBe('Home Depot Stock Is Falling');
    // A hyphen joins two words of a headline (blind-14 garnix); three words alone are no headline.
    expect(cleanHeadline('Hardware-Attested Nix Builds', 'Garnix')).toBe('Hardware-Attested Nix Builds');
    expect(cleanHeadline('Attested Nix Builds', 'Garnix')).toBeUndefined();
  });

  it('writes a title-case headline as a sentence, keeping the names its story writes with capitals', () => {
    const body = 'Today we release the files under the Open Community License for the CORE One frame. Anyone can open them; one licence.';
    expect(sentenceCase('Open-sourcing CORE One CAD Files Under the New Open Community License', body)).toBe(
      'Open-sourcing CORE One CAD files under the new Open Community License',
    );
    // A sentence-case headline is left alone.
    expect(sentenceCase('Northwell’s research branch rolls out three clinical trials', '')).toBe(
      'Northwell’s research branch rolls out three clinical trials',
    );
  });

  it('knows the deeds of headlines in their present, gerund and past forms', () => {
    expect(verbStem('Expands', 'present')).toBe('expand');
    expect(verbStem('launches', 'present')).toBe('launch');
    expect(verbStem('Open-sourcing', 'gerund')).toBe('open-source');
    expect(verbStem('rolled', 'past')).toBe('roll');
    expect(verbStem('Business', 'present')).toBeUndefined();
    expect(pastOf('drop')).toBe('dropped');
    expect(pastOf('begin')).toBe('began');
    expect(pastOf('open-source')).toBe('open-sourced');
  });

  it('takes no preview for news: a launch "tomorrow" had not happened when the headline ran', () => {
    expect(headlineClause('Google Stadia launches tomorrow and early reviews are mixed', ['Google'], undefined)).toBeUndefined();
    expect(headlineClause('Google launches Stadia in 14 countries', ['Google'], undefined)?.text).toMatch(/^Google launched Stadia/);
  });

  it('says what happened in the past tense, with "its" where headline-speak drops it', () => {
    expect(headlineClause('Apple expands capital return program to $200 billion', ['Apple'], undefined)).toEqual({
      text: 'Apple expanded its capital return program to $200 billion',
      byCompany: true,
      verb: 'expand',
    });
    expect(
      headlineClause('Northwell’s research branch rolls out three clinical trials to combat coronavirus spread', ['Northwell'], undefined),
    ).toEqual({
      text: 'Northwell’s research branch rolled out three clinical trials to combat coronavirus spread',
      byCompany: false,
      verb: 'roll',
    });
    expect(headlineClause('Acme launches new report on how banks block climate action', ['Acme'], undefined)?.text).toBe(
      'Acme launched a new report on how banks block climate action',
    );
    // A headline opening on the deed speaks for the company only on its own page.
    expect(
      headlineClause('Open-sourcing CORE One CAD files under a new licence', ['Prusa Research'], { name: 'Prusa Research' })?.text,
    ).toBe('Prusa Research open-sourced CORE One CAD files under a new licence');
    expect(headlineClause('Open-sourcing CORE One CAD files under a new licence', ['Prusa Research'], undefined)).toBeUndefined();
  });

  it('refuses what is no plain statement of a deed: a question, a guess, market chatter, bad news, another company’s news', () => {
    const names = ['Acme'];
    for (const h of [
      'Did backlash prompt Acme’s cancellations?',
      'Acme expected to launch a phone in June',
      'Acme makes $3B profit, but it’s not enough for the Street',
      'Acme stock is falling after its earnings release',
      'Acme sued over hepatitis outbreak',
      'Acme & Globex present a party of epic proportions!',
      'Globex opens a plant in Ohio',
      'The future of Acme innovation is backwards',
      'Regulators reject Acme’s merger with Globex',
      // Found scanning the corpus's 144 articles: a list, a teaser of what is to come, a person's news, a description.
      'Here are 6 can’t-miss gadgets powered by Acme’s assistant',
      'Acme is announcing a new phone at Mobile World Congress in February',
      'Jose Mourinho agrees deal to replace Mauricio Pochettino as Acme manager',
      'The adorable reason you can set your alert sound to hummus on Acme',
      'Acme closes its Ohio plant',
    ])
      expect(headlineClause(h, names, undefined), h).toBeUndefined();
  });
});

describe('the general news reader', () => {
  const trials = story(
    'Northwell’s research branch rolls out three clinical trials to combat coronavirus spread',
    'With the number of cases growing each day, Northwell Health’s research branch has begun three clinical trials with Gilead Sciences and Sanofi.',
    { companyId: 'co-Northwell Health' },
  );
  const northwell = { ...company('Northwell Health'), aliases: ['Northwell'] };

  it('turns a story no event reader knows into a dated hook and one question that uses it', () => {
    const s = signals({ company: northwell, clips: [trials], self: self({ targetRole: 'Clinical research coordinator' }), now: NOW });
    expect(s.news).toHaveLength(1);
    expect(pickHooks(s)).toContainEqual(
      expect.objectContaining({
        kind: 'news',
        text: 'Northwell’s research branch rolled out three clinical trials to combat coronavirus spread',
        source: 'The Island Now',
        date: '2020-03-24',
        recent: true,
        // Under the clause, the story's own sentence that tells it.
        evidence:
          'With the number of cases growing each day, Northwell Health’s research branch has begun three clinical trials with Gilead Sciences and Sanofi.',
      }),
    );
    // The bare "In the news: “…”" hook of the same story is not repeated.
    expect(pickHooks(s).some((h) => h.text.startsWith('In the news'))).toBe(false);
    const sheet = buildPrepSheet({
      company: northwell,
      clips: [trials],
      self: self({ targetRole: 'Clinical research coordinator' }),
      now: NOW,
    });
    expect(sheet.questions.map((q) => q.text)).toContain(
      'I read that Northwell’s research branch rolled out three clinical trials to combat coronavirus spread (The Island Now, March 2020). What part of that fell to your team, and what did it teach you?',
    );
  });

  it('asks older news for what came of it, and a press release on the company’s own site is dated by its dateline', () => {
    const apple = { ...company('Apple'), domains: ['apple.com'] };
    const release = clip(
      'company-page',
      'Apple - Press Info - Apple Expands Capital Return Program to $200 Billion',
      'Apple Expands Capital Return Program to $200 Billion\nCUPERTINO, California—April 27, 2015—Apple today announced that its board has authorized an increase to the program to return capital to shareholders.',
      { url: 'http://www.apple.com/pr/library/2015/04/27Apple-Expands.html', publishedAt: undefined, siteName: undefined },
    );
    const [n] = companyNews([release], apple, Date.UTC(2019, 2, 12));
    expect(n).toMatchObject({ text: 'Apple expanded its capital return program to $200 billion', date: '2015-04-27', recent: false });
    expect(newsQuestion(n!)).toBe(
      'In April 2015, Apple expanded its capital return program to $200 billion. Looking back from the inside, what came of it, and what has changed in how the work is done since?',
    );
    // The same page on another site is no press release of Apple's.
    expect(companyNews([{ ...release, url: 'http://example.org/pr/x' }], apple, Date.UTC(2019, 2, 12))).toEqual([]);
  });

  it('reads nothing from a story saved to another company, or one whose event a reader already tells', () => {
    const other = { ...trials, companyId: 'co-Globex' };
    expect(companyNews([other], northwell, NOW)).toEqual([]);
    const launch = story('Acme launches the Widget 3 phone', 'Acme launched the Widget 3 phone on Monday in Paris.');
    expect(signals({ company: company('Acme'), clips: [launch], self: self({}), now: NOW }).events.length).toBeGreaterThan(0);
    expect(companyNews([launch], company('Acme'), NOW)).toEqual([]);
  });
});

describe('a roundup saved to the company', () => {
  it('puts the company’s pending deal under "handle with care", and no other company’s', () => {
    const roundup = story(
      'Cybersecurity M&A Roundup: 45 Deals Announced in October 2025',
      'Twilio has entered into a definitive agreement to acquire Stytch for an undisclosed sum.\nPrivate equity firm Francisco Partners has entered into a definitive agreement to acquire Jamf in a $2.2 billion deal.',
      { companyId: 'co-Jamf', publishedAt: '2025-11-03' },
    );
    const sheet = buildPrepSheet({ company: company('Jamf'), clips: [roundup], self: self({}), now: Date.UTC(2025, 10, 19) });
    expect(sheet.careful.map((c) => c.text)).toEqual([
      expect.stringContaining('Francisco Partners has entered into a definitive agreement to acquire Jamf'),
    ]);
    // Another company's deal is never asked; the company's own sale only as what customers make of it (prep-pending-bought.test.ts).
    const asked = [...sheet.questions, ...sheet.reserve].map((q) => q.text);
    expect(asked.some((q) => /Stytch|Twilio/.test(q))).toBe(false);
    expect(asked.filter((q) => /Francisco/.test(q))).toEqual([
      'I saw that Jamf is set to be acquired by Francisco Partners. Only as far as you can say: how have customers taken the news, and what do they ask you about it?',
    ]);
  });
});

describe('facts a story tells of nobody', () => {
  it('a deal or a figure whose sentence names neither the company nor points at it is no fact of the company', async () => {
    const { factsInStory } = await import('../lib/prep/story-facts');
    const bio = story(
      'Acme wins approval for its seizure drug',
      'Under his leadership, IndependenceIT completed the successful acquisition of Veddio and the launch of its suite.\nEpilepsy affects approximately 2.9 million people in the United States today.\nAcme completed the acquisition of Widgets Ltd in June to grow its neurology line.',
    );
    expect(factsInStory(bio, company('Acme')).map((f) => f.text)).toEqual(['the acquisition of Widgets Ltd']);
  });
});

describe('bad news no event reader knows', () => {
  it('is handled with care by its headline, never asked, and still read as the story it is', () => {
    const miss = story(
      'Home Depot sales miss, shares plunge',
      'Home Depot reported third-quarter earnings as revenue fell short of estimates.',
      {
        publishedAt: '2019-11-19',
        siteName: 'Fox Business',
      },
    );
    const input = {
      company: company('Home Depot'),
      clips: [miss],
      self: self({ targetRole: 'Product manager' }),
      now: Date.UTC(2019, 11, 5),
    };
    const sheet = buildPrepSheet(input);
    expect(sheet.careful.map((c) => c.text)).toContain(
      "In the news: “Home Depot sales miss, shares plunge” — don't open with it; if they raise it, ask about the work, not the cause: “Does news like that reach your own work, and how?”",
    );
    expect([...sheet.questions, ...sheet.reserve].some((q) => /shares plunge|sales miss/.test(q.text))).toBe(false);
    // The story itself stays a hook to have read.
    expect(sheet.hooks.map((h) => h.text)).toContain('In the news: “Home Depot sales miss, shares plunge”');
    // Good news of a market is no bad news: nothing to handle with care.
    const up = story('Home Depot shares rise on strong holiday sales', 'Home Depot shares rose.', { publishedAt: '2019-11-19' });
    expect(buildPrepSheet({ ...input, clips: [up] }).careful).toEqual([]);
  });
});

describe('the story’s own sentence under a news hook', () => {
  it('loses a press release’s dateline, its wire and the aside listing the company’s particulars', () => {
    expect(
      tidyLead(
        'TOKYO, June 22, 2015 - (JCN Newswire) - Eisai Co., Ltd. (Headquarters: Tokyo, CEO: Haruo Naito, "Eisai") announced today that its U.S. subsidiary has received approval.',
      ),
    ).toBe('Eisai Co., Ltd. announced today that its U.S. subsidiary has received approval.');
    expect(tidyLead('CUPERTINO, California—April 27, 2015—Apple® today announced that its board has authorized an increase.')).toBe(
      'Apple today announced that its board has authorized an increase.',
    );
    expect(tidyLead('With cases growing, Northwell Health’s research branch has rolled out three trials.')).toBe(
      'With cases growing, Northwell Health’s research branch has rolled out three trials.',
    );
  });
});
