import { COMPANY_AFTER, ORG_WORD } from './subject-cues';

/*
 * One company, many names: a story writes "Pacific Gas & Electric", "PG&E", "Tallowmere" for
 * Tallowmere Logistics, "Samsung-Chef", "der Deutschen Bank", "Apple Pencil". Before the
 * subject is chosen (lib/extract/article/subject.ts), each such form is folded into the name it
 * stands for, and a person's first and last names are told from a company and its product.
 */

/** A name the story uses, with what its uses say of it. */
export interface Candidate {
  name: string;
  forms: Map<string, number>;
  /** The name as the story writes it, legal form included ("Big Machine Label Group"). */
  written?: Map<string, number>;
  mentions: number;
  /** Mentions of this very name, not counting the longer names merged into it. */
  alone: number;
  company: number;
  /** Of those, uses as a company by the words around it (not by a company word in the name itself). */
  used?: number;
  /** Uses after "the": a name of several words that takes an article is no person's ("the Charlotte Bobcats"). */
  the?: number;
  person: number;
  /** Uses as a common noun or a product: "die Aufsicht", "neue Foldables", "the new Surface Studio". */
  common: number;
  /** "Nissan said", "Lyft says": a statement, by an organisation or a person. */
  speaks: number;
  /** Uses as a place: "South Dakota residents", "Gov. … of Ohio", "in Oman". */
  place: number;
  /** Uses of a name that says it is an institution ("San Diego State University"): evidence only when the headline names it. */
  institution?: number;
  /** Cited as a story's source: "according to InfoNation", "a report from Edmunds". */
  cited?: number;
  inLead: boolean;
  /** One of the best-known companies (lib/extract/article/known-names.ts): a company without a word around it saying so. */
  known?: boolean;
  /**
   * Mentions of the things it makes, by names it heads ("Google Chrome", "Anker Nebula
   * Capsule"): weak evidence of a company (a product line heads its models too: "MacBook Pro"),
   * read only when the story has no stronger.
   */
  makes?: number;
  /** One of those things is named in the headline or the lead ("Anker Nebula Capsule", "Google Chrome の …"). */
  makesInLead?: boolean;
  /** Uses after another name's possessive ("OpenAI’s GPT-5 Codex"): a thing someone owns. */
  owned?: number;
  /** Uses with its legal form ("Spessart Tourismus GmbH"): the company's own name, no product. */
  legal?: number;
  /** German: uses as "Heizjacken von Bosch", a thing named with whose it is. */
  whose?: number;
  /** The order of its first use in the story (0 first). */
  first?: number;
  /** A public body ("IMF"): a subject only as the headline's grammatical subject (lib/extract/article/subject-headline.ts). */
  publicBody?: boolean;
  /** The headline opens on it and the lead takes it up (lib/extract/article/subject-headline.ts). */
  opener?: boolean;
  /** Merged into the company whose product it is ("Apple Pencil" → Apple). */
  merged?: boolean;
}

/**
 * "Donna Kelce … Kelce’s … Donna said": the first word of a two-word name whose last word the
 * story also uses on its own is a given name — a person's first and last name, not a company
 * and its product ("Apple Pencil" is never followed by "Pencil said").
 */
export function givenNames(candidates: Map<string, Candidate>): Set<string> {
  const out = new Set<string>();
  for (const [key, cand] of candidates) {
    const words = key.split(/\s+/);
    if (words.length !== 2 || cand.company > 0 || !/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(cand.name)) continue;
    const surname = candidates.get(words[1]!);
    // "Google" nine times alone, "Google Chrome" four and "Chrome" twice: the word used most
    // on its own is the maker of what the two words name, not a person's given name.
    const first = candidates.get(words[0]!);
    if (first && first.alone > cand.mentions && first.alone > (surname?.alone ?? 0) * 2) continue;
    if (surname && surname.company === 0 && surname.common === 0) out.add(words[0]!);
  }
  return out;
}

/**
 * "Apple Pencil", "Nissan Sentra", "GitHub Actions": a name that begins with another name the
 * story uses on its own is that company's product. Its mentions count for the company; a
 * person's name ("Phil Foden", then "Foden") is no product of their first name.
 */
