import { QUESTION_CATEGORIES, type QuestionCategory } from '../schema/dossier';
import { BANK, type Template } from './bank';
import type { Filled } from './bank/types';
import { minutesFor, questionCount } from './budget';
import type { Signals } from './signals';
import type { SuggestedQuestion } from './types';

/** What a clipped fact adds to a question's rank over a generic one. */
const GROUNDED_BONUS = 5;
/** At most this many questions of one category on the main list (the company's hooks may take three). */
const CATEGORY_CAP: Record<QuestionCategory, number> = {
  path: 2,
  role: 2,
  company: 3,
  industry: 1,
  'getting-in': 2,
  upsides: 1,
  closing: 1,
};
/** The intents a sheet may ask generically: their story, the user's own goal and move (a peer's search), the names. */
const FRAME = new Set(['their-story', 'goal', 'my-move', 'their-search', 'referral']);
/**
 * Questions asked with care: trouble a story covered (a strike, job cuts, critical reviews) and a
 * deal not yet closed, the person's own exit. They may be asked, only as far as the person wishes, but never as a must-ask:
 * a ★ tells the user to raise it whatever happens, and the person may not want to talk about it.
 */
export const WITH_CARE = new Set(['careful', 'story-care', 'pending-deal', 'after-leaving', 'ruling-care']);
/** What a candid question of the bank asks, as words another question would ask it with. */
const THEME: Record<string, RegExp> = {
  hardest: /\bhardest\b|\bdifficult|\bworn thin\b|\bworst part\b|\bdownsides?\b/i,
  'day-to-day': /\bweek\b|day[- ]to[- ]day|\btypical day\b/i,
  decisions: /\bdecisions?\b|\bdecides?\b/i,
  challenges: /\bwrestling\b|\bchalleng/i,
  success: /\bsuccess\b/i,
  enjoy: /\benjoy\b|\bexcites? you\b|\blove about\b/i,
  tenure: /\bexcites? you\b|\bworn thin\b/i,
  surprise: /\bsurpris/i,
  hindsight: /\bdifferently\b|\bstarting out again\b/i,
  misconception: /\bget wrong\b|\bmisconception/i,
  'field-direction': /\bheading\b|\bnext few years\b|\bfuture of\b/i,
  culture: /\bculture\b/i,
  skills: /\bskills?\b/i,
  tools: /\btools\b/i,
};
/**
 * The candid questions of the bank: what their work is like, from inside, which no page answers and
 * anyone doing the work can (their week, the hardest part, how decisions are made, what surprised
 * them, what they need from the role the user wants). Not advice on the user's move (the frame asks
 * it once), homework ("which publications do you follow") or the closing courtesies.
 */
const CANDID = new Set([
  'day-to-day',
  'success',
  'skills',
  'tools',
  'challenges',
  'decisions',
  'culture',
  'hardest',
  'enjoy',
  'surprise',
  'tenure',
  'hindsight',
  'field-direction',
  'misconception',
  'their-side-of-target',
]);
/** Questions in reserve ("more if there is time"). */
const RESERVE = 12;

interface Candidate extends SuggestedQuestion {
  score: number;
  grounded: boolean;
  /** The clipped fact it is about (Filled.hook): one question per hook on a sheet. */
  hook?: string;
  /** The question to ask in its place when another one on the sheet asks about its hook. */
  instead?: Candidate;
}

/** A question rests on something clipped (an event, their profile, a named colleague), not only on the user's own profile. */
const isGrounded = (basis: string[]) => basis.some((b) => !b.startsWith('self:'));

/** The dossier says who the person is: their title, a job or a headline (a profile, a team page, a story naming their role). */
export const knownPerson = (s: Signals) => !!s.title || !!s.career.current || !!s.headline;

function candidate(t: Template, f: Filled): Candidate {
  const basis = [...new Set(f.basis)];
  const grounded = !f.weak && isGrounded(basis);
  return {
    id: f.slot ? `${t.id}:${hash(f.slot)}` : t.id,
    text: f.text,
    category: t.category,
    reason: f.reason,
    basis,
    intent: f.intent ?? t.intent,
    priority: 0,
    mustAsk: false,
    minutes: 0,
    grounded,
    score: t.weight + (f.bonus ?? 0) + (grounded ? GROUNDED_BONUS : 0),
    hook: f.hook,
    instead: f.instead && candidate(t, f.instead),
  };
}

