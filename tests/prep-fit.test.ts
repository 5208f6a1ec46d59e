import { describe, expect, it } from 'vitest';
import { judgeQuestion, judgeSheet } from '../lib/cli/prep-rubric';
import { figuresOf, resultsBoast, sentencePasted } from '../lib/cli/prep-text';
import { eventsInClip } from '../lib/prep/events';
import { namedAfter } from '../lib/prep/event-objects';
import { releasesIn } from '../lib/prep/changelog';
import { clauseOf } from '../lib/prep/story-clauses';
import { referralTopic } from '../lib/prep/bank/closing';
import { researchFirst } from '../lib/prep/gaps';
import { introDraft } from '../lib/prep/intro';
import { buildPrepSheet } from '../lib/prep/sheet';
import { missionOf } from '../lib/prep/mission';
import { mottoOf } from '../lib/prep/own-words';
import { signals } from '../lib/prep/signals';
import { sameWork } from '../lib/prep/self-signals';
import { suggestQuestions } from '../lib/prep/engine';
import { clips, company, person, self } from './helpers/prep-records';

const MEETING = Date.UTC(2024, 5, 4, 15);
const clip = clips({ idPrefix: 'fit-', publishedAt: '2024-05-20', siteName: 'The Daily' });
const acme = company('Acme Robotics');

describe('a setback under "handle with care" has the company as the subject of the bad news', () => {
  it('a general claim in a story about the company is no setback of its own', () => {
    const story = clip(
      'article',
      'Acme Robotics buys Verifix',
      'Acme Robotics has bought Verifix, which makes testing tools. Overall, 90% of crashes are caused by a single type of error.',
    );
    expect(eventsInClip(story, acme, MEETING).filter((e) => e.sensitive)).toEqual([]);
  });

  it('a sentence pointing at the company ("its", "the company") still is', () => {
    const story = clip('article', 'Acme Robotics in trouble', 'Last week the company recalled 4,000 units after a defect in the arm.');
    expect(
      eventsInClip(story, acme, MEETING)
        .filter((e) => e.sensitive)
        .map((e) => e.kind),
    ).toEqual(['setback']);
  });
});

describe('what is said in a story of a lawsuit', () => {
  it('is no question to raise, but who said it is still someone to ask about', () => {
    const google = company('Google');
    const suit = clip(
      'article',
      'Gamer sues Google over Stadia outage',
      '"Stadia has been built from the ground up to be a cloud platform," Jack Buser, director for games at Google, tells The Daily.',
    );
    const input = {
      company: google,
      clips: [{ ...suit, companyId: google.id }],
      self: self({ targetRole: 'Product manager' }),
      now: MEETING,
    };
    const sheet = buildPrepSheet(input);
    expect([...sheet.questions, ...sheet.reserve, ...sheet.hooks].map((q) => q.text).join('\n')).not.toMatch(/ground up/);
    expect(signals(input).referrals.map((r) => r.name)).toContain('Jack Buser');
  });
});

describe('words that only look like events', () => {
  it('shopping is no acquisition, and "grounded expertise" no grounding', () => {
    const suit = clip(
      'article',
      'Woman sues Acme Robotics over tainted fruit',
      'A woman sued Townsend Farms and Acme Robotics, where she bought the tainted fruit, over a hepatitis A infection.',
    );
    expect(eventsInClip(suit, acme, MEETING).map((e) => e.kind)).not.toContain('acquisition');
    const about = clip(
      'article',
      'Acme Robotics buys Verifix',
      'Acme Robotics bought a London start-up that makes testing tools. We bring locally grounded expertise to every customer.',
    );
    const kinds = eventsInClip(about, acme, MEETING).map((e) => e.kind);
    expect(kinds).toContain('acquisition');
    expect(kinds).not.toContain('setback');
  });
});

