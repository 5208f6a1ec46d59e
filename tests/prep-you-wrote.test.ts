import { describe, expect, it } from 'vitest';
import { suggestQuestions } from '../lib/prep/engine';
import { personQuotes } from '../lib/prep/person-words';
import { signals } from '../lib/prep/signals';
import { company, person, self, storyClip } from './helpers/prep-records';

// Words the person met wrote (a post, their own article) were put back to them as "You said …".
const NOW = Date.UTC(2024, 2, 1);
const co = company('Brightline Robotics');
const dana = person('Dana Ruiz', { currentCompanyId: co.id });

/** A story's extraction with its byline. */
const byline = (url: string, title: string, author: string) => ({
  kind: 'article' as const,
  url,
  title,
  extractor: 'generic',
  sources: {},
  article: { title, authors: [author] },
});

const posted = storyClip(
  'c-post',
  'https://devblog.example/ruiz-response',
  'article',
  'Why Brightline rewrote its planner',
  'The team behind the planner, led by Dana Ruiz, explained the rewrite last week. Update: Dana has posted a response highlighting one reason: “Small teams ship faster when they own their releases from start to finish.” The post drew many comments.',
  { publishedAt: '2024-02-20', siteName: 'devblog.example' },
);
const ownArticle = storyClip(
  'c-own',
  'https://magazine.example/robots-in-warehouses',
  'article',
  'What warehouses taught us about robots',
  'Warehouses are loud and full of surprises. “Robots that wait for people are the ones that get trusted on the floor,” says Dana Ruiz, who leads the planning team.',
  {
    publishedAt: '2024-02-10',
    siteName: 'Robotics Monthly',
    extraction: byline('https://magazine.example/robots-in-warehouses', 'What warehouses taught us about robots', 'Dana Ruiz'),
  },
);
const interviewed = storyClip(
  'c-said',
  'https://news.example/brightline',
  'article',
  'Brightline Robotics grows its planning team',
  'The company is hiring. “Robots that wait for people are the ones that get trusted on the floor,” says Dana Ruiz, who leads the planning team.',
  {
    publishedAt: '2024-02-10',
    siteName: 'Tech Daily',
    extraction: byline('https://news.example/brightline', 'Brightline Robotics grows its planning team', 'Sam Lee'),
  },
);

describe('words the person wrote are said back as written', () => {
  it('marks a quote they posted, or one in a story under their own byline, as written; one they gave a reporter as said', () => {
    expect(personQuotes([posted], dana)[0]).toMatchObject({ written: true });
    expect(personQuotes([ownArticle], dana)[0]).toMatchObject({ written: true });
    expect(personQuotes([interviewed], dana)[0]?.written).toBe(false);
  });

  it('asks “You wrote …” of what they wrote, “You said …” or “You told …” of what they said', () => {
    const ask = (clip: typeof posted) => {
      const s = signals({ person: dana, company: co, clips: [clip], self: self({ targetRole: 'Product manager' }), now: NOW } as never);
      const all = suggestQuestions(s, 30);
      return [...all.questions, ...all.reserve].map((q) => q.text).filter((t) => /\bYou (?:wrote|said|told)\b/.test(t));
    };
    const wrote = ask(posted);
    expect(wrote.length).toBeGreaterThan(0);
    expect(wrote.every((t) => /\bYou wrote\b/.test(t) && !/\bYou (?:said|told)\b/.test(t))).toBe(true);
    expect(ask(ownArticle).every((t) => /\bYou wrote\b/.test(t))).toBe(true);
    const said = ask(interviewed);
    expect(said.length).toBeGreaterThan(0);
    expect(said.some((t) => /\bYou wrote\b/.test(t))).toBe(false);
  });
});