/** Every question the bank can ask of this dossier that fits this person and this user, best of each intent. */
function candidates(s: Signals, bank: Template[]): Candidate[] {
  const all: Candidate[] = [];
  for (const t of bank) {
    if (t.fits && !t.fits(s)) continue;
    for (const f of t.fill(s)) all.push(candidate(t, f));
  }
  all.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  const seen = new Set<string>();
  return all.filter((c) => !seen.has(c.intent) && seen.add(c.intent));
}

export interface Suggestions {
  /** The questions for the meeting, in the order of the conversation, with minutes and must-asks. */
  questions: SuggestedQuestion[];
  /** The rest of the bank that fits: "more if there is time". */
  reserve: SuggestedQuestion[];
}

/**
 * The questions for one meeting, as a coach picks them: about eight for thirty minutes, each
 * resting on a hook, their path or the user's goal; generic ones only to fill a few places (a thin
 * dossier gets fewer questions, not padding); their story first and the ask for names last; three
 * must-asks (the story, the user's goal, the names). Pure and deterministic.
 */
export function suggestQuestions(s: Signals, durationMinutes = 30, bank: Template[] = BANK): Suggestions {
  const all = candidates(s, bank);
  const target = questionCount(durationMinutes);
  const chosen: Candidate[] = [];
  const count = (c: QuestionCategory) => chosen.filter((x) => x.category === c).length;
  const take = (c: Candidate | undefined) => c && !chosen.includes(c) && chosen.push(c);
  // The frame: their story opens, the names close.
  const opener = all.find((c) => c.category === 'path' && (c.grounded || c.intent === 'their-story'));
  take(opener);
  take(all.find((c) => c.intent === 'referral'));
  // One question per hook, judged by the fact it uses, not its words (issue 11: the e-tron Sportback
  // in the opener and again in its own question). The opener gives way (below), any other comes first.
  const hookAsked = (c: Candidate) => !!c.hook && chosen.some((x) => x !== opener && x.hook === c.hook);
  for (const c of all) {
    if (chosen.length >= target) break;
    if (c.intent === 'careful' || chosen.includes(c) || count(c.category) >= CATEGORY_CAP[c.category] || hookAsked(c)) continue;
    // Generic questions are the frame (their story, the user's own move, the names), never the
    // substance: any other generic one waits in "more if there is time", so a thin dossier gets
    // fewer questions, not padding.
    if (!c.grounded && !FRAME.has(c.intent)) continue;
    // Advice on the user's own move is asked of someone the dossier shows can give it: with nobody
    // known (no profile, no title), they may be a peer a year in, so the generic version waits in
    // reserve and "research first" says to find out who they are (gaps.ts).
    if (!c.grounded && c.intent === 'my-move' && !knownPerson(s)) continue;
    chosen.push(c);
  }
  // Short of the target with grounded questions still waiting behind a full category (a company
  // page and its stories give five good hooks, all "company": blind linear-pm, blind-2 wellwork,
  // sunreflex): they are the substance the sheet lacks, so they pass the cap, up to half the sheet
  // in one category so that it still moves through their story, the work and the names.
  for (const c of all) {
    if (chosen.length >= target) break;
    if (chosen.includes(c) || !c.grounded || WITH_CARE.has(c.intent) || hookAsked(c)) continue;
    if (count(c.category) >= Math.max(CATEGORY_CAP[c.category], Math.floor(target / 2))) continue;
    chosen.push(c);
  }
  // Nothing clipped to talk about and nobody known (every story a setback, no profile): the
  // meeting is about their work, which the dossier cannot answer — one honest question, not padding.
  if (!chosen.some((c) => c.grounded) && !knownPerson(s) && chosen.length < target)
    take(all.find((c) => c.intent === 'day-to-day' && !c.grounded));
  // Someone doing the very work the user wants: what their week holds is the heart of the meeting,
  // even asked plainly, when nothing clipped says it already (nor the user's own goal, a role question too).
  else if (s.sameFamily && knownPerson(s) && !s.peer && chosen.length < target && !chosen.some((c) => c.category === 'role'))
    take(all.find((c) => c.intent === 'day-to-day'));
  // A longer meeting has room the thirty-minute sheet has not: the questions past its count (four
  // for 45 minutes, eight for an hour) are the bank's candid ones, best first, each on a theme no
  // other question asks, within caps that grow with the meeting. An hour with a co-founder got 7
  // questions, 45 minutes 5, when only one per ten minutes was allowed and only to a known senior.
  // A peer can tell their week as well as anyone. Nobody known: the dossier cannot say what their
  // work is, so half that room, and none when nothing clipped grounds a question (a thin dossier
  // gets fewer, honest questions; "research first" says to find out who they are, gaps.ts).
  const extra = Math.max(0, target - questionCount(30));
  let room = knownPerson(s) ? extra : chosen.some((c) => c.grounded) ? Math.floor(extra / 2) : 0;
  const longCap = (c: QuestionCategory) => Math.max(CATEGORY_CAP[c], Math.round((CATEGORY_CAP[c] * durationMinutes) / 30));
  for (const c of all) {
    if (room <= 0 || chosen.length >= target) break;
    if (chosen.includes(c) || c.grounded || !CANDID.has(c.intent) || count(c.category) >= longCap(c.category)) continue;
    // A question already asking its theme ("… and where is it hardest?", "what would you do
    // differently if you started it today?") makes it a repeat (blind-11 blueorchard).
    if (chosen.some((x) => asksTheme(x, c.intent) || asksTheme(c, x.intent))) continue;
    chosen.push(c);
    room--;
  }
  // The opener used a hook another question asks about on its own: it asks what it would without it.
  if (opener?.hook && chosen.includes(opener) && hookAsked(opener))
    chosen.splice(chosen.indexOf(opener), 1, ...(opener.instead ? [opener.instead] : []));
  const order = (c: QuestionCategory) => QUESTION_CATEGORIES.indexOf(c);
  chosen.sort((a, b) => order(a.category) - order(b.category) || b.score - a.score);
  markMustAsks(chosen);
  const minutes = minutesFor(chosen, durationMinutes);
  const questions = chosen.map((c, i) => strip({ ...c, priority: i + 1, minutes: minutes[i]! }));
  const reserve = all
    .filter((c) => !chosen.includes(c))
    .slice(0, RESERVE)
    .map((c, i) => strip({ ...c, priority: chosen.length + i + 1 }));
  return { questions, reserve };
}

