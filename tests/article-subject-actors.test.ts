import { describe, expect, it } from 'vitest';
import { productOwner } from '../lib/extract/article/own-site';
import { ownStorySubject } from '../lib/extract/article/own-story-subject';
import { rankSubjects } from '../lib/extract/article/subject-rank';
import { storySubject } from '../lib/extract/article/subject';
import { isNotACompany } from '../lib/extract/article/gazetteer';
import type { JsonLd } from '../lib/extract/json-ld';
import { extract } from './helpers/extract-page';

// The company a story is about is an organisation the text treats as an actor, named in the
// fullest form the text gives it; a product named after its maker resolves to the maker; a
// licence or a law is no company. Stories written here after the misses of fresh-11 (a product's
// blog read as the product, a short name where the lead gives the full one, a licence as subject).

const subject = (title: string, paragraphs: string[], excerpt?: string) => storySubject({ title, excerpt, paragraphs, exclude: [] });

describe('what the subject of a story may be', () => {
  it('takes the full name the lead introduces the company by over the short form the headline uses', () => {
    expect(
      subject(
        'Harrowgate’s research arm starts three trials against the flu',
        [
          'With flu cases rising each week, Harrowgate Health’s research arm has started three clinical trials of new treatments.',
          'The trials run at four hospitals. Harrowgate said the first results are due in the spring.',
          'Harrowgate will enrol 400 patients, and Harrowgate doctors will follow them for a year.',
        ],
        'Harrowgate Health’s research arm has started three clinical trials of new flu treatments.',
      ),
    ).toBe('Harrowgate Health');
  });

  it('keeps the short form when several longer names open with it: a maker’s products', () => {
    expect(
      subject('Tessaly brings its assistant to more apps', [
        'Tessaly Docs now has the assistant built in, and Tessaly Sheets gets it next month.',
        'Tessaly said the assistant is free for business customers until the end of the year.',
        'Tessaly shares rose 3%. Tessaly plans to charge for the assistant from January.',
      ]),
    ).toBe('Tessaly');
  });

  it('never takes a licence or a law, nor its short form, for the company', () => {
    expect(isNotACompany('Open Community License')).toBe(true);
    expect(isNotACompany('Inflation Reduction Act')).toBe(true);
    expect(isNotACompany('Agreement Partners')).toBe(false);
    const ranked = rankSubjects({
      title: 'Releasing the Frame CAD Files Under the New Open Maker License (OML)',
      paragraphs: [
        'Today, we are releasing the full CAD files for our printer frames under the Open Maker License (OML).',
        'The OML lets you modify the files and share your changes. The OML forbids selling complete machines.',
        'We wrote the OML because the old licences did not protect the people who built on the work.',
      ],
      exclude: [],
    });
    expect(ranked.map((r) => r.name)).not.toContain('OML');
    expect(ranked.map((r) => r.name)).not.toContain('Open Maker License');
  });
});

describe('the company behind its own site', () => {
  it('is the maker whose address a product’s name opens with: a version number or a product’s word after it', () => {
    expect(productOwner('Quorra 365', 'www.quorra.com')).toBe('Quorra');
    expect(productOwner('Quorra Cloud', 'cloud.quorra.com')).toBe('Quorra');
    // A company's own name may end in any other word.
    expect(productOwner('Harrowgate Health', 'www.harrowgate.edu')).toBeUndefined();
    expect(productOwner('Channel 4', 'www.channel4.com')).toBeUndefined();
  });

  it('names the maker, not the product, on a post of the product’s blog', () => {
    const x = extract(
      `<html><head><title>Helping our engineers stay productive while working from home</title>
      <meta property="og:site_name" content="Quorra 365 Blog"><meta property="og:type" content="article">
      <meta property="article:published_time" content="2020-03-20T16:00:00+00:00"></head>
      <body><header><nav><a href="/products">Products</a> <a href="/pricing">Pricing</a> <a href="/support">Support</a></nav></header>
      <article><h1>Helping our engineers stay productive while working from home</h1>
      <p>At Quorra, we moved 40,000 engineers to working from home in a week, and Quorra 365 kept them working together.</p>
      <p>Here is what we learned about meetings, code reviews and on-call rotations, and what Quorra changes next.</p>
      <p>Quorra teams now hold stand-ups in chat, and reviews wait no longer than a day.</p></article></body></html>`,
      'https://www.quorra.com/en-us/quorra-365/blog/2020/03/20/helping-engineers-stay-productive/',
    );
    expect(x.article?.aboutCompany).toBe('Quorra');
  });
});

const NO_LD: JsonLd = { nodes: [], byId: new Map(), skipped: 0 };

describe('the issuer of a release a site carries, read from its dateline', () => {
  it('reads past a wire named in brackets between dashes, and leaves the legal form off', () => {
    const text =
      'TOKYO, June 22, 2015 - (JCN Newswire) - Kanrei Co., Ltd. (Headquarters: Tokyo, CEO: Aki Mori, "Kanrei") announced today that its U.S. subsidiary has received approval for a new treatment.';
    expect(ownStorySubject(NO_LD, 'Cloud Expo', text)).toBe('Kanrei');
    expect(ownStorySubject(NO_LD, 'Cloud Expo', 'BOSTON, May 3, 2016 -- Vantor Labs today announced a new sensor.')).toBe('Vantor Labs');
  });
});
