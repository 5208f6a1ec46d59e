import { describe, expect, it } from 'vitest';
import { judgeQuestion } from '../lib/cli/prep-rubric';
import { prepSheetMarkdown } from '../lib/prep/markdown';
import { buildPrepSheet } from '../lib/prep/sheet';
import { postClause } from '../lib/prep/bank/own-posts';
import type { PrepInput } from '../lib/prep/types';
import type { Clip } from '../lib/schema/dossier';
import type { PostEntry } from '../lib/schema/page-extraction';
import { company, person, self, profileClipWithPosts } from './helpers/prep-records';

// A profile clip as the LinkedIn extractor leaves it (lib/extract/linkedin-posts.ts), written here.
const MEETING = Date.UTC(2026, 3, 14, 16);
const CLIPPED = Date.UTC(2026, 2, 30, 18);

function profileClip(name: string, posts: PostEntry[], personId = `p-${name}`): Clip {
  return profileClipWithPosts(name, posts, { personId, url: 'https://www.linkedin.com/in/mira-olsen-7a1b2c/', capturedAt: CLIPPED });
}

const POSTS: PostEntry[] = [
  {
    text: 'Big week.\nWe moved the ferry-booking API from a nightly batch to event streams, and launched live seat maps for every route.\nThe hard part was agreeing what an event is. #platform',
    url: 'https://www.linkedin.com/feed/update/urn:li:activity:7436712384921612345/',
    date: '2026-03-09',
    age: '3w',
  },
  // Only an age on the page: its date is counted back from the clip and marked approximate.
  { text: 'Fjordline Labs is hiring two platform engineers in Bergen. Send me a note!', age: '2w' },
  // Over a year old: background, not recent.
  {
    text: 'We raised $8 million to build Fjordline Labs. Thank you to everyone who believed in us.',
    url: 'https://www.linkedin.com/feed/update/urn:li:activity:7345737931161612345/',
    date: '2025-07-01',
    featured: true,
  },
];

const input = (clips: Clip[]): PrepInput => ({
  person: person('Mira Olsen', { currentTitle: 'Head of Platform' }),
  company: company('Fjordline Labs'),
  clips,
  self: self({ name: 'Sam Lee', targetRole: 'Platform engineer', field: 'Computer science' }),
  interview: {
    id: 'i1',
    personId: 'p-Mira Olsen',
    when: MEETING,
    timeZone: 'Europe/Oslo',
    durationMinutes: 30,
    goal: 'Learn how a platform team works at a young company',
    status: 'planned',
    createdAt: 0,
    updatedAt: 0,
  },
  now: MEETING,
});

