import type { Candidate } from './subject-merge';
import { firstNamed } from './subject-headline';

/** A name that may own a product: not the publication, no person, no place. */
export function usableOwner(
  name: string,
  candidates: Map<string, Candidate>,
  people: Set<string>,
  isExcluded: (name: string) => boolean,
): boolean {
  const cand = candidates.get(name.toLowerCase());
  return !isExcluded(name) && !people.has(name.toLowerCase()) && (!cand || (cand.person === 0 && cand.place * 2 < cand.mentions));
}

/**
 * A feature that opens on a scene ("In the heart of downtown Chandler, Arizona … sits Gangplank")
 * names its company only further into the lead ("… the founders of Page.ly - a premium WordPress
 * hosting service"). When the headline names no company and the lead's first texts name none,
 * the first company the rest of the lead names is the lead's, if the story keeps returning to it:
 * no other company is named as often, and it is named four times or more.
 */
export function sceneSetLead(
  lead: readonly string[],
  evidenced: Map<string, Candidate>,
  named: (key: string, cand: Candidate) => string[],
  titleNames: boolean,
): string | undefined {
  if (titleNames || lead.length < 3) return undefined;
  const key = firstNamed(lead.slice(2).join(' '), evidenced, named);
  const cand = key ? evidenced.get(key) : undefined;
  if (!key || !cand || cand.mentions < 4) return undefined;
  return [...evidenced.entries()].every(([k, c]) => k === key || c.mentions < cand.mentions) ? key : undefined;
}

/**
 * A name a story mostly uses as something else, with one stray company cue: a place ("Plymouth
 * stand-off", "in Plymouth" fifteen times), a term ("the RPA market", "RPA vendors": an acronym
 * used as a common noun), a title or a thing ("the King’s Speech"). One cue against many other
 * uses is noise, not a company.
 */
export function weakCompany(cand: Candidate): boolean {
  // The headline's grammatical subject, taken up by the lead ("IMF dims outlook …" / "The IMF
  // left …"), is no stray cue: "the" before an acronym is how an institution is named.
  if (cand.company >= 2 || (cand.opener && cand.publicBody)) return false;
  if (cand.place * 2 >= cand.mentions) return true;
  if (isCapitals(cand.name)) return cand.common >= 2 && cand.common > cand.company;
  return cand.common >= 2 && cand.common * 2 >= cand.alone;
}

/** What a company has, said with "its": "its investors", "its shares", "its customers". */
export const ITS_HOLDINGS =
  /\bits\s+(?:(?:own|biggest|largest|major|top)\s+)?(?:investors|shareholders|stockholders|shares|stock|customers|employees|workers|staff|subscribers|suppliers|stores|chief executive|CEO|founders?|board of directors|revenue|profits?|earnings|quarterly)\b/;

/** A paragraph of running text, not a kicker, a byline or a date line: several words and a sentence's end. */
export const isProse = (p: string) => p.split(/\s+/).length >= 8 || /[.!?。]\s*$/u.test(p);

/** A capitalised name's possessive just before: "OpenAI’s ", "Google's ". */
export const POSSESSOR_BEFORE = /\p{Lu}[\p{L}\p{N}.&-]*['’]s\s+$/u;

export const isCapitals = (name: string) => /^[\p{Lu}\p{N}&.-]{2,}$/u.test(name);

/** "SVB" for "Silicon Valley Bank", "PG&E" for "Pacific Gas & Electric": the letters are the words' initials, in order. */
export function initialsFit(abbr: string, name: string): boolean {
  const letters = abbr.replace(/[^\p{Lu}]/gu, '');
  const words = name.split(/[\s-]+/).filter(Boolean);
  // "Federation of Master Builders (FMB)": the small words between a name's words have no letter
  // in it, and then every capitalised word has one ("UGA" is not "University of Georgia"'s).
  const fits = (ws: string[], exact = false) => {
    const initials = ws
      .map((w) => w[0] ?? '')
      .join('')
      .toUpperCase();
    return (
      letters.length >= 2 &&
      initials.startsWith(letters.slice(0, initials.length)) &&
      letters.length <= initials.length + (exact ? 0 : 1) &&
      letters[0] === initials[0]
    );
  };
  return (
    fits(words) ||
    fits(
      words.filter((w) => /^\p{Lu}/u.test(w)),
      true,
    )
  );
}

export function mostUsedForm(c: Candidate): string {
  return [...c.forms.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}
