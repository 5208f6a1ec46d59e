import { escapeRegExp } from '../../text/regexp';
import { STOP_WORDS } from '../../text/stop-words';
import { isPublicBody } from './gazetteer';
import { initialsOf } from './subject-candidates';
import { INSTITUTION_WORD, isInstitution } from './subject-cues';
import { indexOfName } from './subject-merge';

/*
 * The subject finder settles on the name a story uses most, and that may be a short or an
 * inflected form of the one the story writes in full: "IRCC" after "Immigration, Refugees and
 * Citizenship Canada (IRCC)", "das Deutsche Rote Kreuz" beside the byline's "Deutsches Rotes
 * Kreuz", "Wikimedia" beside "the Wikimedia Foundation". lib/extract/article/subject-full-name.ts
 * weighs the longer names the finder gathered; these are the plain cases where the text spells the
 * full name out, read from the text itself (issue 10 §2.2). A name that is right stays as it is:
 * "Emirates Airline" adds a company word, no institution's name, and nothing here adds it.
 */

/**
 * The full name the story writes for the subject it settled on, or undefined when it writes none.
 * `spellings` are the names the page gives itself (byline, site names): the nominative of an
 * inflected name may stand only there.
 */
export function writtenFullName(
  subject: string,
  paragraphs: readonly string[],
  title: string,
  spellings: readonly string[] = [],
): string | undefined {
  const texts = [title, ...paragraphs];
  // ("Deutsche Rote Kreuz (DRK)": an acronym's name may be inflected in turn.)
  // ("U.S. Federal Communications Commission chairman …" of an "FCC": the lead spells out an
  // acronym without brackets, as a reader is told once what it stands for.)
  const spelled = definedAcronym(subject, texts) ?? spelledInLead(subject, [title, ...paragraphs.slice(0, 3)]) ?? subject;
  const full = nominative(spelled, [...spellings, ...texts]) ?? (spelled === subject ? longerInstitution(subject, texts) : spelled);
  return full && full !== subject ? full : undefined;
}

