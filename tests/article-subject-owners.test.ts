import { describe, expect, it } from 'vitest';
import { nameRuns } from '../lib/extract/article/names';
import { lateByline, personalBlogWriter } from '../lib/extract/article/late-byline';
import { blogOwner } from '../lib/extract/article/own-site';
import { parselyPage, parselyPageDate } from '../lib/extract/article/published';
import { namesSite } from '../lib/extract/article/site-title';
import { storySubject } from '../lib/extract/article/subject';
import { ANAPHOR_START, COMPANY_AFTER, COMPANY_BEFORE, COMPANY_VERB } from '../lib/extract/article/subject-cues';
import { ownerOf } from '../lib/extract/article/subject-owner';
import { docFrom } from './helpers/dom';
import { extract } from './helpers/extract-page';

// Stories written here the way unseen real ones name (or fail to name) their company: a product
// whose maker the text names ("the drug's maker, X"), a company's post on its blog subdomain, a
// newswire page whose menus are paragraphs beside the headline, company cues of old news pages
// (tickers, "vice president of … at X", "X suppliers").

const subject = (title: string, paragraphs: string[], excerpt?: string) => storySubject({ title, excerpt, paragraphs, exclude: [] });
const used = (text: string, name: string) => nameRuns(text, new Set()).find((r) => r.name.startsWith(name))!;

describe('a story about a product is about its owner, when the text says who that is', () => {
  it('"the drug’s maker, X" and "X’s … treatment, Y" name the owner of what the headline names', () => {
    expect(
      subject('Panel Votes to Ease Limits on Diabetes Drug Quellora', [
        'A federal advisory panel voted on Thursday to ease the tight limits on Quellora, a diabetes drug tied to heart risks.',
        'Quellora was once a best seller, but sales dropped after a 2007 review of its safety.',
        'The drug’s maker, Harwick Pharmaceuticals, which had funded the review, said it was satisfied with the vote.',
        'Critics said the second look at Quellora was a waste of time.',
      ]),
    ).toBe('Harwick Pharmaceuticals');
    expect(
      subject('Tervala diagnostic brings new indication', [
        'Regulators approved a companion diagnostic for Brenholt’s lung cancer treatment, Tervala, on Tuesday.',
        'With the test, the drug Tervala picks up a first-line indication for patients whose tumours carry the mutation.',
        'In the study, patients on Tervala lived longer without their disease worsening.',
      ]),
    ).toBe('Brenholt');
  });

  it('names nobody when the text ties no company to the thing, or two companies as often', () => {
    expect(
      subject('Tervala diagnostic brings new indication', [
        'Regulators approved a companion diagnostic for the lung cancer treatment Tervala on Tuesday.',
        'With the test, the drug Tervala picks up a first-line indication for patients whose tumours carry the mutation.',
        'In the study, patients on Tervala lived longer without their disease worsening.',
      ]),
    ).toBeUndefined();
    const usable = () => true;
    expect(ownerOf('Tervala', ['Brenholt’s treatment Tervala', 'Tervala, marketed by Osterby'], usable)).toBeUndefined();
    expect(ownerOf('Tervala', ['Brenholt’s treatment Tervala', 'Tervala, marketed by Brenholt'], usable)).toBe('Brenholt');
    // A person is never the owner.
    expect(ownerOf('Tervala', ['Brenholt’s treatment Tervala'], (n) => n !== 'Brenholt')).toBeUndefined();
  });
});

