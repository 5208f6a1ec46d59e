/**
 * A quote as a person repeats it in a question: whole when it is short; else the part that says
 * something, quoted exactly and introduced in reported speech ("that Strava is “leveraging newer
 * technologies …”", "that “empathetic listening” is the biggest lesson you’ve learned"); else not
 * at all. Never a quote cut with an ellipsis, never a long one pasted in (issue 11: a reader
 * marked both as awkward).
 */
import { wordCount } from '../text/word-count';

/** At most this many words are repeated between quotation marks. */
export const MAX_QUOTED = 20;
/** Beyond this many words, a question on a quote drops where and when it was said (the reason keeps them): read aloud, 40 words is a speech. */
export const MAX_QUESTION_WORDS = 35;

export interface SaidWords {
  /** The words repeated exactly, between quotation marks. */
  quoted: string;
  /**
   * The reported speech before the quoted words ("Strava is", "you are"); absent when the quote is
   * said whole. With `after`, the quoted words are the subject: “empathetic listening” is …
   */
  before?: string;
  /** The reported speech after the quoted words ("is the biggest lesson you’ve learned"). */
  after?: string;
}

const count = wordCount;
/** A hedge that opens an answer and says nothing ("I think", "Honestly,"). */
const HEDGE = /^(?:(?:i think|i believe|i'd say|i would say|honestly|frankly|well|now|so)(?:\s+that)?[,\s]+)+/i;

/** The speaker's "I/my" as the person met hears it back: "you/your". */
function toSecondPerson(t: string): string {
  return t
    .replace(/\bI['’]ve\b/g, 'you’ve')
    .replace(/\bI['’]m\b/g, 'you’re')
    .replace(/\bI am\b/g, 'you are')
    .replace(/\bI have\b/g, 'you have')
    .replace(/\bI\b/g, 'you')
    .replace(/\bmy\b/gi, 'your')
    .replace(/\bme\b/gi, 'you');
}

/** "we are leveraging …" said by someone for Strava: Strava is “leveraging …”. */
const WE = /^we(?:\s+are|['’]re|\s+have|['’]ve|\s+will|['’]ll)\s+/i;
const WE_VERB = (lead: string) => (/have|['’]ve/i.test(lead) ? 'has' : /will|['’]ll/i.test(lead) ? 'will' : 'is');

/** "X is the biggest lesson I’ve learned": X, cut to its head ("empathetic listening"), and what is said of it. */
const IS_THE =
  /^(?:the importance of\s+)?(.+?)\s+(?:is|was)\s+(the\s+(?:biggest|most important|best|hardest|key|main|single most important)\s+[^,;]{3,50}?)[.!]?$/i;

/**
 * How to repeat a quote in a question, or undefined when it cannot be said shortly and exactly.
 * `speaksFor` is who "we" is (the company); `own` is true when the person met said it ("I" becomes "you").
 */
export function saidWords(quote: string, speaksFor: string | undefined, own: boolean): SaidWords | undefined {
  const q = quote
    .trim()
    .replace(/[,;:]$/, '')
    .replace(/\s+([.!?])$/, '$1');
  if (count(q) <= MAX_QUOTED) return { quoted: q };
  // The clauses of a long quote, the last first: a statement usually ends on what it is about.
  const clauses = q
    .split(/(?<=[.!?])\s+(?=\p{Lu})|,\s+(?:and|but)\s+|;\s+/u)
    .map((c) => c.replace(HEDGE, '').trim())
    .filter(Boolean)
    .reverse();
  for (const c of clauses) {
    const clause = c.replace(/[.!?]$/, '');
    const we = WE.exec(clause);
    if (we && speaksFor) {
      // Up to where a relative clause starts explaining it: "moving … offering called INWEGO" (which offers …).
      const rest = clause.slice(we[0].length);
      const main = rest.split(/\s+(?:which|that|who|where|so that|because)\s+/)[0]!;
      for (const r of [rest, main]) {
        if (count(r) < 4 || count(r) > 16) continue;
        const before = `${speaksFor} ${WE_VERB(we[0])}`;
        // "… with our direct to consumer offering called INWEGO": said of the company, "our" is "its",
        // outside the quotation marks, so the quoted words stay exact.
        const ours = /\s+(with|for|through|via|in|on|to|into)\s+our\s+/i.exec(r);
        if (ours && count(r.slice(0, ours.index)) >= 4)
          return {
            before,
            quoted: r.slice(0, ours.index),
            after: `${ours[1]!.toLowerCase()} its ${r.slice(ours.index + ours[0].length).replace(/,$/, '')}`,
          };
        return { before, quoted: r.replace(/,$/, '') };
      }
    }
    const is = IS_THE.exec(clause);
    if (is && own) {
      // The subject up to where it starts explaining itself: "empathetic listening to truly understand …" → "empathetic listening".
      const head = is[1]!.split(/\s+(?:to|that|where|which|who|for|in|when)\s+/i)[0]!.trim();
      if (count(head) >= 1 && count(head) <= 5) return { quoted: head, after: `is ${toSecondPerson(is[2]!)}` };
    }
  }
  // A whole sentence of it, the first that is short enough to repeat: it runs from the start of the
  // quote or a full stop to a full stop or the end of the quote, so nothing is cut.
  const sentence = q
    .split(/(?<=[.!?])\s+(?=\p{Lu})/u)
    .map((x) => x.trim())
    .find((x) => count(x) >= 6 && count(x) <= MAX_QUOTED);
  return sentence ? { quoted: sentence } : undefined;
}

/** The words as a sentence says them: “whole.”, Strava is “leveraging …”, “empathetic listening” is the biggest lesson. */
export function saidText(w: SaidWords): string {
  if (w.before && w.after) return `${w.before} “${w.quoted.replace(/[.!?]$/, '')}” ${w.after}`;
  if (w.after) return `“${w.quoted}” ${w.after}`;
  if (w.before) return `${w.before} “${w.quoted.replace(/[.!?]$/, '')}”`;
  return `“${w.quoted}”`;
}
