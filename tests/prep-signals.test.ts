import { describe, expect, it } from 'vitest';
import { isRecent, readableDate, RECENT_DAYS } from '../lib/prep/dates';
import { eventsInClip } from '../lib/prep/events';
import { companyEvents } from '../lib/prep/company-events';
import { bestMove, careerOf } from '../lib/prep/moves';
import { roleFamily, roleLevel } from '../lib/prep/roles';
import { signals, spokenCompany } from '../lib/prep/signals';
import type { Clip, Person } from '../lib/schema/dossier';
import type { ExperienceEntry, PageKind } from '../lib/schema/page-extraction';
import { person as record, storyClip } from './helpers/prep-records';

const DAY = 86_400_000;
const MEETING = Date.UTC(2024, 5, 4, 15);

function clip(kind: PageKind, title: string, text = '', extra: Partial<Clip> = {}): Clip {
  const url = extra.url ?? `https://news.example/${encodeURIComponent(title).slice(0, 40)}`;
  return storyClip(`c-${title.length}-${text.length}`, url, kind, title, text, extra);
}
const acme = { name: 'Acme Robotics', domains: ['acme.example'] };
const kinds = (c: Clip, at = MEETING) => eventsInClip(c, acme, at).map((e) => `${e.kind}:${e.what}`);