describe('a post on a company’s blog subdomain', () => {
  const posterous = (
    site: string,
  ) => `<html><head><title>Larkwell &amp; Quarry Labs Present A Party of Epic Proportions! - ${site}</title></head>
    <body><div class="postunit"><div class="post">
    <div class="date">October 4, 2010</div>
    <h2 class="posttitle"><a href="http://blog.larkwell.example/larkwell-quarry-labs-present-a-party">Larkwell &amp; Quarry Labs Present A Party of Epic Proportions!</a></h2>
    <div class="bodytext"><p>Hackers unite in the old auditorium for Quarry Labs' Startup School, where developers share ideas and experiences.</p>
    <p>What better way to celebrate than with a party? Larkwell is going to show you how to party, so mark your calendars for October 16th.</p></div>
    </div></div></body></html>`;

  it('is a story (a dated headline, though its address is filed under no blog path) about the company', () => {
    const x = extract(posterous('The Larkwell Blog'), 'http://blog.larkwell.example/larkwell-quarry-labs-present-a-party');
    expect(x.kind).toBe('article');
    expect(x.article?.publishedAt).toBe('2010-10-04');
    expect(x.article?.aboutCompany).toBe('Larkwell');
  });

  it('is the company’s though its blog software types the post NewsArticle', () => {
    const html = `<html><head><title>Larkwell and Publishers: a fix for direct traffic from Pinwheel’s app by Larkwell</title>
      <meta property="og:site_name" content="Larkwell"><meta property="og:type" content="article">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Pinwheel and Publishers: a fix for direct traffic from Pinwheel’s app","datePublished":"2014-12-11"}</script></head>
      <body><article><h1>Pinwheel and Publishers: a fix for direct traffic from Pinwheel’s app</h1>
      <p>Yesterday, Pinwheel announced a number of new tools for publishers, as part of its relationship with them.</p>
      <p>Pinwheel said the app will now pass its referrer, so that publishers see where their readers come from.</p>
      <p>At Larkwell we measured the share of dark traffic from Pinwheel’s app across our network of publishers.</p></article></body></html>`;
    expect(extract(html, 'https://blog.larkwell.example/post/1539/pinwheel-and-publishers/').article?.aboutCompany).toBe('Larkwell');
    // The same post on a publication's own site is about the company it reports on.
    expect(
      extract(html.replace('NewsArticle', 'BlogPosting'), 'https://www.larkwell.example/post/1539/pinwheel/').article?.aboutCompany,
    ).not.toBe('Larkwell');
  });

  it('is named as the page writes the address’s name ("QRX" on techlog.qrx.ad.jp), and only when the post names it', () => {
    const url = new URL('https://techlog.qrx.ad.jp/archives/2562');
    const page = ['QRX Websites', 'QRX Engineers blog', '© 2010-2022 QRX Inc.'];
    expect(blogOwner(url, 'てくろぐ', page, ['QRXmio meeting 23 の資料を公開します'])).toBe('QRX');
    expect(blogOwner(url, 'てくろぐ', page, ['DNSフィルタリングの資料を公開します'])).toBeUndefined();
    expect(blogOwner(new URL('https://www.qrx.ad.jp/archives/2562'), 'てくろぐ', page, ['QRX'])).toBeUndefined();
    expect(blogOwner(new URL('https://blog.parsewell.example/p/1'), 'Parse.well', [], ['At Parse.well we measured …'])).toBe('Parse.well');
    // The address runs together the words the page writes ("Quill HQ" on engineering.quillhq.example).
    const quill = new URL('https://engineering.quillhq.example/2015/03/good-code/');
    expect(blogOwner(quill, 'Engineering', ['Quill HQ Engineering © Quill HQ'], ['Here at Quill HQ we believe in good code.'])).toBe(
      'Quill HQ',
    );
    expect(blogOwner(quill, 'Engineering', ['Quill HQ Engineering © Quill HQ'], ['What is good code?'])).toBeUndefined();
  });
});

describe('the company of an old newswire page', () => {
  it('reads the story block with prose, not the menus set as paragraphs beside the headline, and its ticker', () => {
    const menus = ['Home', 'World » More', 'Europe » More', 'U.K. » More', 'Business » More']
      .map((m) => `<p class="nav">${m}</p>`)
      .join('');
    const html = `<html><head><title>Velmora, Astrid to Pay $56.5 Million for Price Fixing - DOJ - WSJ.com</title>
      <meta property="article:published_time" content="2013-07-18T10:00:00Z"></head>
      <body><div class="fullwide"><div class="reallywide">${menus}<div class="col"><div class="box"><h1>Velmora, Astrid to Pay $56.5 Million for Price Fixing - DOJ</h1></div></div></div>
      <div class="newswire"><p>Velmora Corp. (VLMRY, 6752.TO) and its Astrid Electric unit have agreed to plead guilty and pay a $56.5 million criminal fine for rigging the prices of auto parts.</p>
      <p>The Justice Department said Velmora conspired with other makers to fix the prices of switches and steering wheel sensors sold to carmakers.</p>
      <p>Velmora shares fell 2% in Tokyo. Velmora said it had cooperated with the investigation and had tightened its rules.</p></div></div></body></html>`;
    expect(extract(html, 'http://online.example.com/article/BT-CO-20130718-711176.html').article?.aboutCompany).toBe('Velmora');
  });

  it('knows a company by the words old news uses around it', () => {
    expect(COMPANY_AFTER.test(used('Velmora Corp. (VLMRY, 6752.TO) and its unit', 'Velmora').after)).toBe(true);
    expect(COMPANY_AFTER.test(used('Since Brightmart suppliers are required to trace', 'Brightmart').after)).toBe(true);
    expect(COMPANY_AFTER.test(used('the face of Orisa’s 2015 New Year’s ad campaign', 'Orisa').after)).toBe(true);
    expect(COMPANY_AFTER.test(used('Pinwheel’s latest mobile acquisition', 'Pinwheel').after)).toBe(true);
    expect(COMPANY_AFTER.test(used('the epidermal growth factor receptor (EGFR) in tumours', 'EGFR').after)).toBe(false);
    // (The words a name is read with reach some forty characters back.)
    const run = used('said Craig Wilson, vice president of food safety at Brightmart, on Monday', 'Brightmart');
    expect(COMPANY_BEFORE.test(run.before)).toBe(true);
    expect(COMPANY_BEFORE.test(used('the president of the United States at Camp David', 'Camp').before)).toBe(false);
    expect(COMPANY_VERB.test(used('In April, Pinwheel purchased mobile startup Parsa', 'Pinwheel').after)).toBe(true);
    expect(ANAPHOR_START.test('On Thursday, the company announced that it has agreed to acquire Monoidics.')).toBe(true);
    expect(ANAPHOR_START.test('On Thursday, a company in Ohio said so.')).toBe(false);
  });

  it('reads the lead past a first paragraph the excerpt repeats', () => {
    expect(
      subject(
        'Chief Says Banks Are Under Assault As He Announces $4.9 Billion Profit',
        [
          'We should all do so well while under assault.',
          'Harlow Chase earned $4.9 billion in the fourth quarter of 2014, the company announced on Wednesday, down from a year ago.',
          'Despite this success, the chief warned that "banks are under assault" from government regulators.',
          'In the past two years, Harlow Chase has paid out $14 billion in settlements and fines.',
        ],
        'We should all do so well while under assault. ...',
      ),
    ).toBe('Harlow Chase');
  });

  it('takes a founder’s name as the organisation’s own after "the" and before "foundation"', () => {
    expect(
      subject('Ferris cancels 3-Day walk in six cities in 2014', [
        'The Maria T. Ferris foundation canceled its signature 3-Day walk in Washington and six other cities next year.',
        'Ferris has announced that it is canceling the walks, a response to falling participation after a funding controversy.',
        'Ferris will continue to host the 3-Day events in seven cities, and Ferris expects to raise less this year.',
      ]),
    ).toBe('Maria T. Ferris');
  });
});