export function mergeProducts(candidates: Map<string, Candidate>): void {
  const given = givenNames(candidates);
  for (const [key, cand] of candidates) {
    const words = key.split(/\s+/);
    if (words.length === 2 && given.has(words[0]!)) continue;
    // "Tallowmere Logistics", "Samsung Electronics", "Hollins & Pryor", "Bank of America": the
    // longer name is the company's own, not a product of the shorter.
    // A name the story writes with its legal form is the company's whole name, and opening words
    // the story mostly uses as a noun or a place are no maker of it ("SPESSART", the region, of
    // Spessart Tourismus GmbH): they are the company's, not the other way round.
    if (cand.legal) {
      const head = words
        .map((_, n) => candidates.get(words.slice(0, n).join(' ')))
        .find((h) => h && !h.merged && h.person === 0 && (h.common + h.place) * 2 >= h.alone);
      if (head) {
        cand.mentions += head.mentions;
        cand.company += head.company;
        cand.inLead ||= head.inLead;
        head.merged = true;
        continue;
      }
    }
    // "Zentralkomitee der deutschen Katholiken": a name carried across small words is whole.
    if (ORG_WORD.test(cand.name) || words.includes('&') || /\s\p{Ll}/u.test(cand.name)) continue;
    for (let n = words.length - 1; n >= 1; n--) {
      const head = candidates.get(words.slice(0, n).join(' '));
      if (!head || head === cand || head.mentions < 1 || head.person > 0) continue;
      // "The American Theatre Wing announced …", later "American Theatre"; "von Itaipu Binacional",
      // later "von Itaipu": a longer name the story introduces first and uses as a company's is
      // the company's full name, and the shorter one its short form. Not when its
      // added word is a name of its own ("Google Stadia", then "Stadia"): that is a product.
      const added = cand.name.split(/\s+/).slice(n);
      const own = candidates.get(added[0]!.toLowerCase());
      if (
        !head.merged &&
        // The shorter name is no product itself ("Google Stadia" of Google).
        !Array.from({ length: n - 1 }, (_, i) => words.slice(0, i + 1).join(' ')).some((k) => candidates.has(k)) &&
        (cand.first ?? Infinity) < (head.first ?? Infinity) &&
        cand.company > 0 &&
        added.every((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w)) &&
        !(own && own.common * 2 < own.mentions)
      ) {
        cand.mentions += head.mentions;
        cand.company += head.company;
        cand.inLead ||= head.inLead;
        head.merged = true;
        break;
      }
      head.mentions += cand.mentions;
      head.company += cand.company;
      head.inLead ||= cand.inLead;
      cand.merged = true;
      // A name that heads the names of things it makes ("Google Chrome", "Anker Nebula Capsule")
      // is their maker's. A park or a street named after a place ("Jasper National Park") makes nothing.
      // Nor does a name the story gives as another's ("OpenAI’s GPT-5 Codex" is no product of a
      // company "GPT-5": GPT-5 is OpenAI's too).
      if (!PLACE_NAMED.test(cand.name) && !cand.owned) {
        head.makes = (head.makes ?? 0) + cand.mentions;
        head.makesInLead ||= cand.inLead;
      }
      break;
    }
  }
}

/** Places and buildings named after a place or a person: "Jasper National Park", "Lac Beauvert Road", "Stanford University". */
const PLACE_NAMED =
  /\s(?:Park|Lodge|Hotel|Resort|Street|St\.?|Road|Avenue|Ave\.?|Boulevard|Square|Airport|Station|University|College|School|Hospital|Museum|Hall|Bridge|River|Lake|Mountains?|Valley|Bay|Islands?|Beach|Coast|Hills?|Falls|Springs|County|City|State|Province|Region|District|Stadium|Arena|Straße|Platz|Bahnhof)$/u;

/**
 * "Tim Cook" whose text later says "Cook said", "Kylie Jenner" and then "Jenner's": a name of
 * two words whose last word stands alone (never after "the" or "die": "die Bank" is a noun) is a
 * person's, however often it is named.
 */