describe('events are read from the text of clipped pages, not from keywords', () => {
  it('a headline containing "acquisition" is not a deal', () => {
    expect(kinds(clip('article', 'The acquisition economy: why founders of robotics firms sell early'))).toEqual([]);
    expect(kinds(clip('article', 'Acme Robotics and the customer acquisition problem'))).toEqual([]);
    expect(kinds(clip('article', 'Acme Robotics acquires Widgets Ltd to add vision', ''))).toEqual(['acquisition:Widgets Ltd']);
  });

  it('finds the deed in the body when the title only hints at it, with what it names', () => {
    const c = clip(
      'article',
      'Big week for warehouse robots',
      'Robots are everywhere this year. Acme Robotics raised $25 million in a Series B round led by Northwind.',
      {
        publishedAt: '2024-05-02',
      },
    );
    const [e] = eventsInClip(c, acme, MEETING);
    expect(e).toMatchObject({ kind: 'funding', date: '2024-05-02', recent: true, sensitive: false });
    expect(e!.what).toMatch(/^\$25 million in a Series B round/);
  });

  it('needs the company as the subject: another company’s deal is not this one’s', () => {
    expect(kinds(clip('article', 'Rival Corp acquires Gandi; Acme Robotics watches'))).toEqual([]);
    expect(kinds(clip('article', 'Emirates inks $9 billion order for 30 Acme Robotics arms'))).toEqual([
      'deal:$9 billion order for 30 Acme Robotics arms',
    ]);
  });

  it('a rumour or a plan is not a launch; a launch names what was launched', () => {
    expect(kinds(clip('article', 'Acme Robotics is expected to launch a new picking arm next year'))).toEqual([]);
    expect(kinds(clip('article', 'Acme Robotics reportedly plans to unveil Tern in March'))).toEqual([]);
    // Launching an investigation launches nothing (the outage it looks into is a setback).
    expect(kinds(clip('article', 'Acme Robotics launched an investigation into the outage')).filter((k) => k.startsWith('launch'))).toEqual(
      [],
    );
    expect(kinds(clip('article', 'Acme Robotics unveils ‘family’ plan for its fleet app'))).toEqual(['launch:‘family’ plan']);
    expect(kinds(clip('article', 'Acme Robotics and Dräger introduce integrated clinical alarm management solution in Europe'))).toEqual([
      'launch:integrated clinical alarm management solution',
    ]);
  });

  it('a year said beside the deed, before the story ran, dates it: background, not recent', () => {
    const at = Date.UTC(2023, 10, 20);
    const story = (text: string) =>
      eventsInClip(clip('article', 'Acme Robotics gives the museum a boost', text, { publishedAt: '2023-11-08' }), acme, at).map((e) => [
        e.kind,
        e.what,
        e.date,
        e.recent,
      ]);
    expect(story('A keen collector, the Acme Robotics CEO in 2014 launched the Tern Foundation.')).toEqual([
      ['launch', 'the Tern Foundation', '2014', false],
    ]);
    expect(story('Acme Robotics launched the Tern Foundation in 2014.')).toEqual([['launch', 'the Tern Foundation', '2014', false]]);
    // A year far from the deed, or a later one, dates nothing: the story's own day stands.
    expect(
      story('Acme Robotics launched the Tern 2 arm on Monday, a successor to the arm the company first sold to warehouses in 2014.'),
    ).toEqual([['launch', 'the Tern 2 arm', '2023-11-08', true]]);
    expect(story('Acme Robotics launched Tern, which it plans to sell in 2025.')[0]?.[2]).toBe('2023-11-08');
  });

  it('own pages may say "we"; layoffs, lawsuits and failures are sensitive', () => {
    const own = clip('company-page', 'About Acme', 'We raised a $12 million seed round last spring.', {
      url: 'https://acme.example/about',
    });
    expect(kinds(own)).toEqual(['funding:$12 million seed round']);
    const cuts = eventsInClip(clip('article', 'Acme Robotics laid off 200 employees on Tuesday'), acme, MEETING);
    expect(cuts.map((e) => [e.kind, e.sensitive])).toEqual([['layoffs', true]]);
    const suit = eventsInClip(clip('article', 'Attorney General investigating Acme Robotics'), acme, MEETING);
    expect(suit.map((e) => [e.kind, e.sensitive])).toEqual([['lawsuit', true]]);
  });

  it('leadership changes name who and what; German and French headlines are read too', () => {
    expect(kinds(clip('article', 'Acme Robotics appoints Jane Doe as its new CEO'))).toEqual(['leadership:Jane Doe as its new CEO']);
    expect(kinds(clip('article', 'Acme Robotics said Tom Lee stepped down as CEO after ten years'))).toEqual([
      'leadership:Tom Lee stepping down as CEO',
    ]);
    expect(
      eventsInClip(clip('article', 'Kochendorf übernimmt Spannmittelhersteller Röhm'), { name: 'Kochendorf', domains: [] }, MEETING)[0]
        ?.kind,
    ).toBe('acquisition');
    expect(eventsInClip(clip('article', 'Vellaune lève 18 millions d’euros'), { name: 'Vellaune', domains: [] }, MEETING)[0]?.kind).toBe(
      'funding',
    );
  });

  it('someone who joins the company in a role at the top is a leadership change, named in full', () => {
    const story = clip(
      'article',
      'Acme Robotics unveils new features',
      [
        'When asked, chief product officer Matt Salazar said little.',
        'The company also hired a new CTO alongside Salazar, who left Epic Games to join Acme Robotics as chief product officer.',
      ].join('\n'),
      { publishedAt: '2024-05-16' },
    );
    const [e] = eventsInClip(story, acme, MEETING).filter((x) => x.kind === 'leadership');
    expect(e).toMatchObject({ what: 'Matt Salazar as chief product officer', who: 'Matt Salazar' });
    // Joining another company is not a change at this one, even in a story that names it.
    const elsewhere = clip('article', 'Acme Robotics rival hires', 'Acme Robotics lost Dana Ruiz, who left to join Globex as CTO.');
    expect(kinds(elsewhere)).toEqual([]);
    expect(kinds(clip('article', 'Jane Doe joins Acme Robotics as chief technology officer'))).toEqual([
      'leadership:Jane Doe as chief technology officer',
    ]);
  });

  it('an encyclopedia’s events need a date in the sentence, and history is dropped', () => {
    const wiki = clip(
      'company-profile',
      'Acme Robotics - Wikipedia',
      'Acme Robotics launched Tern. In March 2023 Acme Robotics acquired Lumen Grip. Acme Robotics released Arm One in 1999.',
      {
        url: 'https://en.wikipedia.org/wiki/Acme_Robotics',
        publishedAt: '2024-06-01',
      },
    );
    const events = companyEvents([wiki], acme, MEETING);
    expect(events.map((e) => `${e.kind}:${e.what}:${e.date}`)).toEqual(['acquisition:Lumen Grip:2023-03']);
  });
});