describe('bylines, dates and names of old and personal blogs', () => {
  it('reads "By Name" set as a paragraph of its own above the text, and a personal blog’s writer from its name', () => {
    expect(
      lateByline(docFrom('<p>x</p>', 'https://x.example/'), ['By Dana Whitfield', 'THURSDAY, June 6 -- A panel voted …'], [], 'x.example'),
    ).toEqual(['Dana Whitfield']);
    // A sentence that opens with "By" is no byline.
    expect(lateByline(docFrom('<p>x</p>', 'https://x.example/'), ['By Thursday the panel had voted.'], [], 'x.example')).toEqual([]);
    expect(personalBlogWriter(['quillmonkey.org - Dana Whitfield’s blog'])).toBe('Dana Whitfield');
    expect(personalBlogWriter(['The Engineering Blog', 'Acme’s blog'])).toBeUndefined();
  });

  it('takes the date of Parse.ly’s page tag over a date a teaser shows near the headline', () => {
    const meta = new Map([['parsely-page', '{"title": "Gold Mine", "pub_date": "2013-10-17T20:24:37Z", "author": "Arnold Saba"}']]);
    expect(parselyPageDate(meta)).toBe('2013-10-17T20:24:37Z');
    expect(parselyPageDate(new Map())).toBeUndefined();
  });

  it('names the site "The X Blog" after the address’s X, and keeps "The Inquirer" whole', () => {
    expect(namesSite('The Larkwell Blog', [], 'blog.larkwell.example')).toBe(true);
    expect(namesSite('The Inquirer', [], 'www.theinquirer.example')).toBe(true);
    expect(namesSite('The Other Blog', [], 'blog.larkwell.example')).toBe(false);
  });

  it('reads a unit named beside its parent in the headline as the parent’s story', () => {
    const story = (second: string) =>
      subject('Velmora, Astrid to Pay $56.5 Million for Price Fixing', [
        `Velmora and ${second} have agreed to plead guilty and pay a $56.5 million fine for fixing the prices of car parts.`,
        'Astrid made the battery cells at the heart of the case, and Astrid said it would not appeal.',
        'Velmora said it had cooperated with the investigation and tightened its rules.',
      ]);
    expect(story('its Astrid Electric unit')).toBe('Velmora');
    // Two companies of their own in the headline, neither the actor more than the other: neither.
    expect(story('Astrid Electric')).toBeUndefined();
  });
});

