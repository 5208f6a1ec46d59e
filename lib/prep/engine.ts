import { factLabel } from '../schema/company-facts';
import { STOP_WORDS } from '../text/stop-words';
import { QUESTION_CATEGORIES, type QuestionCategory } from '../schema/dossier';
import { BANK, type Template } from './bank';
import { signals, type Signals } from './signals';
import type { KnownFact, PrepInput, SuggestedQuestion } from './types';

const MAX_PER_CATEGORY = 4;
const MIN_PER_CATEGORY = 2;
const GROUNDED_BONUS = 5;
/** Two questions whose content words overlap this much (Jaccard) say the same thing. */
export const NEAR_DUPLICATE = 0.5;

interface Candidate extends SuggestedQuestion {
  score: number;
}

/**
 * The suggested questions for one meeting, and the facts that made basic questions unnecessary.
 * Pure and deterministic: candidates from the bank, basic questions dropped when the dossier
 * answers them, near-duplicates removed, grounded questions preferred, at most four a category,
 * ranked; the top three are must-ask, with "who else should I talk to" always among them.
 */
export function suggestQuestions(input: PrepInput, bank: Template[] = BANK): { questions: SuggestedQuestion[]; known: KnownFact[] } {
  const s: Signals = { ...signals(input), people: [] };
  const known: KnownFact[] = [];
  const candidates: Candidate[] = [];
  for (const t of bank) {
    if (t.answeredBy) {
      const fact = s.fact(t.answeredBy);
      if (fact) {
        known.push({ label: factLabel(t.answeredBy), value: fact.value, basis: fact.basis });
        continue;
      }
    }
    for (const f of t.fill(s)) {
      candidates.push({
        id: f.slot ? `${t.id}:${hash(f.slot)}` : t.id,
        text: f.text,
        category: t.category,
        reason: f.reason,
        basis: [...new Set(f.basis)],
        priority: 0,
        mustAsk: false,
        score: t.weight + (f.bonus ?? 0) + (f.basis.length ? GROUNDED_BONUS : 0),
      });
    }
  }
  const distinct = dropNearDuplicates(candidates.sort(byScore));
  const chosen: Candidate[] = [];
  for (const category of QUESTION_CATEGORIES) {
    const inCat = distinct.filter((c) => c.category === category);
    const grounded = inCat.filter((c) => c.basis.length).slice(0, MAX_PER_CATEGORY);
    const generic = inCat.filter((c) => !c.basis.length).slice(0, Math.max(0, MIN_PER_CATEGORY - grounded.length));
    chosen.push(...grounded, ...generic);
  }
  chosen.sort(byScore).forEach((c, i) => (c.priority = i + 1));
  // Must-ask: "who else should I talk to" (the networking payoff), then the best question of
  // each other category until there are three, so the must-asks are not three news items.
  const referral = chosen.find((c) => c.id === 'closing.who-else');
  const mustAsk: Candidate[] = referral ? [referral] : [];
  for (const c of [...chosen].sort((a, b) => a.priority - b.priority)) {
    if (mustAsk.length >= 3) break;
    if (!mustAsk.some((m) => m.category === c.category)) mustAsk.push(c);
  }
  for (const c of mustAsk) c.mustAsk = true;
  const order = (c: QuestionCategory) => QUESTION_CATEGORIES.indexOf(c);
  const questions = chosen
    .sort((a, b) => order(a.category) - order(b.category) || a.priority - b.priority)
    .map(({ score: _score, ...q }) => q);
  return { questions, known };
}

function byScore(a: Candidate, b: Candidate): number {
  return b.score - a.score || a.id.localeCompare(b.id);
}

export function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s]/gu, ' ')
      .split(/\s+/)
      .filter((w) => w.length > 2 && !STOP_WORDS.has(w))
      .map((w) => w.replace(/(ing|ed|es|s)$/, '')),
  );
}

export function similarity(a: string, b: string): number {
  const x = contentWords(a);
  const y = contentWords(b);
  if (!x.size || !y.size) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared);
}

/** Keeps the best of any group of questions that say the same thing (input sorted best first). */
function dropNearDuplicates(sorted: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of sorted) if (!kept.some((k) => similarity(k.text, c.text) >= NEAR_DUPLICATE)) kept.push(c);
  return kept;
}

function hash(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = ((h << 5) + h + text.charCodeAt(i)) >>> 0;
  return h.toString(36);
}