describe('recency is measured from the meeting, not from today', () => {
  it('about six months before the meeting is recent; older is background', () => {
    const at = (days: number) => new Date(MEETING - days * DAY).toISOString().slice(0, 10);
    expect(isRecent(at(150), MEETING)).toBe(true);
    expect(isRecent(at(RECENT_DAYS + 20), MEETING)).toBe(false);
    expect(isRecent(at(-20), MEETING)).toBe(true);
    expect(isRecent(at(-60), MEETING)).toBe(false);
    expect(isRecent('2024', MEETING)).toBe(true);
    expect(isRecent('2023', MEETING)).toBe(false);
    expect(isRecent(undefined, MEETING)).toBe(false);
  });

  it('the same story is recent for a meeting next month and background for one two years on', () => {
    const c = clip('article', 'Acme Robotics raises $25 million Series B', '', { publishedAt: '2024-05-20' });
    expect(eventsInClip(c, acme, MEETING)[0]?.recent).toBe(true);
    expect(eventsInClip(c, acme, MEETING + 700 * DAY)[0]?.recent).toBe(false);
  });

  it('dates read the way people write them', () => {
    expect(readableDate('2024-03-05')).toBe('March 2024');
    expect(readableDate('2024-03-05', true)).toBe('5 March 2024');
    expect(readableDate('2024')).toBe('2024');
  });
});

const person = (experience: ExperienceEntry[], extra: Partial<Person> = {}): Person =>
  record('Ines Test', { id: 'p1', experience, ...extra });

describe('career moves: a change of employer or of role family, never a role held beside the job', () => {
  const founder = person(
    [
      { title: 'Cheerleader & Mentor', company: 'Founders & Coders', start: '2014-10' },
      { title: 'Organiser', company: 'Ladies of Code', start: '2014-09' },
      { title: 'Co-Founder & CEO', company: 'DWYL', start: '2013-04' },
      { title: 'Portuguese - English Translator', company: 'Kiva.org', start: '2007-06' },
      { title: 'Mobility Manager', company: 'Accenture', start: '2012-11', end: '2013-06' },
      { title: 'Technology Fundamentals Faculty', company: 'Accenture', start: '2012-10', end: '2012-11' },
      { title: 'Senior Consultant', company: 'Accenture', start: '2011-06', end: '2012-10' },
      { title: 'Consultant/Project Manager', company: 'Accenture', start: '2008-08', end: '2011-07' },
      { title: 'Volunteer', company: 'One World Shop', start: '2005', end: '2008-07' },
    ],
    { headline: 'Co-founder of DWYL, Organiser of Ladies of Code meetup', currentTitle: 'Cheerleader & Mentor' },
  );

  it('the job named in the headline is current; mentoring, meetups and translating run beside it', () => {
    const c = careerOf(founder, MEETING);
    expect(c.current?.company).toBe('DWYL');
    expect(c.side.map((j) => j.company)).toEqual(
      expect.arrayContaining(['Founders & Coders', 'Ladies of Code', 'Kiva.org', 'One World Shop']),
    );
    expect(c.moves.some((m) => [m.from.company, m.to.company].includes('Kiva.org'))).toBe(false);
    // A one-month stint between two Accenture roles is not a move.
    expect(c.jobs.some((j) => j.title === 'Technology Fundamentals Faculty')).toBe(false);
  });

  it('the move closest to the user: a consultant hears about leaving consulting to found a company', () => {
    const c = careerOf(founder, MEETING);
    const m = bestMove(c.moves, 'operations', 'consulting', MEETING);
    expect(m).toMatchObject({ kind: 'founding', when: '2013-04' });
    expect([m!.from.company, m!.to.company]).toEqual(['Accenture', 'DWYL']);
  });

  it('board seats and executive-in-residence posts are not moves; Yahoo to LinkedIn is', () => {
    const ceo = person([
      { title: 'CEO', company: 'LinkedIn', start: '2008-12' },
      { title: 'Member, Board of Directors', company: 'Intuit', start: '2012-04' },
      { title: 'Executive in Residence', company: 'Accel Partners', start: '2008-09', end: '2009-06' },
      { title: 'Executive Vice President Network Division', company: 'Yahoo!', start: '2001-05', end: '2008-06' },
      { title: 'Founding Partner', company: 'Windsor Media', start: '2000-06', end: '2001-04' },
    ]);
    const c = careerOf(ceo, Date.UTC(2014, 4, 12));
    const m = bestMove(c.moves, 'executive', 'product', Date.UTC(2014, 4, 12));
    expect([m?.from.company, m?.to.company]).toEqual(['Yahoo!', 'LinkedIn']);
    expect(c.moves.some((x) => ['Intuit', 'Accel Partners'].includes(x.to.company ?? ''))).toBe(false);
  });

  it('contracts taken while running one’s own company are concurrent, not moves', () => {
    const c = careerOf(
      person([
        { title: 'Co-Founder & Technical Lead', company: 'DWYL', start: '2013-02' },
        { title: 'Search Engineering Lead (Contract)', company: 'Thomas Cook', start: '2014-08', end: '2015-02' },
        { title: 'Team Lead Salesforce & Web Development', company: 'Groupon', start: '2012-01', end: '2013-02' },
      ]),
      MEETING,
    );
    expect(c.side.map((j) => j.company)).toContain('Thomas Cook');
    expect(c.moves.map((m) => `${m.from.company}>${m.to.company}`)).toEqual(['Groupon>DWYL']);
  });

  it('a change of family: structural engineering to software, from the titles', () => {
    const c = careerOf(
      person([
        { title: 'Senior Software Engineer', company: 'Arcadia Group Ltd', start: '2015-10' },
        { title: 'Junior Developer', company: 'Alikor Limited', start: '2014-07', end: '2014-08' },
        { title: 'Assisting Structural Engineer', company: 'Blue Engineering', start: '2013-07', end: '2013-09' },
      ]),
      MEETING,
    );
    const m = bestMove(c.moves, 'engineering', 'built', MEETING);
    expect(m).toMatchObject({ kind: 'family' });
    expect([m!.from.family, m!.to.family]).toEqual(['built', 'engineering']);
  });

  it('role families and levels from titles', () => {
    expect(roleFamily('Product Marketing Manager')).toBe('marketing');
    expect(roleFamily('Product Manager, Growth')).toBe('product');
    expect(roleFamily('Programmer / Analyst')).toBe('engineering');
    expect(roleFamily('Vice President, Client Services')).toBe('customer');
    // A lab's head and the flavour work a would-be flavor technician wants are one family (blind-10 basicfoodflavors).
    expect(roleFamily('Lab Manager; R&D')).toBe('science');
    expect(roleFamily('Flavor technician')).toBe('science');
    expect(roleFamily('Food technologist')).toBe('science');
    expect(roleLevel('Vice President, Marketing')).toBe('director');
    expect(roleLevel('Co-Founder & CEO')).toBe('executive');
    expect(roleLevel('Werkstudent Data')).toBe('student');
  });
});

