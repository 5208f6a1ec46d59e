import type { Clip } from '../schema/dossier';
import { escapeRegExp } from '../text/regexp';
import { foldWords } from '../text/fold';
import { sentences } from '../text/sentences';
import { plain } from './clean';

/**
 * The words of the company's people in a story about something else (a trend piece quoting
 * several firms, saved by the user to one of them): only a whole quoted paragraph closed by its
 * speaker ("“…,” said Houssaini, Chief Cyber Solutions Officer, Cloudflare."), whose role as the
 * story gives it names the company. Anyone else quoted there speaks for their own firm. The quote
 * is its opening sentences, up to forty words: one view a person can repeat.
 */

export interface ParagraphQuote {
  speaker: string;
  role: string;
  quote: string;
}

const MAX_WORDS = 40;
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}`;
/** A paragraph that is one quote and its speaker after it. */
const OPENS_QUOTED = /^\s*(?:&[a-z#0-9]+;)?["“]/i;
const PARAGRAPH = new RegExp(
  String.raw`^["“](.{20,1500}?)[,.]?["”],?\s+(?:said|says|added|adds|explained|explains)\s+(${NAME})(?:,\s*([^.]{3,120}))?\.$`,
  'u',
);

/** A role that places its holder at the company by name: "Chief Cyber Solutions Officer, Cloudflare", "CPO at Acme". */
export function roleNames(role: string, names: readonly string[]): boolean {
  const folded = ` ${foldWords(role)} `;
  return names.some((n) => foldWords(n).length >= 2 && folded.includes(` ${foldWords(n)} `));
}

/** A long quote as its opening sentences, up to forty words. */
export function openingSentences(quote: string): string | undefined {
  let out = '';
  for (const s of sentences(quote)) {
    const next = out ? `${out} ${s}` : s;
    if (next.split(/\s+/).length > MAX_WORDS) break;
    out = next;
  }
  return out || undefined;
}

/** The full name and role the story gave a speaker it later calls by surname: "Ramy Houssaini, Chief Cyber Solutions Officer at Cloudflare, said …". */
function introduced(surname: string, text: string): { name: string; role: string } | undefined {
  const m = new RegExp(
    String.raw`((?:\p{Lu}[\p{L}'’-]+\s+){1,2})${escapeRegExp(surname)},\s+([^,.]{3,120}?),\s+(?:said|says|added|told|explained)\b`,
    'u',
  ).exec(text);
  return m ? { name: `${m[1]!.trim()} ${surname}`, role: m[2]!.trim() } : undefined;
}

/** Quotes by people the story places at the company, one per speaker, in the story's order; `fit` refuses courtesies and slogans. */
export function paragraphQuotes(clip: Clip, names: readonly string[], fit: (quote: string) => boolean): ParagraphQuote[] {
  let text: string | undefined;
  const out: ParagraphQuote[] = [];
  for (const line of (clip.text ?? '').split(/\n+/)) {
    // Only a paragraph that opens on a quote mark can be one (most lines are not: cleaning them all cost a sheet ~15 ms).
    if (!OPENS_QUOTED.test(line)) continue;
    const m = PARAGRAPH.exec(plain(line).trim());
    if (!m) continue;
    text ??= plain(clip.text ?? '');
    let speaker = m[2]!;
    let role = m[3]?.trim();
    const intro = introduced(speaker.split(/\s+/).pop()!, text);
    if (!speaker.includes(' ')) {
      if (!intro) continue;
      speaker = intro.name;
    }
    role ??= intro?.role;
    if (!role || !roleNames(role, names) || out.some((q) => q.speaker === speaker)) continue;
    const quote = openingSentences(m[1]!.trim());
    if (quote && quote.split(/\s+/).length >= 6 && fit(quote)) out.push({ speaker, role, quote });
  }
  return out;
}