export function surnamesOfPeople(candidates: Map<string, Candidate>, people: Set<string>, lowerWords: ReadonlySet<string>): void {
  for (const key of people) {
    const lone = candidates.get(key.split(/\s+/).pop()!);
    if (lone && lone.company === 0) lone.person += lone.mentions;
  }
  for (const [key, cand] of candidates) {
    const words = key.split(/\s+/);
    if (words.length !== 2 || cand.company > 0 || !/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(cand.name)) continue;
    // "Hat Quantumscape" opening a German headline: a first word the text writes in lower case is a verb, not a given name.
    if (lowerWords.has(words[0]!)) continue;
    const lone = candidates.get(words[1]!);
    // Mostly used as a person (a company cue or two may come from "Patrick announced").
    if (!lone || lone.company * 2 >= lone.mentions || lone.common > 0 || candidates.has(words[0]!)) continue;
    // A story introduces a person by their full name before it calls them by their surname: a
    // pair met only after the lone name ("Sprint" a dozen times, then "Via Sprint") is no person's.
    if ((cand.first ?? Infinity) > (lone.first ?? Infinity)) continue;
    cand.person += cand.mentions;
    lone.person += lone.mentions;
  }
  // "Larry Page" six times, then "Page" fifty-five times and "Larry" five: a story calls a person
  // by the last name far more often than by the first, where it calls a product by its maker's
  // name more than by its own ("Apple" alone, rarely "Pencil"). A pair introduced before its
  // last word stands alone, whose last word stands alone at least five times and three times as
  // often as its first, is a person's; the first word alone is their given name.
  for (const [key, cand] of candidates) {
    const words = key.split(/\s+/);
    if (words.length !== 2 || cand.company > 0 || !/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(cand.name) || lowerWords.has(words[0]!)) continue;
    const given = candidates.get(words[0]!);
    const lone = candidates.get(words[1]!);
    if (!given || !lone || given.company > 0 || lone.alone < 5 || lone.alone < 3 * given.alone) continue;
    if ((cand.first ?? Infinity) > (lone.first ?? Infinity)) continue;
    cand.person += cand.mentions;
    lone.person += lone.mentions;
    given.person += given.alone;
  }
}

/**
 * Folds a short form into its company, and says which form the headline shows (the story's own
 * name for it: "PG&E", not "Pacific Gas & Electric").
 */
export function mergeAliases(candidates: Map<string, Candidate>, aliases: Map<string, string>, title: string): Map<string, string> {
  const shownAs = new Map<string, string>();
  for (const [abbr, fullKey] of aliases) {
    const short = candidates.get(abbr);
    const full = candidates.get(fullKey);
    if (!short || !full || short === full || short.merged) continue;
    full.mentions += short.mentions;
    full.company += short.company;
    full.inLead ||= short.inLead;
    short.merged = true;
    // "Krahmer wird neuer EBAA-Generalsekretär": a short form the headline writes only into a
    // compound is not the name the headline calls the company by.
    const at = indexOfName(title, short.name);
    if (at >= 0 && title[at + short.name.length] !== '-' && !contains(title, full.name)) shownAs.set(fullKey, short.name);
  }
  return shownAs;
}

/**
 * "Tallowmere" after "Tallowmere Logistics": the short form of a company's full name counts for
 * it, and is the name shown when the headline uses it ("Emirates inks …" of Emirates Airline).
 */
export function mergeShortForms(candidates: Map<string, Candidate>, title: string, shownAs: Map<string, string>): void {
  for (const [key, cand] of candidates) {
    if (!ORG_WORD.test(cand.name) || cand.merged) continue;
    // The name, not the lower-cased key: the company words are matched with their capital.
    const short = candidates.get(cand.name.replace(ORG_WORD, '').toLowerCase().trim());
    // "Trump" is not short for Trump Airlines when the story uses it as a person's name.
    if (!short || short === cand || short.merged || short.person > 0) continue;
    cand.mentions += short.mentions;
    cand.company += short.company;
    cand.inLead ||= short.inLead;
    short.merged = true;
    if (contains(title, short.name) && !contains(title, cand.name)) shownAs.set(key, short.name);
  }
}

/**
 * "Samsung-Webseite", "Lego-Fans", "ICMPD-Staaten", "Samsungs neue Tablets": German writes a
 * company's name into compounds and its genitive. Each is a mention of the name on its own, and a
 * compound that names what a company has ("-Chef", "-Webseite", "-Smartwatches") a use as one.
 */
