import { readableDate } from '../dates';
import { learningKinds, learningNames, type OwnPost, type PostTopic } from '../own-posts';
import type { Signals } from '../signals';
import type { Template } from './types';
import { wordCount } from '../../text/word-count';

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
  learning: () => 'How much of it have you used in your work since?',
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
  return `You posted${when}: “${postClause(p.sentence)}.” ${ask}`.replace(/…\.”/, '…”');
}

/** A sentence of a post said whole in a question: a short one. */
const WHOLE_WORDS = 16;
/** Beyond it, at most this many of its words: a clause, or a title. */
const CLAUSE_WORDS = 12;
/** The announcement's wrapping ("Excited to announce that …"), not what it announces. */
const ANNOUNCING =
  /^(?:(?:I['’]?m|I am|we['’]?re|we are|so|really|very|super)\s+)*(?:excited|thrilled|delighted|happy|proud|pleased|honou?red|glad)\s+to\s+(?:announce|share|say|report)\s+(?:that\s+)?/i;
/** A word a cut must not end on ("di", "to", "the"): it leans on the words cut away. */
const LEANING = /^(?:\p{Ll}{1,3}|with|from|into|about|that|which|della|dello|degli|über|pour|avec|sobre)$/u;

/**
 * What of a post's sentence a question quotes: a short sentence whole; a long one (or one the
 * reader already cut) to its first clause of at most twelve words, else to twelve words ending on
 * one that carries meaning, marked "…" — never the post pasted in (tune kate-kallot-thin quoted
 * twenty words of a funding announcement). "Excited to announce that" is dropped when what follows
 * stands alone.
 */
export function postClause(sentence: string): string {
  const cut = /\s*…$/.test(sentence);
  let text = sentence.replace(/\s*…$/, '').trim();
  const unwrapped = text.replace(ANNOUNCING, '');
  if (unwrapped !== text && wordCount(unwrapped) >= 5) text = unwrapped;
  if (!cut && wordCount(text) <= WHOLE_WORDS) return text;
  let clause = '';
  for (const part of text.split(/(?=[,;:]\s)|(?=\s[–—]\s)/)) {
    if (wordCount(clause + part) > CLAUSE_WORDS) break;
    clause += part;
  }
  if (clause && clause !== text && wordCount(clause) >= 5) return `${clause.replace(/[,;:\s–—]+$/, '')} …`;
  if (clause === text) return cut ? `${text} …` : text;
  const words = text.split(/\s+/).slice(0, CLAUSE_WORDS);
  while (words.length > 5 && LEANING.test(words[words.length - 1]!.replace(/[,;:]$/, ''))) words.pop();
  return `${words.join(' ').replace(/[,;:]$/, '')} …`;
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
      // What they learned is asked once, all of it together (getting-in.own-learning), never post by post.
      const fit = s.ownPosts.filter((p) => p.topic !== 'learning' && !(s.peer && p.topic === 'hiring')).sort((a, b) => b.weight - a.weight);
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
  {
    id: 'getting-in.own-learning',
    // Which training and certificates help is the getting-in talk (shared/knowledge): asked from what they took themselves.
    category: 'getting-in',
    intent: 'own-learning',
    // Grounded (+5), still below the user's own move asked plainly (8), which stays the must-ask.
    weight: 2,
    fill: (s) => {
      const q = ownLearningQuestion(s.ownPosts);
      const learning = s.ownPosts.filter((p) => p.topic === 'learning');
      return q
        ? [
            {
              text: q,
              reason: 'What they chose to learn, in their own posts: which of it counts in the work is what no certificate says.',
              basis: [...new Set(learning.map((p) => `clip:${p.clipId}`))],
              slot: learning.map((p) => p.url ?? p.sentence.slice(0, 20)).join(' '),
            },
          ]
        : [];
    },
  },
];

/**
 * Their certifications and courses, asked together: "Your posts from 2024 mention a certification
 * and courses (LangGraph, LangChain, DeepLearning.AI). Which of that learning has mattered most in
 * the work you do now, and what did you only learn on the job?" Nothing when the posts name no
 * tool or school (a course with no name says nothing to ask about).
 */
export function ownLearningQuestion(posts: OwnPost[]): string | undefined {
  const learning = posts.filter((p) => p.topic === 'learning');
  const names = learningNames(learning).slice(0, 3);
  if (!names.length) return undefined;
  const what = learningKinds(learning);
  const years = [...new Set(learning.map((p) => p.date?.slice(0, 4)).filter(Boolean))].sort();
  const when = years.length === 1 ? ` from ${years[0]}` : '';
  return `Your posts${when} mention ${what} (${names.join(', ')}). Which of that learning has mattered most in the work you do now, and what did you only learn on the job?`;
}
