import { squash } from './domain-fit';

/**
 * A company's name chosen by agreement of independent sources rather than by how well one source
 * spells the domain. Each source (the logo, the copyright line, the title, the host, the body's
 * text …) gives names; a candidate gets 1 from a source that writes it, ½ from one that writes it
 * inside a longer name or holds it inside its own ("Blue Penguins" in "Details and Information
 * about Blue Penguins Telephones"). A title stuffed for search then loses to the short name the
 * host and the text agree on, while a full name that the logo and the copyright line both write
 * ("Innux Technologies") keeps beating its first word, which only the host spells. The text's
 * spelling of the host stands only where another source writes it and no name pads it with one or
 * two words (company-name.ts): giving the host a vote of its own beside the text's spelling of it
 * counted the host twice and cut "Remat Technologies" to "Remat" on 20 tune pages.
 */
export interface Voter {
  /** One independent source: "logo", "copyright", "title", "body" … */
  from: string;
  names: readonly string[];
}

/** The candidate's support: summed over the sources, 1 for one that writes it, ½ for one that holds it or is held by it. */
export function support(name: string, voters: readonly Voter[], hostFit: number): number {
  const key = squash(name);
  const words = wordsOf(name);
  let sum = hostFit >= 2 ? 1 : hostFit >= 1 ? 0.5 : 0;
  for (const v of voters) {
    let best = 0;
    for (const n of v.names) {
      if (squash(n) === key) best = 1;
      else if (best < 0.5 && (holds(wordsOf(n), words) || holds(words, wordsOf(n)))) best = 0.5;
      if (best === 1) break;
    }
    sum += best;
  }
  return sum;
}

/**
 * The name as the page's text writes the host ("Blue Penguins" on bluepenguins.co.uk, "Mister
 * Plumber" on misterplumber.ca): the capitalised words whose letters spell the host's label, the
 * spelling written most often. "The" joins it when most times it stands before the name ("The
 * Floor Barn"). Undefined when the text never writes the label out.
 */
export function hostPhrase(text: string, label: string, core: string): string | undefined {
  if (label.length < 4) return undefined;
  const targets = new Set([label, ...(core.length >= 4 ? [core] : [])]);
  const counts = new Map<string, number>();
  // What follows the name in the same run of capitalised words ("Hawkes Flowers" + "And Gifts").
  const fuller = new Map<string, Map<string, number>>();
  const re = /[\p{Lu}\p{N}][\p{L}\p{N}&'’.]*(?: (?:&|and|of|\p{Lu}[\p{L}\p{N}&'’.]*))*/gu;
  // A run ends where a sentence does: "Contact Blue Penguins. Blue Penguins sells" is two runs,
  // never the spelling "Blue Penguins." (a word of three letters or more before the stop).
  const runs = (t: string) => [...t.matchAll(re)].flatMap((m) => m[0].split(/(?<=\p{L}{3}\.) /u));
  for (const run of runs(text)) {
    const words = run.replace(/[.]+$/, '').split(' ').slice(0, 12);
    for (let i = 0; i < words.length; i++)
      for (let j = i + 1; j <= Math.min(words.length, i + 5); j++) {
        const span = words.slice(i, j).join(' ');
        if (!targets.has(squash(span)) && !targets.has(squash(span.replace(/&/g, ' ')))) continue;
        const named = i > 0 && words[i - 1] === 'The' ? `The ${span}` : span;
        counts.set(named, (counts.get(named) ?? 0) + 1);
        const rest = j < words.length && words.length - j <= 3 ? words.slice(j).join(' ') : '';
        // "& Club" and "and Club" are one tail, kept as first written.
        const tails = fuller.get(span) ?? new Map<string, number>();
        const same = [...tails.keys()].find((t) => squash(t) === squash(rest)) ?? rest;
        tails.set(same, (tails.get(same) ?? 0) + 1);
        fuller.set(span, tails);
      }
  }
  // "The Floor Barn" counts for "Floor Barn" too; "The" is kept only when it leads most of them.
  let best: string | undefined;
  let most = 0;
  for (const key of counts.keys()) {
    const span = key.replace(/^The /, '');
    const n = counts.get(span) ?? 0;
    const withThe = counts.get(`The ${span}`) ?? 0;
    if (n + withThe > most) {
      most = n + withThe;
      best = withThe > n ? `The ${span}` : span;
    }
  }
  if (!best) return undefined;
  // "Hawkes Flowers And Gifts" every time the text writes "Hawkes Flowers" (hawkesflowers.com):
  // the text's name is the longer one, when most of its mentions and at least three say it so
  // (a heading repeated twice, "Pilkington UK Contact Form", is not the name's usage).
  const base = best.replace(/^The /, '');
  const [tail, n] = [...(fuller.get(base) ?? [])].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  const longer = tail && !/^(?:&|and|of)$/i.test(tail.split(' ').pop()!) ? `${best} ${tail}` : undefined;
  return longer && n >= 3 && n * 2 > most ? longer : best;
}

/**
 * Does the text write the name as a whole at least twice (case and marks aside)? A title's name
 * that the text also writes in full ("Remat Technologies") is backed by the text as much as the
 * host's short form it holds ("Remat"); a search title never written in the text is not.
 */
export function writesTwice(folded: string, name: string): boolean {
  const w = wordsOf(name);
  if (!w.trim()) return false;
  const at = folded.indexOf(w);
  return at >= 0 && folded.indexOf(w, at + 1) >= 0;
}

/**
 * Is `name` the phrase itself, or the phrase with one or two more capitalised words ("Remat
 * Technologies" for "Remat", "De Rozenboog" for "Rozenboog")? Lower-case words ("van de") do not count.
 */
export function padsWithFew(name: string, phrase: string): boolean {
  const inner = wordsOf(phrase);
  const outer = wordsOf(name);
  if (squash(name) === squash(phrase)) return true;
  if (!outer.includes(inner)) return false;
  const left = outer.replace(inner, ' ').trim();
  const capitalised = name.split(/\s+/).filter((w) => /^[\p{Lu}\p{N}]/u.test(w) && left.split(' ').includes(wordsOf(w).trim()));
  return capitalised.length <= 2;
}

/**
 * Is `text` the site's own domain ("Workforce.com" on www.workforce.com) written so by two sources
 * besides the body (copyright, title, logo, site name)? Then the firm names itself by its domain; a
 * title alone writing "vangerwen.nl" does not show it.
 */
export function namesOwnDomain(text: string, host: string, written: ReadonlyArray<{ text: string; from: string }>, site?: string): boolean {
  const own = squash(host.replace(/^www\./, ''));
  if (squash(text) !== own || !/\.[a-z]{2,}$/i.test(text)) return false;
  const by = new Set(written.filter((d) => d.from !== 'text' && squash(d.text) === own).map((d) => d.from));
  return by.size + (site && squash(site) === own ? 1 : 0) >= 2;
}

/** Does `outer` write `name` as whole words ("Blue Penguins" in "About Blue Penguins Telephones")? */
export const writesName = (outer: string, name: string): boolean => wordsOf(outer).includes(wordsOf(name));

/** The text folded as the vote compares names: lower case, marks and punctuation gone, padded with spaces. */
export const foldText = (text: string): string => wordsOf(text);

const wordsOf = (s: string) =>
  ` ${s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/** Does `outer` hold `inner` as whole words (both padded with spaces)? */
const holds = (outer: string, inner: string) => !!inner.trim() && outer !== inner && outer.includes(inner);