describe('hearsay about the company is handled with care, never a hook', () => {
  it('a takeover rumour the company denies goes under "handle with care", and no hook or question names it', () => {
    const story = clip(
      'article',
      'Acme Robotics denies Samsung buyout rumors',
      'Acme Robotics said it has not engaged in talks with Samsung about any offer.',
    );
    const input = { company: acme, clips: [{ ...story, companyId: acme.id }], self: self({ targetRole: 'Sales engineer' }), now: MEETING };
    const sheet = buildPrepSheet(input);
    expect(sheet.careful.map((c) => c.text)).toEqual([
      "Hearsay about the company: “Acme Robotics denies Samsung buyout rumors” — don't open with it; let them raise it, and never ask them to confirm it.",
    ]);
    expect(JSON.stringify([sheet.hooks, sheet.questions])).not.toMatch(/Samsung|buyout/);
  });
});

describe('figures fit the work the user wants', () => {
  const earnings = clip(
    'article',
    'Acme Robotics beats forecasts',
    '“Acme Robotics had a great quarter with over $14 billion in revenue,” said Jane Roe, Acme Robotics CEO. Total revenue grew 19 percent from the year-ago quarter to $14.11 billion.',
  );
  const input = (targetRole: string) => ({
    company: acme,
    clips: [{ ...earnings, companyId: acme.id }],
    self: self({ targetRole, field: 'Mobile security' }),
    interview: undefined,
    now: MEETING,
  });

  it('an engineer is asked about no revenue line and no earnings boast', () => {
    const { questions, reserve } = suggestQuestions(signals(input('Security engineer')));
    const all = [...questions, ...reserve].map((q) => q.text).join('\n');
    expect(all).not.toMatch(/revenue|\$14/);
  });
});

describe('the user already doing the work they aim at', () => {
  const me = self({ name: 'Tom Vidal', field: 'Product management', targetRole: 'Product manager', employers: ['Atlassian'] });
  const s = () => signals({ company: acme, clips: [], self: me, now: MEETING });

  it('reads "Product management" and "Product manager" as the same work, a step up as not', () => {
    expect(sameWork('Product management', 'Product manager')).toBe(true);
    expect(sameWork('Software engineering', 'Software engineer')).toBe(true);
    expect(sameWork('Nonprofit marketing', 'Marketing manager')).toBe(false);
  });

  it('names the company as said aloud, without its legal form', () => {
    const inc = signals({
      company: { ...acme, name: 'Acme Robotics Inc.' },
      clips: [],
      self: self({ targetRole: 'Sales engineer' }),
      now: MEETING,
    });
    expect(introDraft(inc)).toContain('how Acme Robotics looks from the inside.');
  });

  it('an employer whose name ends on a stop gets no second one', () => {
    const co = signals({ company: acme, clips: [], self: { ...me, employers: ['Sunridge Produce Co.'] }, now: MEETING });
    expect(introDraft(co)).toContain('I work at Sunridge Produce Co. ');
    expect(introDraft(co)).not.toContain('Co..');
  });

  it('claims no move and asks no way in', () => {
    expect(introDraft(s())).not.toMatch(/move into/);
    const { questions, reserve } = suggestQuestions(s());
    expect([...questions, ...reserve].map((q) => q.text).join('\n')).not.toMatch(/ways into/i);
  });

  it('research first speaks of no move either', () => {
    const input = { company: acme, clips: [], self: me, now: MEETING };
    expect(
      researchFirst(input, signals(input))
        .map((g) => g.what)
        .join('\n'),
    ).not.toMatch(/move into/);
  });

  it('the same work a level up claims no move and asks no way in, but names the level aimed at', () => {
    const up = { ...me, field: 'Channel marketing', targetRole: 'Channel marketing manager' };
    const input = { company: acme, clips: [], self: up, now: MEETING };
    const intro = introDraft(signals(input));
    expect(intro).not.toMatch(/move into/);
    expect(intro).toMatch(/grow further in this work, towards a channel marketing manager role/);
    const { questions, reserve } = suggestQuestions(signals(input));
    expect([...questions, ...reserve].map((q) => q.text).join('\n')).not.toMatch(/ways into/i);
    expect(
      researchFirst(input, signals(input))
        .map((g) => g.what)
        .join('\n'),
    ).not.toMatch(/move into/);
  });

  it('a level up in another field is still a move', () => {
    const other = signals({
      company: acme,
      clips: [],
      self: { ...me, field: 'Nonprofit marketing', targetRole: 'Marketing manager' },
      now: MEETING,
    });
    expect(introDraft(other)).toMatch(/move into a marketing manager role/);
  });

  it('someone changing field still says where they are heading', () => {
    const other = signals({ company: acme, clips: [], self: { ...me, field: 'Customer support' }, now: MEETING });
    expect(introDraft(other)).toMatch(/move into a product manager role/);
  });
});