describe('the person’s own LinkedIn posts on the sheet', () => {
  const x = input([profileClip('Mira Olsen', POSTS)]);
  const sheet = buildPrepSheet(x);
  const hooks = sheet.hooks.filter((h) => h.kind === 'own-post');

  it('become hooks: their words quoted short, the source and the date, recent ones before background', () => {
    expect(hooks.map((h) => h.recent)).toEqual([true, true, false]);
    expect(hooks.find((h) => /ferry/.test(h.text))).toMatchObject({
      text: 'Mira posted: “We moved the ferry-booking API from a nightly batch to event streams, and launched live seat maps for every route”',
      source: 'their LinkedIn post',
      date: '2026-03-09',
      url: 'https://www.linkedin.com/feed/update/urn:li:activity:7436712384921612345/',
      recent: true,
    });
    // Dated from "2w" on a page clipped on 30 March: mid-March, said to be approximate, at the month it is sure of.
    expect(hooks.find((h) => /hiring/.test(h.text))).toMatchObject({
      text: 'Mira posted: “Fjordline Labs is hiring two platform engineers in Bergen”',
      source: 'their LinkedIn post, dated approximately',
      date: '2026-03',
      recent: true,
    });
  });

  it('an old post is background, and the Markdown says so', () => {
    const old = hooks.find((h) => /\$8 million/.test(h.text));
    expect(old).toMatchObject({ recent: false, date: '2025-07-01' });
    expect(prepSheetMarkdown(sheet)).toMatch(
      /Mira posted: “We raised \$8 million to build Fjordline Labs” \(their LinkedIn post, July 2025\) — background/,
    );
  });

  it('feed a question that puts what they posted to work, grounded, quoting a sentence, never the whole post', () => {
    const q = sheet.questions.find((x) => x.basis.includes('clip:c-profile') && /ferry-booking/.test(x.text));
    expect(q?.text).toBe(
      'You posted in March 2026: “We moved the ferry-booking API from a nightly batch to event streams …” What made that the priority, and what did it take to get it out?',
    );
    expect(judgeQuestion(q!.text, q!.basis, x).grounded).toBe(true);
    expect(sheet.questions.some((x) => /hard part was agreeing|#platform/.test(x.text))).toBe(false);
    // An old post gets no question while recent ones are there.
    expect(sheet.questions.some((x) => /\$8 million/.test(x.text))).toBe(false);
  });

  it('never takes another person’s profile’s posts as theirs', () => {
    const other = profileClip('Jon Berg', POSTS, 'p-Jon Berg');
    const s = buildPrepSheet(input([other]));
    expect(s.hooks.some((h) => h.kind === 'own-post')).toBe(false);
    expect(s.questions.some((q) => /You posted/.test(q.text))).toBe(false);
  });

  it('leaves out a quip that says nothing of their work, and a post dated after the page was saved', () => {
    const s = buildPrepSheet(
      input([
        profileClip('Mira Olsen', [
          { text: 'Coffee first, then code. Have a good weekend everyone!', date: '2026-03-20' },
          { text: 'We launched seat maps for every route at Fjordline Labs.', date: '2026-04-05' },
        ]),
      ]),
    );
    expect(s.hooks.some((h) => h.kind === 'own-post')).toBe(false);
  });
});

describe('a side project they posted about', () => {
  it('is theirs to tell, as a launch is; someone else’s work they admire is no hook', () => {
    const built = profileClip('Mira Olsen', [
      {
        text: 'Built a small tool called Tidewatch to track ferry delays from open data 🤓\nBuilt with:\n- Postgres\n- Next.js',
        url: 'https://www.linkedin.com/feed/update/urn:li:activity:7400000000000000001/',
        date: '2025-01-10',
      },
      {
        text: 'Fascinating work on ferry routing developed by my cousin Ola Berg and his friends.',
        url: 'https://www.linkedin.com/feed/update/urn:li:activity:7400000000000000002/',
        date: '2025-02-10',
      },
    ]);
    const sheet = buildPrepSheet(input([built]));
    const hooks = sheet.hooks.filter((h) => h.kind === 'own-post');
    expect(hooks.map((h) => h.text)).toEqual([
      expect.stringContaining('Built a small tool called Tidewatch to track ferry delays from open data'),
    ]);
    expect(sheet.questions.map((q) => q.text)).toContain(
      'You posted in January 2025: “Built a small tool called Tidewatch to track ferry delays from open data.” Looking back, what came of it, and would you do it the same way today?',
    );
  });
});

describe('what they learned, in their own posts', () => {
  const learning = profileClip('Mira Olsen', [
    {
      text: 'Built a small tool called Tidewatch to track ferry delays from open data\nBuilt with:\n- Postgres\n- Next.js',
      url: 'https://www.linkedin.com/feed/update/urn:li:activity:7400000000000000001/',
      date: '2025-01-10',
    },
    {
      text: 'I’m happy to share that I’ve obtained a new certification: Introduction to StreamGraph from FlowChain!',
      url: 'https://www.linkedin.com/feed/update/urn:li:activity:7400000000000000003/',
      date: '2025-03-10',
    },
    {
      text: 'Thanks to the DataSchool.AI team for this in-depth course on tuning models.',
      url: 'https://www.linkedin.com/feed/update/urn:li:activity:7400000000000000004/',
      date: '2025-02-10',
    },
    // "Of course" is no course.
    { text: 'Of course we kept the weekly demo, and the team loved it.', url: 'https://x.example/5', date: '2025-02-01' },
  ]);
  const x = input([learning]);
  const sheet = buildPrepSheet(x);

  it('asks once about all of it, named by its tools and schools, beside the project they built', () => {
    const q = sheet.questions.find((y) => y.text.startsWith('Your posts'));
    expect(q?.text).toBe(
      'Your posts from 2025 mention a certification and a course (StreamGraph, FlowChain, DataSchool.AI). Which of that learning has mattered most in the work you do now, and what did you only learn on the job?',
    );
    expect(judgeQuestion(q!.text, q!.basis, x).grounded).toBe(true);
    // The certification is never asked post by post, and the project keeps its own question.
    expect(sheet.questions.filter((y) => /certification: Introduction/.test(y.text))).toEqual([]);
    expect(sheet.questions.some((y) => y.text.includes('Tidewatch to track ferry delays'))).toBe(true);
  });

  it('is one hook, not a post each', () => {
    const hooks = sheet.hooks.filter((h) => h.kind === 'own-post').map((h) => h.text);
    expect(hooks).toContain('Mira posted about a certification and a course: StreamGraph, FlowChain, DataSchool.AI');
    expect(hooks.filter((h) => /StreamGraph|DataSchool/.test(h))).toHaveLength(1);
  });
});

describe('a post is quoted by a clause, never pasted whole (tune kate-kallot-thin)', () => {
  it('says a short sentence whole and cuts a long one to its first clause or twelve words, at a word that carries meaning', () => {
    expect(postClause('We raised $8 million to build Fjordline Labs')).toBe('We raised $8 million to build Fjordline Labs');
    // The reader already cut it ("…"), and its wrapping says nothing: what it announces, to the first clause.
    expect(
      postClause(
        'Excited to announce that we have closed a $3M seed round, led by Harbor Ventures and North Fund with help from friends …',
      ),
    ).toBe('we have closed a $3M seed round …');
    // No clause to stop at: twelve words, less a last word that leans on what was cut ("di", "to").
    expect(postClause('Stiamo lavorando a nuovi progetti di impianti solari su tetti industriali di grande taglia nel Nord Italia …')).toBe(
      'Stiamo lavorando a nuovi progetti di impianti solari su tetti industriali …',
    );
    expect(postClause('Really honored to be named to the city list of young founders in fintech this year')).toBe(
      'Really honored to be named to the city list of young founders in fintech this year',
    );
  });
});
