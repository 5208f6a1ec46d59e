import { type Candidate, contains } from './subject-merge';
import { ORG_WORD } from './subject-cues';
import { PRODUCT_WORD } from './product-word';
import { initialsFit } from './subject-evidence';

/*
 * A story names its company in full once ("Sony Computer Entertainment has announced …", "the
 * Charlotte Bobcats", "The Susan G. Komen foundation") and then by a short form ("Sony",
 * "Bobcats", "Komen"). The short form is what the subject finder counts; the company is the full
 * name. But a longer name that holds the short one is as often a product ("Palm Phone", "Apple
 * Pencil") or a person ("Larry Page"), so the full name is taken only when several independent
 * cues agree that it names the same company, and the short form is kept otherwise.
 */

export interface FullNameContext {
  title: string;
  /** Words the story writes in lower case: a short form that is also a common word ("stade") is no name of its own. */
  lowerWords: ReadonlySet<string>;
  /** Names an editor or the JSON-LD tagged the story with, lower-cased. */
  tagged: ReadonlySet<string>;
  /** The publication's own names: never the answer. */
  isExcluded: (name: string) => boolean;
}

/** A fuller name and how strongly the story says it is the same company. */
interface Reading {
  cand: Candidate;
  identity: number;
  position: number;
}

/**
 * The company's full name for a short form the story settled on, or undefined when no longer
 * name is clearly the same company. `candidates` holds every name the story uses, merged or not.
 */
export function fullNameOf(short: Candidate, candidates: ReadonlyMap<string, Candidate>, ctx: FullNameContext): string | undefined {
  const shortWords = short.name.split(/\s+/);
  const readings: Reading[] = [];
  for (const cand of candidates.values()) {
    if (cand === short) continue;
    const words = cand.name.split(/\s+/);
    const added = extraWords(words, shortWords);
    if (!added) continue;
    const { words: extra, before } = added;
    // A person ("Larry Page"), the publication, or a product or a model ("Palm Phone", "GT6",
    // "Galaxy S4"): never the company's full name.
    // ("The Halden Otters said": a name that takes an article is no person's, whatever it says.)
    // (One stray cue for a person among many uses is noise: "Fox News" 30 times, once after "said".)
    if ((cand.person > (cand.the ?? 0) && cand.person * 4 > cand.mentions) || ctx.isExcluded(cand.name)) continue;
    if (extra.some((w) => /\d/.test(w) || PRODUCT_WORD.test(w) || !/^\p{Lu}/u.test(w))) continue;
    // "Google Stadia", then "Stadia" on its own: the added words are a product's own name.
    const own = candidates.get(extra.join(' ').toLowerCase());
    if (!before && own && own.alone >= 2 && writtenBare(own, extra.join(' '))) continue;
    // "Walt Disney", "Charles Schwab": a company named after a person is called by the surname,
    // as the story calls it; the given name before it is the founder's, not the company's.
    // ("Charlotte Bobcats": a place the story names on its own is no given name.)
    const placeBefore = (candidates.get(extra[0]!.toLowerCase())?.place ?? 0) > 0;
    // ("The Susan G. Komen foundation": after an article and before a word for an organisation,
    // the person's name is the organisation's own.)
    const organisation = (cand.the ?? 0) > 0 && (cand.used ?? 0) > 0;
    if (before && shortWords.length === 1 && !placeBefore && !organisation && /^\p{Lu}\p{Ll}+(?: \p{Lu}\.)?$/u.test(extra.join(' ')))
      continue;
    // "Emirates Airline" of "Emirates": a company word alone adds nothing a reader would call its name.
    if (!before && extra.every((w) => ORG_WORD.test(' ' + w))) continue;
    // Another company the story names on its own ("Nissan" beside "Sony"): two names side by side.
    if (
      extra.some((w) => {
        const other = candidates.get(w.toLowerCase());
        return !!other && other !== short && other.company > 0 && other.alone >= 2 && writtenBare(other, w);
      })
    )
      continue;
    let identity = 0;
    // Written as a company's: a company word at its end, a legal form, a company cue of its own.
    if (ORG_WORD.test(cand.name) || [...(cand.written?.keys() ?? [])].some((w) => LEGAL_END.test(w))) identity++;
    // "SRFC" beside "Stade Rennais": the story's acronym spells the longer name.
    if ([...candidates.values()].some((a) => a !== cand && spells(a.name, words))) identity++;
    if (ctx.tagged.has(cand.name.toLowerCase())) identity++;
    // "the Charlotte Bobcats": a name that takes an article is no person's, and words before a
    // company's name that keep it an article's are part of the name.
    if (before && (cand.the ?? 0) > 0) identity++;
    // "Stade" is a common word ("le stade"): the name is the longer one.
    if (!before && shortWords.length === 1 && ctx.lowerWords.has(short.name.toLowerCase())) identity++;
    // A company cue from the words around it ("… has announced") is said of products as well
    // ("Facebook Messenger launched"): after the short form it adds to another sign, never alone.
    if ((cand.used ?? 0) > 0 && (before || identity > 0)) identity++;
    // "Northwell Health’s research branch has rolled out …", then "Northwell" in the headline
    // and after: the story introduces the company by its full name, in its lead, before any short
    // use, and no other name extends the short form (a maker's products do: "Acme Cloud", "Acme
    // Drive"). One word added: "Quillon Lumo Capsule" is a product's name of its own. (A company
    // word alone was ruled out above: "Emirates Airline".)
    if (
      !before &&
      identity === 0 &&
      extra.length === 1 &&
      !extra[0]!.includes('-') &&
      cand.inLead &&
      (cand.first ?? Infinity) < (short.first ?? Infinity) &&
      onlyExtension(cand, short, candidates)
    )
      identity++;
    let position = 0;
    if (cand.inLead || contains(ctx.title, cand.name)) position++;
    // The full name on first reference, the short form after it.
    if ((cand.first ?? Infinity) <= (short.first ?? Infinity)) position++;
    if (cand.alone >= 2) position++;
    readings.push({ cand, identity, position });
  }
  const best = readings
    .filter((r) => r.identity >= 1 && r.identity + r.position >= 3)
    .sort((a, b) => b.identity + b.position - (a.identity + a.position) || b.cand.alone - a.cand.alone)[0];
  return best ? writtenForm(best.cand) : undefined;
}