describe('research first fits the company and never asks for what is clipped', () => {
  const roofer = company('Peak Roofing');
  const about = clip(
    'company-page',
    'About Us | Peak Roofing',
    'Peak Roofing is a licensed roofing contractor with over 20 years in construction. We always put the customers first.',
    { url: 'https://peakroofing.example/about-us', companyId: roofer.id },
  );
  const gaps = () => {
    const input = { company: roofer, clips: [about], self: self({ targetRole: 'Roofing estimator' }), now: MEETING };
    return researchFirst(input, signals(input))
      .map((g) => `${g.what} — ${g.where}`)
      .join('\n');
  };

  it('a local contractor is sent to neither Crunchbase, investor relations nor a LinkedIn People tab', () => {
    expect(gaps()).not.toMatch(/Crunchbase|investor|People tab/);
  });

  it('an About page already clipped is not where to look', () => {
    expect(gaps()).not.toMatch(/About page/);
  });

  it('a shareholder is no sign of a listed company: investors are a start-up’s', () => {
    const co = company('Cowork');
    const story = clip(
      'article',
      'Cowork rescued',
      'Cowork agreed to a rescue by its largest shareholder, the investor SoftBank, last month. Its founder had borrowed against his Cowork shares.',
      { companyId: co.id },
    );
    const input = { company: co, clips: [story], self: self({}), now: MEETING };
    expect(researchFirst(input, signals(input)).find((g) => /funded|results/.test(g.what))?.what).toBe(
      'How it is funded: investors and rounds',
    );
  });

  it('a listed company whose results are clipped is not asked for its latest results', () => {
    const google = company('Globex');
    const results = clip(
      'article',
      'Globex makes $3B profit',
      'Globex’s shares fell after hours; his Globex shares did not. Total revenue grew 19 percent to $14.11 billion.',
      {
        companyId: google.id,
      },
    );
    const input = { company: google, clips: [results], self: self({}), now: MEETING };
    expect(
      researchFirst(input, signals(input))
        .map((g) => g.what)
        .join('\n'),
    ).not.toMatch(/results|funded/);
  });
});