describe('fit: who the person is relative to the user', () => {
  const self = {
    id: 'me' as const,
    schools: [],
    employers: ['Hackney Academy'],
    field: 'Teaching',
    targetRole: 'Web developer',
    updatedAt: 0,
  };
  it('a developer seven months in is a peer; a senior engineer in the same family is not', () => {
    const junior = signals({
      person: person([{ title: 'JavaScript Developer', company: 'Intelliagg', start: '2016-02' }]),
      clips: [],
      self,
      now: Date.UTC(2016, 8, 1),
    });
    expect(junior).toMatchObject({ peer: true, sameFamily: true, leads: false });
    const senior = signals({
      person: person([{ title: 'Engineering Manager', company: 'Intelliagg', start: '2010-02' }]),
      clips: [],
      self,
      now: Date.UTC(2016, 8, 1),
    });
    expect(senior).toMatchObject({ peer: false, sameFamily: true, leads: true });
  });
});

describe('named referral targets', () => {
  const colleague = (id: string, name: string, currentTitle: string, extra: Partial<Person> = {}) =>
    person([], { id, name, currentTitle, currentCompanyId: 'co', ...extra });
  const company = {
    id: 'co',
    name: 'Acme Robotics',
    nameKey: 'acme robotics',
    domains: [],
    facts: {},
    tags: [],
    createdAt: 0,
    updatedAt: 0,
  };
  const wiki = clip('company-profile', 'Acme Robotics - Wikipedia', '', { url: 'https://en.wikipedia.org/wiki/Acme', id: 'wiki' });
  const names = (colleagues: Person[], targetRole = 'Product manager') =>
    signals({
      person: person([]),
      company,
      colleagues,
      clips: [wiki],
      self: { id: 'me', schools: [], employers: [], targetRole, updatedAt: 0 },
      now: MEETING,
    }).referrals.map((r) => `${r.name}: ${r.why}`);

  it('people in the user’s target family first; never the founders or the chief executive; never Wikipedia’s key people', () => {
    expect(
      names([
        colleague('a', 'Sam Lee', 'Chief Executive Officer'),
        colleague('b', 'Ana Silva', 'Senior Product Manager, Growth'),
        colleague('c', 'Tom Fox', 'Sales Director'),
        colleague('d', 'Bill Gates', 'technical adviser', { sourceClipIds: ['wiki'] }),
      ]),
    ).toEqual(['Ana Silva: works in product management', 'Tom Fox: is Sales Director']);
  });

  it('a leader whose title also names the user’s target work is one to ask about; a co-founder met names the other co-founder', () => {
    expect(
      names(
        [colleague('f', 'Beat Staub', 'Geschäftsleitung / Partner / Verkauf'), colleague('g', 'Pia Roth', 'Owner / President')],
        'Sales manager',
      ),
    ).toEqual(['Beat Staub: works in sales']);
    const cofounders = signals({
      person: person([], { id: 'met', name: 'Kenzo Heijman', currentTitle: 'Co-founder', currentCompanyId: 'co' }),
      company,
      colleagues: [colleague('h', 'Ignace Konig', 'Co-founder'), colleague('i', 'Sam Lee', 'Chief Executive Officer')],
      clips: [wiki],
      self: { id: 'me', schools: [], employers: [], targetRole: 'Product manager', updatedAt: 0 },
      now: MEETING,
    }).referrals.map((r) => r.name);
    expect(cofounders).toEqual(['Ignace Konig']);
  });

  it('the user’s own LinkedIn connection there comes first, saying so', () => {
    const known = colleague('e', 'Dana Ruiz', 'Growth Marketing Lead', { connection: { since: '2019-04-02', importedAt: 0 } });
    expect(names([colleague('b', 'Ana Silva', 'Senior Product Manager, Growth'), known])[0]).toBe(
      'Dana Ruiz: is one of your LinkedIn connections (since 2019)',
    );
  });
});