/**
 * Is `cand` the one longer name in the story that holds the short form's words? ("Susan G. Komen"
 * beside "Komen Global Race": the short form stands for either.)
 */
function onlyExtension(cand: Candidate, short: Candidate, candidates: ReadonlyMap<string, Candidate>): boolean {
  const s = short.name.toLowerCase();
  // ("Northwell Health Senior Vice President": a run that goes on past the full name is the same name.)
  const own = cand.name.toLowerCase() + ' ';
  return ![...candidates.values()].some((o) => {
    const n = o.name.toLowerCase();
    // ("Fox & Friends" four times beside "Fox News" thirty: a show of the company's is no rival reading.)
    return (
      o !== cand && o !== short && (n.startsWith(s + ' ') || n.endsWith(' ' + s)) && !n.startsWith(own) && o.mentions * 3 > cand.mentions
    );
  });
}

/**
 * Is the name written on its own, as the word itself? "News" of "News Corp." is a company only
 * ever written with its legal form: the bare word in "Fox News" does not name it.
 */
function writtenBare(cand: Candidate, word: string): boolean {
  return !cand.written || [...cand.written.keys()].some((f) => f.toLowerCase() === word.toLowerCase());
}

/** The words a longer name adds to a shorter one it begins or ends with, if it does. */
function extraWords(words: string[], shortWords: string[]): { words: string[]; before: boolean } | undefined {
  if (words.length <= shortWords.length || words.length > shortWords.length + 3) return undefined;
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((w, i) => w.toLowerCase() === b[i]!.toLowerCase());
  if (same(words.slice(0, shortWords.length), shortWords)) return { words: words.slice(shortWords.length), before: false };
  if (same(words.slice(-shortWords.length), shortWords)) return { words: words.slice(0, -shortWords.length), before: true };
  return undefined;
}