describe('the rubric: stricter on pasted sentences, quoted boasts and one fact asked twice', () => {
  const src =
    'Globex reported. Total revenue grew 19 percent from the year-ago quarter to $14.11 billion, the company said; total revenue was a record.';

  it('a sentence pasted from its capital mid-question', () => {
    expect(sentencePasted('I read that Total revenue grew 19 percent from the year-ago quarter. What now?', [src])).toBe(
      'total revenue grew 19 percent from',
    );
    // A name keeps its capital: "When Globex launched …" is no pasted sentence.
    expect(sentencePasted('When Globex reported its results, who decided?', [src])).toBeUndefined();
  });

  it('a results boast quoted to an engineer, and the speaker’s name is no grounding word', () => {
    const q =
      'Jane Roe, Globex CEO, said: “Globex had a great quarter with over $14 billion in revenue.” What has that meant for engineers?';
    expect(resultsBoast(q, 'Security engineer')).toMatch(/great quarter/);
    expect(resultsBoast(q, 'Financial analyst')).toBeUndefined();
    const c = clip('article', 'Globex results', `Jane Roe, Globex CEO, said the quarter was great. ${src}`);
    const g = judgeQuestion(q, [`clip:${c.id}`], {
      clips: [c],
      company: company('Globex'),
      self: self({ targetRole: 'Security engineer' }),
      now: 0,
    });
    expect(g.grounded).toBe(false);
  });

  it('two questions on one figure are duplicates', () => {
    expect(figuresOf('over $14 billion in revenue, up 19 percent')).toEqual(['14', '19']);
    expect(figuresOf('in 2013, 3 years ago')).toEqual([]);
    const input = { clips: [], company: company('Globex'), now: 0 };
    const sheet = buildPrepSheet(input);
    const v = judgeSheet(
      input,
      sheet,
      [
        { text: 'Revenue reached $14 billion last quarter. What did that change for your team?', basis: [], mustAsk: false },
        { text: 'Sales grew to $14.11 billion. Where does that show in your work?', basis: [], mustAsk: false },
      ],
      { questions: [0, 10] },
      30,
    );
    expect(v.duplicates).toHaveLength(1);
  });
});

describe('named people in clipped stories are offered for the closing question', () => {
  const box = company('Box');
  it('a post at the company beside the name, either order; not the author, not the chief executive, not another firm’s', () => {
    const story = clip(
      'article',
      'Box launches $rev SDK',
      'Box has launched a new SDK. Chris Yeh, Box’s VP of Platform, explained the name. Box CEO Aaron Levie said it was big. Marc Rogers, Lookout’s principal researcher, found a flaw. Dana Reyes, the company’s head of partnerships, said more would come. Tony Bradley wrote this.',
      {
        extraction: {
          kind: 'article',
          url: 'https://news.example/box',
          title: 'Box launches $rev SDK',
          extractor: 'test',
          sources: {},
          article: { title: 'Box launches $rev SDK', authors: ['Tony Bradley'] },
        },
      },
    );
    const s = signals({ company: box, clips: [{ ...story, companyId: box.id }], now: MEETING });
    // "the company’s head of partnerships", in a story clipped for Box, is Box's.
    expect(s.referrals.map((r) => `${r.name} (${r.title})`)).toEqual(['Chris Yeh (VP of Platform)', 'Dana Reyes (head of partnerships)']);
    const { questions } = suggestQuestions(s);
    expect(questions.find((q) => q.intent === 'referral')?.text).toMatch(/^Would Chris Yeh \(VP of Platform\) be a good person/);
  });

  it('the co-founder of a company it bought came with it', () => {
    const story = clip(
      'article',
      'Facebook buys Monoidics',
      'Facebook has bought Monoidics, a startup company from London. The idea came out of a research project by co-founder Dino DiStefano, who developed Infer.',
    );
    const fb = company('Facebook');
    const s = signals({ company: fb, clips: [{ ...story, companyId: fb.id }], now: MEETING });
    expect(s.referrals.map((r) => `${r.name} (${r.title})`)).toEqual(['Dino DiStefano (co-founder of Monoidics)']);
  });
});

