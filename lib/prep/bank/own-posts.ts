import { readableDate } from '../dates';
import type { OwnPost, PostTopic } from '../own-posts';
import type { Signals } from '../signals';
import type { Template } from './types';

/** At most this many questions from their posts: two subjects of theirs, not a reading of their feed. */
const MAX_QUESTIONS = 2;

/**
 * What to ask about a post, by what it reports: the decision behind it and what came of it, which
 * no page says. Never what the post already answers (how much, with whom, when).
 */
const ASK: Record<PostTopic, (s: Signals) => string> = {
  funding: () => 'What changes for the team day to day now that the round is in?',
  launch: () => 'What made that the priority, and what did it take to get it out?',
  hiring: () => 'How has that worked out so far, and what has it taught you about who fits?',
  event: () => 'What are you hoping to get out of it?',
  call: () => 'What has come of it so far, and what makes a good fit for you?',
  other: () => 'What prompted it, and what has come of it since?',
};

/** An older post (background): what came of it, in hindsight. */
const LOOKING_BACK = 'Looking back, what came of it, and would you do it the same way today?';

/** "You posted in March 2026: “…”. What made that the priority …?" The quote is theirs, short; the ask is the question. */
export function ownPostQuestion(p: OwnPost, s: Signals): string {
  const when = p.date && !p.approx ? ` in ${readableDate(p.date)}` : '';
  const ask = p.recent ? ASK[p.topic](s) : LOOKING_BACK;
  return `You posted${when}: “${p.sentence}.” ${ask}`.replace(/…\.”/, '…”');
}

/** Questions on what they posted themselves: recent posts first, the ones that say most. */
export const OWN_POSTS: Template[] = [
  {
    id: 'role.own-post',
    category: 'role',
    intent: 'own-post',
    weight: 8,
    fill: (s) => {
      // A call for hires put to a peer reads as asking for a job.
      const fit = s.ownPosts.filter((p) => !(s.peer && p.topic === 'hiring')).sort((a, b) => b.weight - a.weight);
      // Their recent posts; an older one only when they posted nothing lately, and then one.
      const recent = fit.filter((p) => p.recent);
      return (recent.length ? recent.slice(0, MAX_QUESTIONS) : fit.slice(0, 1)).map((p, i) => ({
        text: ownPostQuestion(p, s),
        reason: `Something they wrote themselves${p.date ? ` (${p.approx ? 'about ' : ''}${readableDate(p.date)})` : ''}: they chose the subject, and what came of it is what no page says.`,
        basis: [`clip:${p.clipId}`],
        slot: p.url ?? p.sentence.slice(0, 40),
        intent: `own-post:${p.url ?? i}`,
        bonus: (p.recent ? 2 : -1) - i * 0.5,
      }));
    },
  },
];
