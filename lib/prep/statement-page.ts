import type { Clip, Company } from '../schema/dossier';
import { fold } from '../text/fold';
import { sentences } from '../text/sentences';
import { plain } from './clean';
import { ORG_TAIL, SINGULAR, WE } from './statement-words';
import { wordCount } from '../text/word-count';

/**
 * What a company says about itself on its own pages (about text, timeline, team and careers
 * pages), recognised by the structure of the statement in English, German, French or Dutch — an
 * exclusive right to a brand, the group it belongs to, the client it was set up for, a prize it
 * won, a market it is expanding into, the steps of its own timeline, the qualifications its people
 * hold, a licence, a promise naming the role the user wants — each kept with the page it was read
 * from. A statement too weak to name anything (no brand, no organisation, no place) gives nothing:
 * a wrong hook costs more than a generic question.
 */
export type StatementKind =
  | 'exclusive'
  | 'parent'
  | 'origin'
  | 'award'
  | 'expansion'
  | 'timeline'
  | 'qualifications'
  | 'licence'
  | 'partner'
  | 'first'
  | 'target-role'
  | 'figure'
  | 'specialism'
  | 'growth'
  | 'promise'
  | 'offers'
  | 'recruiting'
  | 'clients'
  | 'projects'
  | 'equipment'
  | 'stance'
  | 'method'
  | 'segments'
  | 'features'
  | 'anniversary'
  | 'seasons'
  | 'word-of-mouth'
  | 'engagement'
  | 'compliance'
  | 'case';

export interface Statement {
  kind: StatementKind;
  /** The hook, in English: words said in another language stay in quotation marks, never translated. */
  text: string;
  /** The fact as a question names it, after the company's name ("holds the exclusive distribution right for MULTIFILM in Switzerland"). */
  phrase: string;
  /** What it names (a brand, a group, a client, an organiser, the qualifications): the words that do work in a question. */
  names: string[];
  /** The page's own words it was read from. */
  evidence: string;
  clipId: string;
  url: string;
  source: string;
  /** "November 2025", "2019": when the page says it happened. */
  date?: string;
  /** What a figure counts (the people served, the work done, the places, a volume): what the question asks about it. */
  counted?: 'served' | 'work' | 'places' | 'volume';
  /** Of the clients it names, whether they are sectors ("retail", "health care") rather than names. */
  sectors?: boolean;
  /** Of a list of what it offers, the item that names the user's target ("pre-sales technical engineers"). */
  targetItem?: string;
  /**
   * Of a stance, what kind: the values it lists, a work it refuses, a pledge, a choice made on
   * purpose; of a method, one named by its steps in a sentence, the steps set out under a heading, or
   * the time its work takes ("it takes 4 weeks to fill a role").
   */
  form?: 'values' | 'refusal' | 'pledge' | 'choice' | 'named' | 'steps' | 'pace';
  /** Of a method told by its pace, the unit its time is counted in ("weeks"). */
  unit?: 'days' | 'weeks' | 'months';
  /** How much a coach would make of it, 1–10: what decides which few reach the sheet. */
  strength: number;
}

export interface Page {
  clip: Clip;
  english: boolean;
  /** The page's paragraphs (its lines), plain. */
  lines: string[];
  /** People the page names (team cards): their bios are theirs, not the company's statements. */
  people: string[];
}

export const words = wordCount;
/** A short original phrase, in quotation marks, for words in another language. */
export const quoted = (t: string) => `“${t.replace(/[.!:;,]+$/, '').trim()}”`;

/** The company's own pages in the dossier: clipped from its site, not stories about it. */
export function ownPages(clips: Clip[], company: Pick<Company, 'id'>, people: string[]): Page[] {
  return clips
    .filter((c) => c.kind === 'company-page' && (!c.companyId || c.companyId === company.id) && c.text)
    .map((clip) => ({
      clip,
      english: (clip.extraction.lang ?? 'en').toLowerCase().startsWith('en'),
      lines: ownLines(clip),
      people: [...people, ...(clip.extraction.people ?? []).map((p) => p.name)],
    }));
}