describe('the company’s own dated launches and a launch’s name become hooks', () => {
  const changelog = [
    'Plan and build products',
    'Changelog',
    'Deeplink to coding tools',
    'Starting an issue now hands the context to your coding agent.',
    'Feb 26, 2026',
    'Advanced filters',
    'Refine your searches with AND/OR conditions.',
    'Feb 12, 2026',
    'Acme MCP for product management',
    'We expanded our MCP server with initiatives and milestones.',
    'Feb 4, 2026',
    'See all releases→',
  ].join('\n\n');
  const acmeSite = { ...company('Acme'), domains: ['acme.example'] };
  const home = clip('company-page', 'Acme', changelog, { url: 'https://acme.example/', companyId: acmeSite.id });
  const AT = Date.UTC(2026, 2, 17);

  it('reads a changelog’s entries with their dates, after the entry or before it', () => {
    expect(releasesIn(changelog).map((r) => `${r.title} ${r.date}`)).toEqual([
      'Deeplink to coding tools 2026-02-26',
      'Advanced filters 2026-02-12',
      'Acme MCP for product management 2026-02-04',
    ]);
    const dateFirst = ['What’s new', 'Mar 2, 2026', 'Dark mode', 'Now in every view.', 'Feb 1, 2026', 'Exports', 'CSV for all.'].join('\n');
    expect(releasesIn(dateFirst).map((r) => `${r.title} ${r.date}`)).toEqual(['Dark mode 2026-03-02', 'Exports 2026-02-01']);
    expect(releasesIn('Changelog\n\nWe ship often.')).toEqual([]);
  });

  it('asks about the release nearest the user’s work, and the pace of the rest once', () => {
    const s = signals({
      company: acmeSite,
      clips: [home],
      self: self({ targetRole: 'Product manager', field: 'Product management' }),
      now: AT,
    });
    expect(s.events.filter((e) => e.release).map((e) => e.what)).toHaveLength(3);
    const { questions } = suggestQuestions(s);
    const texts = questions.map((q) => q.text);
    expect(texts.filter((t) => /Who decided what went into/.test(t))).toEqual([
      'Who decided what went into Acme MCP for product management and what was left out?',
    ]);
    expect(texts.some((t) => /changelog lists 3 releases since 4 February 2026/.test(t))).toBe(true);
  });

  it('a described launch takes the name the story gives it, and keeps what it is', () => {
    expect(namedAfter('a new SDK', 'Box has launched a new SDK, Box $rev.', ['Box'])).toBe('$rev');
    expect(namedAfter('a new SDK', 'Box launched a new SDK, which helps.', ['Box'])).toBeUndefined();
    const story = clip('article', 'Box launches $rev SDK', 'To expand its efforts, Box has launched a new SDK, Box $rev.');
    const box = company('Box');
    const s = signals({
      company: box,
      clips: [{ ...story, companyId: box.id }],
      self: self({ targetRole: 'Product manager' }),
      now: MEETING,
    });
    expect(
      suggestQuestions(s)
        .questions.map((q) => q.text)
        .join('\n'),
    ).toMatch(/Who decided what went into \$rev \(the new SDK\),? and what was left out\?/);
  });
});

describe('a one-page dossier: what the company’s About page says of the person and of itself', () => {
  const roofer = company('Peak Roofing');
  const about = clip(
    'company-page',
    'About Us | Peak Roofing',
    [
      'About Us',
      'Peak Roofing has a strong philosophy of "always put the customers first."',
      'Management President Jeff Pierce is a class D1 licensed Roofing Contractor in Colorado. He has been in the construction business for over 20 years. He has been involved in all aspects of roofing and construction.',
    ].join('\n\n'),
    { url: 'https://peakroofing.example/about-us', companyId: roofer.id },
  );
  const jeff = person('Jeff Pierce', { currentTitle: 'President', sourceClipIds: [about.id] });
  const s = () => signals({ person: jeff, company: roofer, clips: [about], self: self({ targetRole: 'Roofing estimator' }), now: MEETING });

  it('the bio under a heading and a title gives the years in the trade and the licence', () => {
    expect(s().bio).toMatchObject({
      years: 'over 20 years in the construction business',
      credential: 'a class D1 licensed roofing contractor',
    });
    expect(suggestQuestions(s()).questions[0]!.text).toBe(
      "Peak Roofing's page says you have spent over 20 years in the construction business and become a class D1 licensed roofing contractor. How did you get started, and what did it take to get there?",
    );
  });

  it('the motto its page quotes stands for the mission', () => {
    expect(s().fact('mission')?.value).toBe('always put the customers first');
    expect(mottoOf([{ ...about, text: 'We put customers first.' }], roofer)).toBeUndefined();
  });

  it('else the sentence its own page names as its mission or purpose, in any of the languages, stands for it; a slogan does not', () => {
    const es = {
      ...about,
      text: 'Quiénes Somos\n\nUna empresa colombiana con propósito: transformar el acceso al agua pura en hogares y comunidades vulnerables.',
    };
    expect(missionOf([es], roofer)?.value).toBe('transformar el acceso al agua pura en hogares y comunidades vulnerables');
    const en = { ...about, text: 'Our mission is to make every roof in Colorado last a lifetime. We work year round.' };
    expect(signals({ company: roofer, clips: [en], now: MEETING }).fact('mission')?.value).toBe(
      'make every roof in Colorado last a lifetime',
    );
    expect(missionOf([{ ...about, text: 'Roofs that last. Quality first, always.' }], roofer)).toBeUndefined();
    // "Mission: Contact" in a menu says nothing.
    expect(missionOf([{ ...about, text: 'Mission: Contact us' }], roofer)).toBeUndefined();
  });
});

