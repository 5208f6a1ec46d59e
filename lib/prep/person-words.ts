import { escapeRegExp } from '../text/regexp';
import { personNameKey } from '../db/names';
import type { Clip, Person } from '../schema/dossier';
import { plain } from './clean';
import type { Quote } from './quote';

// The person met, quoted by their surname in a story about their work: "“The first person who
// should be tested is the person who has actually had breast cancer,” says Dr. Bryant" (blind-12
// palos-bryant-student: a hospital's post on a newspaper's community site, whose title names the
// group, not the hospital, so the company's quotes never read it). Their own words are the most
// personal hook a dossier holds. Called by quotesIn (quotes.ts) when the company's quotes hold none of theirs.

const SAY = String.raw`(?:says|said|explains|explained|adds|added|notes|noted|recalls|recalled|points out|pointed out|writes|wrote)`;
/** The verb of the attribution is one of writing. */
const WRITES = /\b(?:writes|wrote|posted|published|written)\b/;
/** How a story names them a second time: "Dr. Bryant", "Bryant", "Kanesha Bryant, M.D.". */
const HONORIFIC = String.raw`(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?`;
const QUOTED = /[“"]([^“”"]{8,400})[”"]/gu;
/** A quote that opens on a pronoun points back at a sentence it does not carry ("This will help…"). */
const POINTS_BACK = /^(?:this|that|these|those|it|they|he|she)\b/i;
/** The quote was issued, not said in an interview: "said in a statement on Oct. 12", "in a press release". */
const STATEMENT = /\b(?:said|says)\s+in\s+(?:a|an|the|its)\s+(?:statement|press release|release|announcement)\b/i;
const COURTESY = /\b(delighted|thrilled|excited|pleased|proud|honou?red|thank\w*|congratulat\w*|welcome)\b/i;

/** The sentence a quote stands in, from its start to the quote (at most 300 characters back; a line break ends a sentence too). */
function sentenceUpTo(text: string, at: number): string {
  const back = text.slice(Math.max(0, at - 300), at);
  const ends = [...back.matchAll(/[.!?]["”’)]?\s+(?=[\p{Lu}“"])|\n/gu)];
  const last = ends[ends.length - 1];
  return last ? back.slice(last.index! + last[0].length) : at <= 300 ? back : '';
}

/** The story's byline names them: what it quotes of theirs, they wrote. */
export const authoredBy = (clip: Clip, name: string): boolean =>
  (clip.extraction.article?.authors ?? []).some((a) => personNameKey(plain(a)) === personNameKey(name));

/** Words worth repeating to them: a full sentence of their own (a capital first), a view and not a courtesy, short enough to say. */
const sayable = (q: string) => {
  const n = q.split(/\s+/).length;
  return n >= 6 && n <= 30 && /^\p{Lu}/u.test(q) && !POINTS_BACK.test(q) && !COURTESY.test(q) && !q.includes('?');
};

/**
 * The first sayable quote of the person met in each clipped story that names them in full, found by
 * the verb and the name beside its quotation marks; at most one per clip. Marked an answer: a story
 * that quotes them at length on their work is an interview, and a view asks where they learned it.
 */
export function personQuotes(clips: Clip[], person: Pick<Person, 'name'> | undefined): Quote[] {
  const name = person && plain(person.name).trim();
  const parts = name?.split(/\s+/) ?? [];
  if (!name || parts.length < 2) return [];
  const surname = escapeRegExp(parts[parts.length - 1]!);
  const called = String.raw`${HONORIFIC}(?:${escapeRegExp(parts[0]!)}\s+)?${surname}(?![\p{L}-])`;
  // Their role may carry commas of its own: "Nathaniel Pieper, senior vice president of fleet,
  // finances and alliances at Alaska, said in a statement" (blind-19 alaska-pieper-student), and
  // stops that end no sentence ("chief executive of Acme Inc.,", "head of U.S. sales at Acme,").
  const after = new RegExp(
    String.raw`^\s*,?\s*(?:${SAY}\s+${called}|${called}(?:,\s*(?:[^“”".;]|\.(?!\s+\p{Lu}\p{Ll})){2,90}?,)?\s+${SAY})`,
    'u',
  );
  const before = new RegExp(String.raw`${called}\s+${SAY}\s*[:,]?\s*$`, 'u');
  // A blog's second mention may be the given name alone ("Update: Gavin has posted a response
  // highlighting two reasons … (1) … (2) “…”"): the sentence opens on them (after a label such as
  // "Update:") and a verb of writing back, and the quote stands anywhere in it (blind-20
  // ceylon-gavinking-peer).
  const given = escapeRegExp(parts[0]!);
  const wrote = new RegExp(
    String.raw`^(?:\p{L}[\p{L}\p{N} ]{0,15}:\s+)?(?:${called}|${given})(?![\p{L}-])\s+(?:has\s+|had\s+)?(?:posted|published|written|wrote|writes|responded|replied|answered)\b`,
    'u',
  );
  const out: Quote[] = [];
  for (const clip of clips) {
    if (clip.kind !== 'article') continue;
    const text = plain(clip.text ?? '');
    if (!text.includes(name)) continue;
    for (const m of text.matchAll(QUOTED)) {
      const quote = m[1]!.trim().replace(/[,]$/, '');
      const rest = text.slice(m.index! + m[0].length, m.index! + m[0].length + 160);
      const lead = text.slice(Math.max(0, m.index! - 80), m.index!);
      const attributed = after.exec(rest)?.[0] ?? before.exec(lead)?.[0];
      const post = !attributed && wrote.test(sentenceUpTo(text, m.index!));
      if (!(attributed || post) || !sayable(quote)) continue;
      out.push({
        speaker: name,
        quote,
        byPerson: true,
        // A post of theirs, a verb of writing, or their own byline on the story: words they wrote.
        written: post || WRITES.test(attributed ?? '') || authoredBy(clip, name),
        // Words given out "in a statement" are on the record for the company, not a view they were asked for.
        answer: !STATEMENT.test(rest.slice(0, 140)),
        clipId: clip.id,
        url: clip.url,
        source: clip.siteName ?? 'a story you clipped',
        date: clip.publishedAt ?? clip.extraction.article?.publishedAt,
        headline: false,
      });
      break;
    }
  }
  return out;
}