describe('headlines and authors the page shows', () => {
  it('keeps a headline’s first word that the social title leaves out when nothing sets it apart', () => {
    const html = `<html><head><title>Woman Sues Brightmart, Berry Farm Over Hepatitis A - ABC Example</title>
      <meta property="og:title" content="Woman Sues Brightmart Over Hepatitis A">
      <meta property="article:published_time" content="2013-06-05T10:00:00Z"></head>
      <body><article><h1 class="headline">California Woman Sues Brightmart, Berry Farm Over Hepatitis A</h1>
      <p>A California woman has sued Brightmart and the berry farm that supplied its frozen berries after she fell ill with hepatitis A.</p>
      <p>Brightmart pulled the berries from its shelves last week and began notifying customers who had bought them.</p></article></body></html>`;
    expect(extract(html, 'https://abc.example/Health/woman-sues/story?id=1').article?.title).toBe(
      'California Woman Sues Brightmart, Berry Farm Over Hepatitis A',
    );
  });

  it('credits a company’s own post to the company when the page signs it so', () => {
    const html = `<html><head><title>Pricing changes for Larkwell Actions - Larkwell Resources</title>
      <meta property="og:site_name" content="Larkwell Resources"><meta name="author" content="Larkwell">
      <meta property="article:published_time" content="2025-12-15T10:00:00Z"></head>
      <body><article><h1>Pricing changes for Larkwell Actions</h1>
      <p>Larkwell is changing how Larkwell Actions is billed from next year, and this post explains what changes for you.</p>
      <p>Larkwell will publish the new prices in January. Larkwell customers on the free plan keep their minutes.</p>
      <p>Larkwell said the change follows a year of feedback from the teams that run the largest workflows on Larkwell.</p>
      <p>Larkwell will send every account owner a summary of their usage under the new prices before they apply.</p></article></body></html>`;
    const x = extract(html, 'https://resources.larkwell.example/actions/2026-pricing-changes/');
    expect(x.article?.aboutCompany).toBe('Larkwell');
    expect(x.article?.authors).toEqual(['Larkwell']);
  });
});

describe('a headline a social or search title rewrote', () => {
  it('is the heading Parse.ly’s page tag names, though og:title and <title> say otherwise', () => {
    const html = `<html><head><title>Gene Patents Spark Fight to Control Editing | Tech Example</title>
      <meta property="og:title" content="Gene Patents Spark Fight to Control Editing | Tech Example">
      <meta property="article:published_time" content="2014-12-04T10:00:00Z">
      <meta name="parsely-page" content='{"title":"Who Owns the Biggest Biotech Discovery of the Century?","pub_date":"2014-12-04T10:00:00Z"}'></head>
      <body><div class="promo"><h1>The Genes behind Autism</h1></div><div class="story"><h1>Who Owns the Biggest Biotech Discovery of the Century?</h1>
      <p>There’s a bitter fight over the patents for a gene editing method, and the stakes are high for the universities involved.</p>
      <p>Scientists at two universities each say they invented it first, and their lawyers have filed claims on three continents.</p></div></body></html>`;
    const x = extract(html, 'https://tech.example/featuredstory/532796/who-owns-the-biggest/');
    expect(x.article?.title).toBe('Who Owns the Biggest Biotech Discovery of the Century?');
    expect(x.article?.publishedAt).toBe('2014-12-04');
    expect(parselyPage(new Map([['parsely-page', '{"title":"Don\\u2019t \\/ stop"}']]), 'title')).toBe('Don’t / stop');
  });

  it('is an h2 outside the main block that is much like the title, under a portal’s section h1', () => {
    const html = `<html><head><title>Panel Votes to Change Tight Restrictions on Diabetes Drug Quellora – Health Example</title></head>
      <body><h1>Diabetes Health Center</h1><div class="col"><h2>Panel Votes to Change Restrictions on Quellora</h2>
      <p>By Dana Whitfield</p><p>THURSDAY, June 6 -- An expert advisory panel voted narrowly Thursday to recommend changing tough safety restrictions on the diabetes drug Quellora.</p>
      <p>The panel's decision came after a review of data that suggested the medication might not be as harmful as once thought.</p></div>
      <h2>Today on Health Example</h2></body></html>`;
    const x = extract(html, 'http://www.health.example/diabetes/news/20130606/panel-votes-quellora');
    expect(x.article?.title).toBe('Panel Votes to Change Restrictions on Quellora');
  });

  it('names no company when the headline names none and the company is not the lead’s first', () => {
    const story = (first: string) =>
      subject('Who Owns the Biggest Biotech Discovery of the Century?', [
        first,
        'Scientists in Boston and in Berkeley each say they invented the gene editing method first, and each has filed patents.',
        'Dana Whitfield, the chief executive of Genova Therapeutics, helped invent it. Genova Therapeutics said it would license the method. Genova Therapeutics has raised $25 million.',
      ]);
    expect(
      story('There is a bitter fight over the patents for a gene editing method, and the stakes are high for everyone involved.'),
    ).toBeUndefined();
    // The lead's own company: the story's.
    expect(
      story('Genova Therapeutics says it owns the patents for a gene editing method, and the stakes are high for everyone involved.'),
    ).toBe('Genova Therapeutics');
  });
});