describe('job losses feared are handled with care', () => {
  it('"would not say how many staff might lose their jobs" is a careful topic, not a question', () => {
    const story = clip(
      'article',
      'Acme Robotics buys Verifix',
      'Acme Robotics has bought Verifix. Acme Robotics refused to say how many non-technical staff working for Verifix might lose their jobs as a result of the buyout.',
    );
    const cuts = eventsInClip(story, acme, MEETING).filter((e) => e.kind === 'layoffs');
    expect(cuts.map((e) => e.sensitive)).toEqual([true]);
  });
});

describe('what to ask a named person about fits who they are', () => {
  it('a founder of a company it bought: its work; a part of the company in the title: that part’s work', () => {
    const s = signals({ company: company('Facebook'), clips: [], self: self({}), now: MEETING });
    expect(referralTopic({ name: 'Dino DiStefano', title: 'co-founder of Monoidics', why: '', inTarget: false, basis: [] }, s)).toBe(
      'how Monoidics’ work fits in at Facebook',
    );
    expect(referralTopic({ name: 'Chris Yeh', title: 'VP of Platform', why: '', inTarget: false, basis: [] }, s)).toBe(
      'the platform work at Facebook',
    );
  });
});

describe('a share of the money offered to others is a story fact', () => {
  it('who gets it and how much, in a short clause of our own, asked from the partners’ side', () => {
    expect(
      clauseOf(
        "Developers in the Box $rev program gain exposure to Box's customers and can earn up to 15 percent of Box's per-user license fee, based on usage.",
        ['Box'],
      ),
    ).toEqual({ kind: 'share', text: 'developers can earn up to 15 percent of the per-user license fee' });
    expect(clauseOf('It can earn up to 15 percent of the fee.', ['Box'])).toBeUndefined();
  });
});

describe('a deed a charge alleges is the lawsuit’s matter, not news', () => {
  it('"allegations that Acme … conspired … to introduce a pricing system" makes no launch; the trial is handled with care', () => {
    const story = clip(
      'article',
      'Publishers to testify against Acme Robotics in price-fixing trial',
      'The case involves allegations that Acme Robotics organized a conspiracy with distributors to introduce a commission-style pricing system. Acme Robotics denies wrongdoing.',
    );
    const events = eventsInClip(story, acme, MEETING);
    expect(events.filter((e) => e.kind === 'launch')).toEqual([]);
    expect(events.filter((e) => e.sensitive).map((e) => e.kind)).toEqual(['lawsuit']);
  });

  it('the same launch stated as a fact is still a launch', () => {
    const story = clip(
      'article',
      'Acme Robotics introduces a pricing system',
      'Acme Robotics introduced a commission-style pricing system for its resellers on Monday.',
    );
    expect(eventsInClip(story, acme, MEETING).map((e) => e.kind)).toContain('launch');
  });
});
