import { fold } from '../text/fold';
import { escapeRegExp } from '../text/regexp';
import { STOP_WORDS } from '../text/stop-words';

// How the prep rubric reads a question's words: its content words, and what it copies from the
// page it rests on (a run of words pasted, a sentence pasted from its capital, a results boast,
// the figures it repeats).

const STOP = new Set([
  ...STOP_WORDS,
  ...'me been onto upon since after before under up down first new now still each every another own same few many much while during between through'.split(
    ' ',
  ),
]);

export function words(text: string): string[] {
  return fold(text)
    .replace(/[^\p{L}\p{N}$€£%]+/gu, ' ')
    .split(/\s+/)
    .filter((w) => (w.length > 2 || /\d/.test(w)) && !STOP.has(w));
}

/** Words in a row a question may share with its source outside quotation marks before it reads as pasted. */
export const PASTED_RUN = 12;

const tokens = (t: string) =>
  fold(t)
    .replace(/[^\p{L}\p{N}$€£%]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);

/** The first run of PASTED_RUN words of the question, outside its quotation marks, found word for word in a source. */
export function pastedRun(question: string, sources: string[]): string | undefined {
  const own = tokens(question.replace(/[“"][^”"]*[”"]/g, ' zzquotedzz '));
  const pool = sources.map((src) => ` ${tokens(src).join(' ')} `);
  for (let i = 0; i + PASTED_RUN <= own.length; i++) {
    const run = own.slice(i, i + PASTED_RUN).join(' ');
    if (!run.includes('zzquotedzz') && pool.some((p) => p.includes(` ${run} `))) return run;
  }
  return undefined;
}

/** Who the question has speak: the words before "said", "told" or "says" at its start ("Larry Page, Google CEO and co-founder,"). */
export function speakerOf(question: string): string | undefined {
  const m = /^([^“"?.]{3,120}?)\s+(?:said|says|told|explained|wrote)\b/.exec(question);
  return m && !/^(?:I|You|We)\b/.test(m[1]!) ? m[1] : undefined;
}

/** Words in a row, from a capital inside the question, that mark a source's sentence pasted in. */
export const SENTENCE_RUN = 6;

/**
 * A story's sentence pasted in from its first word: "I read that Total revenue grew 19 percent …"
 * keeps the capital the sentence had at its start, mid-question. A capitalised word that the source
 * also writes in lower case (so no name), opening SENTENCE_RUN words found in a row in the source.
 */
export function sentencePasted(question: string, sources: string[]): string | undefined {
  const outside = question.replace(/[“"][^”"]*[”"]/g, ' … ');
  const raw = outside.split(/\s+/).filter(Boolean);
  const pool = sources.map((src) => ` ${tokens(src).join(' ')} `);
  for (let i = 1; i < raw.length; i++) {
    const word = raw[i]!.replace(/^[^\p{L}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || /[.!?:;]$/.test(raw[i - 1]!)) continue;
    // A name keeps its capital everywhere; a common word has it only where a sentence starts.
    if (!commonWord(word, sources)) continue;
    const run = tokens(raw.slice(i).join(' ')).slice(0, SENTENCE_RUN);
    if (run.length < SENTENCE_RUN || run.includes('…')) continue;
    const joined = run.join(' ');
    if (pool.some((p) => p.includes(` ${joined} `))) return joined;
  }
  return undefined;
}

/** A capitalised word the sources write small somewhere, and with a capital only where a sentence starts: no name. */
function commonWord(word: string, sources: string[]): boolean {
  const re = new RegExp(`(^|[^\\p{L}])(${escapeRegExp(word)})(?![\\p{L}])`, 'giu');
  let seen = false;
  for (const src of sources)
    for (const m of src.matchAll(re)) {
      // Written small somewhere: a word, not a name ("Patrick" heading a team page's card never is).
      if (/^\p{Ll}/u.test(m[2]!)) seen = true;
      const before = src.slice(0, m.index + m[1]!.length).trimEnd();
      if (/^\p{Lu}/u.test(m[2]!) && before && !/[.!?:”"]$/.test(before)) return false;
    }
  return seen;
}

/** Work that answers to the company's results: its figures are the substance of it. */
const MONEY_WORK =
  /\b(financ\w*|account\w*|investor|analyst|controller|treasur\w*|CFO|CEO|chief|sales|account executive|business development|strateg\w*|consult\w*|banking|invest\w*)\b/i;

/** A quotation about results: revenue, profit, earnings, a quarter, shares. */
const RESULTS_QUOTE = /\b(revenues?|profits?|earnings|quarter|margins?|shares?|stock|turnover)\b/i;

/** The quoted results, when the question quotes them to someone whose target work answers to none. */
export function resultsBoast(question: string, targetRole: string | undefined): string | undefined {
  if (targetRole && MONEY_WORK.test(targetRole)) return undefined;
  const quoted = /[“"]([^”"]+)[”"]/.exec(question)?.[1];
  return quoted && RESULTS_QUOTE.test(quoted) ? quoted : undefined;
}

/** The figures a question names ("$14.11 billion" → "14", "19 percent" → "19"): two questions on one figure rest on one fact. */
export function figuresOf(text: string): string[] {
  const out = new Set<string>();
  const re = /([$€£]\s?)?(\d[\d,]*)(?:\.\d+)?\s*(%|percent|per cent|billion|million|bn\b|m\b)?/gi;
  for (const m of text.matchAll(re)) if (m[1] || m[3]) out.add(m[2]!.replace(/,/g, ''));
  return [...out];
}

/**
 * What a question asks: its sentences that end in a question mark, with what it quotes taken out
 * ("I read your post “…” (July 2025). What prompted it, and has anything changed since?" asks
 * "What prompted it, and has anything changed since?"). A quotation ends the sentence before it.
 */
export function askOf(question: string): string {
  const outside = question.replace(/[“"][^”"]*[”"]/g, ' … ');
  return outside
    .split(/(?<=[.?!:…])\s+(?=\p{Lu})/u)
    .filter((s) => s.trim().endsWith('?'))
    .join(' ');
}

/** Words in a quotation that make it a page's title or sentence rather than a phrase ("pulled into the enterprise"). */
export const COPIED_SPAN = 6;
/** Words in a row, outside quotation marks, found word for word in a source: a headline retold without its quotes. */
export const COPIED_RUN = 9;

/**
 * A long span the question copies from its sources: a quotation of COPIED_SPAN words or more, or
 * COPIED_RUN words in a row found word for word in a source.
 */
export function copiedSpan(question: string, sources: string[]): string | undefined {
  for (const m of question.matchAll(/[“"]([^”"]+)[”"]/g)) if (tokens(m[1]!).length >= COPIED_SPAN) return m[1]!.trim();
  const own = tokens(question);
  const pool = sources.map((src) => ` ${tokens(src).join(' ')} `);
  for (let i = 0; i + COPIED_RUN <= own.length; i++) {
    const run = own.slice(i, i + COPIED_RUN);
    // A run of small words ("what did you do in the") is no span of the page.
    if (run.filter((w) => w.length > 3).length < 4) continue;
    const joined = run.join(' ');
    if (pool.some((p) => p.includes(` ${joined} `))) return joined;
  }
  return undefined;
}