describe('a name before "unveiled" is a product only when nothing follows as its object', () => {
  it('“2020 Acme Robotics Tern revealed as …” names Tern; “CEO Steve Jobs unveiled many products” names no product', () => {
    expect(kinds(clip('article', '2020 Acme Robotics Tern revealed as a ceiling-rail picking arm'))).toEqual(['launch:Tern']);
    expect(kinds(clip('article', 'On this stage Acme Robotics founder and CEO Steve Jobs unveiled many products'))).toEqual([]);
  });
});

describe('a company named as a person says it', () => {
  it('drops the legal form a register writes after the name (issue 11 §9)', () => {
    expect(spokenCompany('Apple Inc.')).toBe('Apple');
    expect(spokenCompany('Imprint Enterprises, Inc.')).toBe('Imprint Enterprises');
    expect(spokenCompany('Arcadia Group Ltd')).toBe('Arcadia Group');
    expect(spokenCompany('Microsoft Corporation')).toBe('Microsoft');
    expect(spokenCompany('Acme Widgets Pty Ltd')).toBe('Acme Widgets');
    // Words people say as part of the name stay; a name that is only a legal form stays whole.
    expect(spokenCompany('General Motors')).toBe('General Motors');
    expect(spokenCompany('Acme Labs')).toBe('Acme Labs');
    expect(spokenCompany('AG')).toBe('AG');
  });
  it('drops a tag in brackets after the name, as LinkedIn headlines write it', () => {
    expect(spokenCompany('AgentMail (YC S25)')).toBe('AgentMail');
    expect(spokenCompany('Acme (acquired by Globex)')).toBe('Acme');
    expect(spokenCompany('Tata Consultancy Services (TCS)')).toBe('Tata Consultancy Services');
  });
  it('keeps a name that is all brackets, or has them inside', () => {
    expect(spokenCompany('(untitled)')).toBe('(untitled)');
    expect(spokenCompany('Foo (Bar) Baz')).toBe('Foo (Bar) Baz');
  });
});