/** Small words a name may hold between its capitalised ones: "Centre Hospitalier de la Côte Basque", "Refugees and Citizenship". */
const CONNECTOR = /^(?:and|of|for|on|de|du|des|la|le|et|und|für|di|del|van|von|y)$/;
const NAME_WORD = /^\p{Lu}[\p{L}\p{N}'’&-]*$/u;
/** A capitalised word that opens a sentence or a phrase ("The", "Le", "Der", "In"): never a name's first word. */
const opens = (w: string) => NAME_WORD.test(w) && !STOP_WORDS.has(w.toLowerCase());

/**
 * "Immigration, Refugees and Citizenship Canada (IRCC)": the words before the acronym in brackets
 * whose initials spell it, the small words between them included, as the story writes them.
 */
function definedAcronym(acronym: string, texts: readonly string[]): string | undefined {
  if (!/^\p{Lu}[\p{Lu}&]{1,7}$/u.test(acronym)) return undefined;
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  for (const text of texts) {
    for (let at = text.indexOf(`(${acronym})`); at >= 0; at = text.indexOf(`(${acronym})`, at + 1)) {
      const words = text
        .slice(Math.max(0, at - 200), at)
        .trimEnd()
        .split(/\s+/);
      const run: string[] = [];
      for (let i = words.length - 1; i >= 0 && run.length < 10; i--) {
        const word = words[i]!;
        const bare = word.replace(/,$/, '');
        // A comma may part the name's words ("Immigration, Refugees"), never end the name.
        if ((!run.length && bare !== word) || !(NAME_WORD.test(bare) || CONNECTOR.test(bare))) break;
        run.unshift(word);
        if (!opens(bare)) continue;
        const name = run.join(' ');
        if (initialsOf(name) === letters) return name;
      }
    }
  }
  return undefined;
}

/** Capitalised words and the small words between them, anywhere in a text. */
const NAME_RUN = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’&-]*(?:\s+(?:(?:and|of|for|on|de|du|des|der|für|et|und)\s+)?\p{Lu}[\p{L}'’&-]*)+/gu;

/**
 * "The International Monetary Fund is …" of an "IMF": the words of the headline or the lead whose
 * capitals spell the acronym, its first word a name's (no "The").
 */
function spelledInLead(acronym: string, texts: readonly string[]): string | undefined {
  if (!/^\p{Lu}{3,6}$/u.test(acronym)) return undefined;
  // (A firm's acronym is the name it trades under: "UPS", not "United Parcel Service". A public
  // body's or an institution's is its short form: "San Diego State University" of "SDSU".)
  const body = (name: string) => isPublicBody(acronym) || isPublicBody(name) || isInstitution(name);
  for (const text of texts)
    for (const m of text.matchAll(NAME_RUN)) {
      const words = m[0].split(/\s+/);
      for (let from = 0; from < words.length; from++) {
        if (!opens(words[from]!)) continue;
        for (let to = from + 2; to <= words.length; to++) {
          const name = words.slice(from, to).join(' ');
          if (/^\p{Lu}/u.test(words[to - 1]!) && initialsOf(name) === acronym) return body(name) ? name : undefined;
        }
      }
    }
  return undefined;
}

/**
 * "das Deutsche Rote Kreuz", "dem Deutschen Roten Kreuz" of a story whose page also writes
 * "Deutsches Rotes Kreuz": German inflects the adjectives of a name after an article, and the
 * name is its nominative without one, each adjective with the same strong ending (-es, or -er
 * where no preposition before it makes the ending a dative's: "mit Deutscher Bahn").
 */
function nominative(subject: string, texts: readonly string[]): string | undefined {
  const words = subject.split(/\s+/);
  if (words.length < 2) return undefined;
  // Adjectives and then the noun, nothing between: "Zentralkomitee der deutschen Katholiken" is a
  // noun whose "-s" is a genitive's.
  const adjective = (w: string) => /^\p{Lu}\p{Ll}+[^e]en?$/u.test(w);
  if (!words.slice(0, -1).every(adjective)) return undefined;
  const source = words.map((w, i) => (i < words.length - 1 ? `${escapeRegExp(w.replace(/n$/, ''))}([sr])` : escapeRegExp(w))).join('\\s+');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, 'gu');
  for (const text of texts)
    for (const m of text.matchAll(pattern)) {
      const strong = m.slice(1);
      if (new Set(strong).size > 1) continue;
      if (strong[0] === 'r' && DATIVE_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
      return m[0].replace(/\s+/g, ' ');
    }
  return undefined;
}
const DATIVE_BEFORE = /(?:^|\s)(?:mit|von|bei|zu|aus|nach|seit|in|an|auf|vor|unter|gegenüber|trotz|wegen)\s+$/i;

/**
 * "Wikimedia" of a story that writes "the Wikimedia Foundation" twice, "Côte Basque" of one about
 * "le Centre Hospitalier de la Côte Basque": a longer name around the subject's that says it is
 * an institution and that the story writes at least twice is the full name (the longest such).
 * Only capitalised words and the small words between them extend it: no sentence's word, no
 * article ("Le", "The") and nothing past a comma or a full stop; before it, only words that hold
 * the institution's word.
 */
function longerInstitution(subject: string, texts: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (let from = 0; ;) {
      const found = indexOfName(text.slice(from), subject);
      if (found < 0) break;
      const at = from + found;
      from = at + subject.length;
      const before = wordsBefore(text.slice(Math.max(0, at - 120), at));
      const after = wordsAfter(text.slice(from, from + 80));
      const seen = new Set<string>();
      for (let i = 0; i <= before.length; i++)
        for (let j = 0; j <= after.length; j++) {
          const head = before.slice(before.length - i);
          const tail = after.slice(0, j);
          if (!i && !j) continue;
          if ((head[0] && !opens(head[0])) || (tail.length && !NAME_WORD.test(tail[tail.length - 1]!))) continue;
          // Words before the name are the institution's own ("Centre Hospitalier de la"), not a
          // sentence's first word ("Today Rotary Club elected …").
          if (head.length && !INSTITUTION_WORD.test(head.join(' '))) continue;
          const name = [...head, subject, ...tail].join(' ');
          if (!seen.has(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
          seen.add(name);
        }
    }
  }
  return [...counts.entries()]
    .filter(([name, n]) => n >= 2 && isInstitution(name))
    .sort((a, b) => b[0].split(' ').length - a[0].split(' ').length || b[1] - a[1])[0]?.[0];
}

/** Up to four name words or small words just before a name, in order ("Centre Hospitalier de la"). */
function wordsBefore(text: string): string[] {
  const words: string[] = [];
  let rest = text;
  for (let m = /(\S+) $/u.exec(rest); m && words.length < 4; m = /(\S+) $/u.exec(rest)) {
    if (!NAME_WORD.test(m[1]!) && !CONNECTOR.test(m[1]!)) break;
    words.unshift(m[1]!);
    rest = rest.slice(0, m.index);
  }
  return words;
}

/** Up to three name words or small words just after a name, up to a comma or a full stop ("Foundation", "Liechtenstein-Eschnerberg"). */
function wordsAfter(text: string): string[] {
  const words: string[] = [];
  for (const m of text.matchAll(/ (\S+)/gy)) {
    const word = m[1]!.replace(/[,.;:!?)]+$/, '');
    if (!word || (!NAME_WORD.test(word) && !CONNECTOR.test(word)) || words.length >= 3) break;
    words.push(word);
    if (word !== m[1]) break;
  }
  return words;
}