export function mergeCompounds(candidates: Map<string, Candidate>, inflected: boolean): void {
  for (const [key, cand] of candidates) {
    if (cand.merged || key.includes(' ')) continue;
    const hyphen = key.indexOf('-');
    // "SAG-AFTRA": capitals after the hyphen are a second name's, not a German compound's noun ("VW-CEO" aside).
    const tail = cand.name.slice(hyphen);
    if (hyphen > 1 && /^-\p{Lu}{2,}$/u.test(tail) && !COMPANY_AFTER.test(tail)) continue;
    const head =
      hyphen > 1
        ? candidates.get(key.slice(0, hyphen))
        : inflected && /\p{Ll}s$/u.test(cand.name)
          ? candidates.get(key.slice(0, -1))
          : undefined;
    if (!head || head === cand || head.merged || head.person > 0) continue;
    head.mentions += cand.mentions;
    head.company += cand.company + (hyphen > 1 && COMPANY_AFTER.test(cand.name.slice(hyphen)) ? 1 : 0);
    head.inLead ||= cand.inLead;
    cand.merged = true;
  }
}

/**
 * "VW" of Volkswagen: capitals that contract one word are a nickname, and the story's company is
 * named by the word ("Volkswagen"), however often the headline uses the nickname. (Initials of
 * several words — "PG&E", "SVB" — are often the company's own name; those are aliases, above.)
 */
export function mergeNicknames(candidates: Map<string, Candidate>, inflected: boolean, nicknames?: Map<string, string>): void {
  for (const short of candidates.values()) {
    if (short.merged || !/^\p{Lu}{2,4}$/u.test(short.name)) continue;
    const letters = short.name.toLowerCase();
    const full = [...candidates.values()].find(
      (c) =>
        !c.merged &&
        c !== short &&
        c.mentions >= 2 &&
        c.person === 0 &&
        // Named in the lead and never as a common noun ("die Expertin" is no EPI); in German,
        // whose nouns all have capitals, used as a company itself. Or only later, without an
        // article, when the headline's nickname is used as a company again and again ("VW-Chef
        // Diess" in an oe24.at headline and lead, "Zukunftschancen von Volkswagen" further down).
        (c.company > 0 || (short.company > 0 && !inflected) || (short.company >= 2 && short.inLead)) &&
        c.common === 0 &&
        (c.inLead || (short.company >= 2 && short.inLead)) &&
        /^\p{Lu}\p{Ll}+$/u.test(c.name) &&
        c.name.length >= letters.length + 3 &&
        c.name[0]!.toLowerCase() === letters[0] &&
        isSubsequence(letters, c.name.toLowerCase()),
    );
    if (!full) continue;
    full.mentions += short.mentions;
    full.company += short.company;
    full.inLead ||= short.inLead;
    short.merged = true;
    // The headline that names the nickname names the company.
    nicknames?.set(full.name.toLowerCase(), short.name);
  }
}

function isSubsequence(letters: string, word: string): boolean {
  let at = 0;
  for (const ch of letters) {
    at = word.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** "der Deutschen Bank" is Deutsche Bank: German inflects the adjective in a name. */
export function mergeInflections(candidates: Map<string, Candidate>): void {
  for (const [key, cand] of candidates) {
    const m = /^(\S+?)(n|r|s|m)( .+)$/.exec(key);
    const base = m ? candidates.get(m[1]! + m[3]!) : undefined;
    if (!base || base === cand) continue;
    base.mentions += cand.mentions;
    base.company += cand.company;
    base.inLead ||= cand.inLead;
    cand.merged = true;
  }
}

export const contains = (text: string, name: string) => indexOfName(text, name) >= 0;

/** A letter or digit that continues a word: Japanese around a Latin name ("Appleニュース") does not. */
const WORD_CHAR = /[^\P{L}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]|\p{N}/u;

/** Where a name stands in a text as a whole word (a hyphen or an apostrophe may follow: "Quantumscape-Akkus", "Apple’s"). */
export function indexOfName(text: string, name: string): number {
  let from = 0;
  for (;;) {
    const at = text.indexOf(name, from);
    if (at < 0) return -1;
    const before = text[at - 1];
    const after = text[at + name.length];
    const cjk = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u.test(name);
    if (cjk || ((!before || !WORD_CHAR.test(before)) && (!after || !WORD_CHAR.test(after)))) return at;
    from = at + 1;
  }
}