/** "SRFC" spells "Stade Rennais" (Football Club): the name's initials open the acronym, which adds at most two letters. */
function spells(acronym: string, words: string[]): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(acronym)) return false;
  const initials = words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]!)
    .join('');
  return initials.length >= 2 && acronym.startsWith(initials) && acronym.length <= initials.length + 2;
}

/** The longer name as the story writes it, with a word such as "Group" but without "Inc." or "GmbH". */
function writtenForm(c: Candidate): string {
  // Capitals of a heading ("BIG MACHINE RECORDS") are no spelling of the name.
  const [most] = [...(c.written ?? c.forms).entries()].sort((a, b) => b[1] - a[1] || +/\p{Ll}/u.test(b[0]) - +/\p{Ll}/u.test(a[0]))[0] ?? [
    c.name,
  ];
  return most.replace(ABBREVIATED_LEGAL, '').trim();
}

const ABBREVIATED_LEGAL = /,?\s+(?:Inc\.?|Corp\.?|Co\.?|Ltd\.?|LLC|L\.P\.|LP|plc|PLC|AG|SE|GmbH|KGaA|S\.A\.?|SA|N\.V\.?|NV|B\.V\.?|BV)$/;
const LEGAL_END =
  /\s(?:Inc\.?|Corp\.?|Corporation|Co\.?|Company|Ltd\.?|Limited|LLC|plc|PLC|AG|SE|GmbH|S\.A\.?|N\.V\.?|B\.V\.?|Group|Holdings?|Gruppe|Groupe)$/;

/**
 * "How Rent the Runway Plans to Own Your Closet" over a story that calls the company "RTR": the
 * words of the headline whose initials, small words' included, spell the acronym the text uses
 * are the company's name, as a reader expands it. Undefined when the headline spells no such run.
 */
export function spelledOutIn(title: string, acronym: string): string | undefined {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 2 || letters.length > 6 || !/^[\p{Lu}&.]+$/u.test(acronym)) return undefined;
  const words = title.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  for (let i = 0; i + letters.length <= words.length; i++) {
    const run = words.slice(i, i + letters.length);
    // A name opens and closes on a capital ("Rent the Runway"); the small words between may be lower case.
    if (!/^\p{Lu}/u.test(run[0]!) || !/^\p{Lu}/u.test(run[run.length - 1]!)) continue;
    if (run.some((w) => !w || (!/^\p{Lu}/u.test(w) && !/^(?:the|of|and|for|de|la|le|du|des|der|und)$/.test(w)))) continue;
    if (run.map((w) => w[0]!.toUpperCase()).join('') === letters) return run.join(' ');
  }
  return undefined;
}

/**
 * "Deutscher Sparkassen- und Giroverband (DSGV)" among an editor's tags over a story that calls
 * the association "DSGV": the tag spells the acronym out, and the name before its brackets
 * (from the word that opens it, past a section word such as "Thema") is the company's.
 */
export function spelledInTags(tags: readonly string[], acronym: string): string | undefined {
  if (!/^[\p{Lu}&.]{2,8}$/u.test(acronym)) return undefined;
  for (const tag of tags) {
    const m = /^(.+?)\s*\(([^()]+)\)$/u.exec(tag.trim());
    if (!m || m[2]!.trim() !== acronym) continue;
    const words = m[1]!.split(/\s+/);
    const start = words.findIndex((w) => w[0] === acronym[0]);
    const long = start >= 0 ? words.slice(start).join(' ') : '';
    // The editor set the acronym beside the name, so a letter from within a compound may be left
    // over ("Giroverband"): the capitalised words' initials need only open it.
    const initials = long
      .split(/[\s-]+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join('');
    if (long.split(/\s+/).length >= 2 && (initialsFit(acronym, long) || (initials.length >= 2 && acronym.startsWith(initials))))
      return long;
  }
  return undefined;
}
