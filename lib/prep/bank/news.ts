import { readableDate } from '../dates';
import type { NewsItem } from '../news';
import type { Signals } from '../signals';
import type { Template } from './types';

/** Deeds of making something and putting it out: what it took is the question. */
const MAKING = new Set([
  'launch',
  'unveil',
  'introduce',
  'release',
  'open',
  'reopen',
  'open-source',
  'roll',
  'debut',
  'ship',
  'publish',
  'create',
  'build',
  'develop',
  'design',
  'redesign',
  'rebuild',
  'start',
  'begin',
  'pilot',
  'test',
  'trial',
  'deploy',
  'implement',
  'unlock',
  'premiere',
  'showcase',
]);

/** Where and when it was read: "(The Island Now, March 2020)". */
const cite = (n: NewsItem) => `(${[n.source, readableDate(n.date)].filter(Boolean).join(', ')})`;

/**
 * The question a coach would write about a piece of news no event reader knows: what happened, in
 * the clause read from its headline, then what the page cannot say — what it asked of their team,
 * what it changed. Older news is asked for what came of it.
 */
export function newsQuestion(n: NewsItem): string {
  const when = readableDate(n.date);
  if (!n.recent && when)
    return `In ${when}, ${n.text}. Looking back from the inside, what came of it, and what has changed in how the work is done since?`;
  const read = `I read that ${n.text} ${cite(n)}.`;
  if (!n.byCompany) return `${read} What part of that fell to your team, and what did it teach you?`;
  return MAKING.has(n.verb)
    ? `${read} What did that take on your side, and what turned out harder than it looked from outside?`
    : `${read} What has it changed for your team so far, and what is still settling?`;
}

/** News of the company no event reader knows, asked from where the person sits. */
export const NEWS: Template[] = [
  {
    id: 'company.news',
    category: 'company',
    intent: 'news',
    // Below a recognised event (8): a headline read plainly says less than an event read with its details.
    weight: 7,
    fill: (s: Signals) =>
      s.news
        .filter((n) => !n.careful)
        .slice(0, 2)
        .map((n, i) => ({
          text: newsQuestion(n),
          reason: `News ${cite(n)}${n.recent ? '' : ', background rather than news'}: what it asked of the people inside is what no story says.`,
          basis: [`clip:${n.clipId}`],
          slot: n.clipId,
          intent: `news:${n.clipId}`,
          bonus: (n.recent ? 2 : 0) - i * 0.1,
        })),
  },
];