/**
 * The one to three must-asks, those that matter most: the question closest to the user's goal (else
 * the best hook), the names (the ask a running-late meeting drops first), their story; never one
 * asked with care. A ★ on every question says nothing: a short sheet keeps at least one unmarked
 * (all three of the EPRS sheet's questions were marked, dossiers-blind-17), so a sheet of two marks
 * one and a sheet of one marks none (its only question is the meeting), and a goal question that
 * only falls back on a generic one is dropped first.
 */
function markMustAsks(chosen: Candidate[]): void {
  const best = (pred: (c: Candidate) => boolean) =>
    [...chosen].filter((c) => !WITH_CARE.has(c.intent) && pred(c)).sort((a, b) => b.score - a.score)[0];
  const goal =
    best((c) => c.category === 'getting-in' || c.intent === 'their-side-of-target') ?? best((c) => c.category === 'company' && c.grounded);
  const names = best((c) => c.intent === 'referral');
  const story = best((c) => c.category === 'path');
  const fallback = goal ? undefined : best((c) => c.category !== 'path' && c.intent !== 'referral' && c !== story);
  const picks = [goal, names, story, fallback].filter((c, i, all): c is Candidate => !!c && all.indexOf(c) === i);
  const most = Math.max(0, Math.min(3, chosen.length - 1));
  for (const c of picks.slice(0, most)) c.mustAsk = true;
}

/** A question asks a candid theme: its own, or in its words. */
const asksTheme = (q: Candidate, intent: string) => q.intent === intent || !!THEME[intent]?.test(q.text);

function strip({ score: _score, grounded: _grounded, hook: _hook, instead: _instead, ...q }: Candidate): SuggestedQuestion {
  return q;
}

function hash(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = ((h << 5) + h + text.charCodeAt(i)) >>> 0;
  return h.toString(36);
}