/**
 * A page's paragraphs, after its own summary when the text does not hold it: a contact page's meta
 * description ("wij zijn gespecialiseerd in BMW & Mini …") is the company's own words too.
 */
function ownLines(clip: Clip): string[] {
  const text = clip.text ?? '';
  const summary = plain(clip.extraction.description ?? '').trim();
  const lines = text.split(/\n+/).map((l) => plain(l).trim());
  const fresh = summary && !plain(text).replace(/\s+/g, ' ').includes(summary.replace(/\s+/g, ' ').slice(0, 60));
  return (fresh ? [summary, ...lines] : lines).filter((l) => /\p{L}|\d/u.test(l));
}

/** Statement sentences: the company speaks (its name, "we"), nobody's bio, no customer's testimonial. */
export type CompanySentence = { text: string; line: number; index: number; all: string[] };

/** Each page's sentences, read once for all the recognisers (the names are the same for a page's whole reading). */
const read = new WeakMap<Page, CompanySentence[]>();

export function companySentences(page: Page, names: string[]): CompanySentence[] {
  const known = read.get(page);
  if (known) return known;
  const out: CompanySentence[] = [];
  // The people's names as a bio opens with them, worked out once per page.
  const firsts = page.people.flatMap((p) => [p, p.split(/\s+/)[0]!]).filter((n) => n.length >= 3);
  const folded = names.map(fold);
  page.lines.forEach((line, i) => {
    const all = sentences(line);
    all.forEach((text, index) => {
      // A sentence about "he" or "she" is someone's bio ("Upon graduating in 1993, he started …").
      if (
        words(text) < 5 ||
        words(text) > 60 ||
        SINGULAR.test(text) ||
        /(?<![\p{L}])(?:he|she|his|her|him|hij|zij)(?![\p{L}])/iu.test(text)
      )
        return;
      // A bio on a team card ("David founded Structure Financial Services in 2007") speaks of a person's path.
      const subject = text.split(/\s+/).slice(0, 3).join(' ');
      if (firsts.some((n) => subject.includes(n)) && !folded.some((n) => fold(text).includes(n))) return;
      out.push({ text, line: i, index, all });
    });
  });
  read.set(page, out);
  return out;
}

export const speaksForCompany = (text: string, names: string[]) => WE.test(text) || names.some((n) => fold(text).includes(fold(n)));

/** A name that is an organisation's: it ends in a legal form or a group word ("Frontwork AG", "Wellwork Group"). */
export function orgName(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const tokens = raw
    .trim()
    .replace(/[.,;:]+$/, '')
    .split(/\s+/);
  for (let n = tokens.length; n >= 2; n--) if (ORG_TAIL.test(` ${tokens[n - 1]}`)) return tokens.slice(0, n).join(' ');
  return undefined;
}

/** A brand as pages mark it: with ® or ™, or in capitals ("MULTIFILM"), or in camel case ("ImagePerfect"). */
export function brandIn(text: string, exclude: string[]): string | undefined {
  const candidates = [
    ...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}&.-]*[®™]|\b\p{Lu}{3,}[\p{Lu}\p{N}-]*\b|\b\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*\b/gu),
  ].map((m) => m[0].replace(/[®™]$/, ''));
  const skip = /^(?:AG|GMBH|SA|SAS|SARL|BV|NV|LTD|INC|LLC|PLC|DACH|EU|UK|USA|CEO|FAQ)$/i;
  return candidates.find((c) => !skip.test(c) && !exclude.some((x) => fold(x) === fold(c)));
}

/** Where a statement was read: the company's own page, kept with it for the sheet's source line. */
export const onPage = (page: Page) => ({ clipId: page.clip.id, url: page.clip.url, source: 'their own page' });
