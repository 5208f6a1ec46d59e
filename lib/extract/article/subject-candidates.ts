import { isNotACompany, isPublicBody } from './gazetteer';
import { isGivenNamed, isKnownCompany } from './known-names';
import { lowerCaseNames, lowerCaseRuns } from './lower-case-names';
import { lowerWordsOf, type NameRun, nameRuns, withoutLegalForm } from './names';
import { squash } from './site-title';
import {
  ADJECTIVE_BEFORE,
  AGE_AFTER,
  ANAPHOR,
  CITED_AFTER,
  CITED_BEFORE,
  ANAPHOR_SAID,
  ANAPHOR_START,
  COMPANY_AFTER,
  COMPANY_BEFORE,
  COMPANY_BEFORE_DE,
  COMPANY_BEFORE_JA,
  COMPANY_VERB,
  HONORIFIC,
  NOUN_BEFORE,
  isInstitution,
  ORG_WORD,
  PERSON_AFTER,
  PERSON_BEFORE,
  PLACE_AFTER,
  PLACE_BEFORE,
  SPEAKS,
} from './subject-cues';
import { type Candidate, contains } from './subject-merge';
import { DECLINED, undeclined } from './subject-declined';
import { hangulHeadlineSubject, kanaHeadlineSubject } from './subject-headline';
import { sentences } from '../../text/sentences';
import { isTitleCase } from '../../text/title-case';
import type { SubjectClues } from './subject-clues';
import { ITS_HOLDINGS, POSSESSOR_BEFORE, initialsFit, isCapitals, isProse } from './subject-evidence';

/*
 * The first step of choosing a story's subject (lib/extract/article/subject-rank.ts): every
 * capitalised name the headline, the lead and the body use, with what the words around each use
 * say of it (a company, a person, a place, a common noun, a source).
 */

/** The story as the ranking reads it. */
export interface StoryReading {
  title: string;
  /** The story's first sentences (the excerpt and the first three paragraphs of prose). */
  lead: string[];
  body: string[];
  /** German and Dutch: names take articles and adjectives before them. */
  inflected: boolean;
  /** Languages whose names take case endings ("PGNiG-u"). */
  declined: boolean;
  /** Words the story writes in lower case somewhere. */
  lowerWords: Set<string>;
  /** Count the best-known companies as companies. */
  knownNames: boolean;
  /** Gather public bodies too, for the headline to make one the subject. */
  publicBodies: boolean;
  /** The publication's or an author's name, never the subject. */
  isExcluded: (name: string) => boolean;
  /** The headline or the text has these words. */
  writes: (words: string) => boolean;
}

/** The names a story uses, and what its text says of them. */
export interface Gathered {
  candidates: Map<string, Candidate>;
  /** Names used as people's. */
  people: Set<string>;
  /** A short form introduced in brackets → the name it stands for ("svb" → "silicon valley bank"). */
  aliases: Map<string, string>;
  /** Short forms of what is no company ("OCL" of the Open Community License). */
  notCompanies: Set<string>;
}

export function readStory(c: SubjectClues): StoryReading {
  // The lead is the story's first sentences: a kicker ("Features"), a byline or a date set as
  // paragraphs above it is not part of it, and would push the real lead out of reach.
  const lead = [c.excerpt ?? '', ...c.paragraphs.filter(isProse).slice(0, 3)].filter(Boolean);
  const body = c.paragraphs.slice(0, 80);
  const excluded = c.exclude.filter((n): n is string => !!n).map(squash);
  const excludedNames = c.exclude.filter((n): n is string => !!n);
  return {
    title: c.title,
    lead,
    body,
    inflected: /^(de|nl)\b/i.test(c.lang ?? ''),
    declined: DECLINED.test(c.lang ?? ''),
    knownNames: !!c.knownNames,
    publicBodies: !!c.publicBodies,
    lowerWords: lowerWordsOf([c.title, ...lead, ...body]),
    writes: (words: string) => [c.title, ...lead, ...body].some((t) => t.includes(words)),
    // The publication's name, or its first word ("Wexcombe" of the Wexcombe Herald).
    isExcluded: (name: string) =>
      excluded.some((e) => e && (squash(name) === e || (e.length > 4 && squash(name).startsWith(e)))) ||
      excludedNames.some((n) => n.toLowerCase().startsWith(name.toLowerCase() + ' ')),
  };
}

/**
 * A capitalised name after "in" and an opening bracket: "attached to the embassy
 * in St Vincent and the Grenadines (SVG)". The short form in the brackets is the place's.
 */
const PLACE_BEFORE_BRACKET =
  /(?:^|\s)(?:in|im|dans|en)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:and|the|of|und|de|et)\s+)*\p{Lu}[\p{L}.'’-]*){0,5}\s*\(\s*$/u;
// "a stake in Silicon Valley Bank (SVB)": a name that says it is a company is none.
const placeInBrackets = (before: string) => PLACE_BEFORE_BRACKET.test(before) && !ORG_WORD.test(before.replace(/\s*\(\s*$/, ''));

/** "… von Bosch", not "von der Leyen" (a person's particle) nor "von innen". */
const VON_NAME = /^\s+von\s+(?!der\s|dem\s|den\s)\p{Lu}/u;

/** A legal form no headline uses in another sense ("Paypal & Co." is PayPal and its like). */
const TITLE_LEGAL = /\s(?:GmbH|AG|SE|KG|Inc\.?|Ltd\.?|LLC|plc|S\.A\.|N\.V\.|B\.V\.)$/;

/** Every name the story uses, with its cues, in the order the lead, the body and the headline use them. */
export function gatherCandidates(c: SubjectClues, story: StoryReading): Gathered {
  const { lead, body, lowerWords } = story;
  const gathered: Gathered = { candidates: new Map(), people: new Set(), aliases: new Map(), notCompanies: new Set() };
  const add = candidateAdder(story, gathered);
  const lowerNames = lowerCaseNames(c.keywords ?? [], c.title, [...lead, ...body]);
  const runsOf = (t: string) =>
    lowerNames.length
      ? [...nameRuns(t, lowerWords), ...lowerCaseRuns(t, lowerNames)].sort((a, b) => a.index - b.index)
      : nameRuns(t, lowerWords);
  lead.forEach((t) => runsOf(t).forEach((r) => add(r, true)));
  body.slice(3).forEach((t) => runsOf(t).forEach((r) => add(r, false)));
  // "Das Zentralkomitee der deutschen Katholiken (ZdK)": a name given a short form is an
  // organisation's (people are given none); it counts once as a company.
  for (const { run, inLead, abbr } of definedNames(c.title, lead.length, [...lead, ...body.slice(3)])) {
    // ("Federation of Tile Layers (FTL)": a name the run of capitals read whole is read already.)
    // ("in Port Vell and the Isles (PVI)": a short form after "in" is a place's.)
    if (gathered.aliases.has(abbr.toLowerCase()) || (/(?:^|\s)(?:in|im|dans|en)\s+$/.test(run.before) && !ORG_WORD.test(run.name)))
      continue;
    add(run, inLead);
    const key = withoutLegalForm(run.name).base.toLowerCase();
    const cand = gathered.candidates.get(key);
    if (cand) cand.company++;
    gathered.aliases.set(abbr.toLowerCase(), key);
  }
  countReferences([...lead, ...body.slice(3)], gathered.candidates, lowerWords);
  // "Academy of Art University Earns 19 Honors …", "SDSU wants well-versed operator …": a
  // university, a school, a club the headline names (in full, or by the initials of its words) is
  // an actor as a company is, each use of its name a use as one. Met only in the text ("researchers
  // at the University of Georgia believe …", "new numbers from the Canadian Real Estate
  // Association"), it is the story's source, and its name no evidence.
  for (const cand of gathered.candidates.values())
    if (cand.institution && namedInHeadline(c.title, cand.name)) cand.company += cand.institution;
  // Sentence-case titles ("Deutsche Bank nominiert …") name things as the text does. A title whose
  // capitals say nothing (German capitalises every noun) still names a company by its legal form:
  // "Nachhaltigkeit bei der Spessart Tourismus GmbH".
  if (!isTitleCase(c.title)) runsOf(c.title).forEach((r) => add(r, true));
  else runsOf(c.title).forEach((r) => TITLE_LEGAL.test(r.name) && r.name.split(/\s+/).length <= 5 && add(r, true));
  hangulHeadlineSubject(c.title, lead, body.slice(3), add, gathered.candidates);
  kanaHeadlineSubject(c.title, gathered.candidates);
  return gathered;
}

/** The headline writes the name, or an acronym of its words' initials ("SDSU" of San Diego State University). */
function namedInHeadline(title: string, name: string): boolean {
  if (contains(title, name)) return true;
  return (title.match(/(?<![\p{L}\p{N}])\p{Lu}{3,6}(?![\p{L}\p{N}])/gu) ?? []).some(
    (a) => initialsFit(a, name) && a.length === initialsOf(name).length,
  );
}

/** The initials of a name's capitalised words, those after a hyphen included. */
export const initialsOf = (name: string) =>
  name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');

/** Counts one use of a name (`inLead`: in the headline or the lead) into its candidate. */
function candidateAdder(story: StoryReading, gathered: Gathered): (found: NameRun, inLead: boolean) => void {
  const { inflected, declined, lowerWords } = story;
  const { candidates, people, aliases, notCompanies } = gathered;
  // The order names are first used in, the lead and the body before a sentence-case title.
  let seen = 0;
  return (found: NameRun, inLead: boolean) => {
    const { run, company: declinedAsCompany } = declined ? undeclined(found) : { run: found, company: false };
    const { base, legal } = withoutLegalForm(run.name);
    // "Napa Co. enters agreement …" of a story about Napa County: "Co." is the county's short form.
    if (legal && /\sCo\.?$/.test(run.name) && story.writes(`${base} County`)) return;
    const publicBody = story.publicBodies && isPublicBody(base);
    if (isNotACompany(base) && !publicBody) {
      // "the Open Community License (OCL)": the short form of what is no company is none either.
      const short = /^\s*\(([\p{Lu}&.]{2,8})\)/u.exec(run.after)?.[1];
      if (short && initialsFit(short, base)) notCompanies.add(short.toLowerCase());
      return;
    }
    const key = base.toLowerCase();
    // "Teamsters Local 90", "Chapter 11", "Phase 3": a word the story also writes in lower case
    // ("the president of the local"), numbered, is a unit or a clause, not a company's name.
    if (!key.includes(' ') && /^\s+\d/.test(run.after) && lowerWords.has(key)) return;
    const met = candidates.get(key);
    const cand: Candidate = met ?? {
      name: base,
      forms: new Map(),
      mentions: 0,
      alone: 0,
      company: 0,
      person: 0,
      common: 0,
      speaks: 0,
      place: 0,
      inLead: false,
    };
    cand.forms.set(base, (cand.forms.get(base) ?? 0) + 1);
    cand.written ??= new Map();
    cand.written.set(run.name, (cand.written.get(run.name) ?? 0) + 1);
    cand.mentions++;
    cand.alone++;
    cand.inLead ||= inLead;
    cand.first ??= seen++;
    const words = base.split(/\s+/).length;
    const usedAsCompany =
      declinedAsCompany ||
      (inflected ? COMPANY_BEFORE_DE : COMPANY_BEFORE).test(run.before) ||
      COMPANY_AFTER.test(run.after) ||
      COMPANY_BEFORE_JA.test(run.before) ||
      COMPANY_VERB.test(run.after) ||
      // "des Wiener Zentrums für Migrationspolitik (ICMPD)": an acronym a story introduces in
      // brackets is an organisation's short form; people are not given acronyms. Only after a
      // name: "epidermal growth factor receptor (EGFR)" is a term's, written in lower case.
      // Letters only: "die 3er-Reihe (G20)" gives a model's code in brackets, and "in St Vincent
      // and the Grenadines (SVG)" a place's short form.
      (isCapitals(base) &&
        base.length >= 3 &&
        !/\p{N}/u.test(base) &&
        /\p{Lu}[\p{L}\p{N}.&-]*\s*\(\s*$/u.test(run.before) &&
        !placeInBrackets(run.before) &&
        /^\s*\)/.test(run.after));
    if (legal || ORG_WORD.test(base) || usedAsCompany) cand.company++;
    if (isInstitution(base)) cand.institution = (cand.institution ?? 0) + 1;
    // "The 10 best Black Friday deals on Apple devices": every reader knows Apple is a company, so
    // the story never says it; "Bob Fischer" is a person though no word around him says so.
    // Each counts once, as one use would.
    if (!met && story.knownNames && isKnownCompany(base)) {
      cand.company++;
      cand.known = true;
    } else if (!met && !legal && isGivenNamed(base)) {
      cand.person++;
      people.add(key);
    }
    if (legal) cand.legal = (cand.legal ?? 0) + 1;
    if (publicBody) cand.publicBody = true;
    if (usedAsCompany) cand.used = (cand.used ?? 0) + 1;
    // "the Charlotte Bobcats", "The Susan G. Komen foundation": a name of several words that takes
    // an article is no person's.
    if (words >= 2 && /(?:^|\s)(?:the|The)\s+$/.test(run.before)) cand.the = (cand.the ?? 0) + 1;
    if (
      !legal &&
      ((words >= 2 && words <= 4 && (PERSON_BEFORE.test(run.before) || PERSON_AFTER.test(run.after))) ||
        HONORIFIC.test(run.before) ||
        AGE_AFTER.test(run.after))
    ) {
      cand.person++;
      people.add(key);
    }
    if (NOUN_BEFORE.test(run.before) || (inflected && ADJECTIVE_BEFORE.test(run.before))) cand.common++;
    // "Heizjacken von Bosch": a German noun that says whose it is names a thing, its maker the company.
    if (inflected && words === 1 && VON_NAME.test(run.after)) cand.whose = (cand.whose ?? 0) + 1;
    // "OpenAI’s GPT-5 Codex", "Google’s Gemini": a name after another's possessive is what that one owns.
    if (POSSESSOR_BEFORE.test(run.before)) cand.owned = (cand.owned ?? 0) + 1;
    if (SPEAKS.test(run.after)) cand.speaks++;
    if (CITED_BEFORE.test(run.before) || CITED_AFTER.test(run.after)) cand.cited = (cand.cited ?? 0) + 1;
    if (PLACE_AFTER.test(run.after) || (isCapitals(base) && placeInBrackets(run.before) && /^\s*\)/.test(run.after))) cand.place += 2;
    else if (PLACE_BEFORE.test(run.before)) cand.place++;
    candidates.set(key, cand);
    // "Silicon Valley Bank (SVB)": the short form is the same company.
    const abbr = /^\s*\(([\p{Lu}&.]{2,8})\)/u.exec(run.after)?.[1];
    if (abbr && initialsFit(abbr, base)) aliases.set(abbr.toLowerCase(), key);
  };
}

/**
 * A company is also what the story's sentences refer back to: "Lyft isn’t waiting … The
 * ridesharing firm has extended …" (the company a sentence calls "the firm" is the name the
 * sentence before it began with).
 */
function countReferences(texts: readonly string[], candidates: Map<string, Candidate>, lowerWords: ReadonlySet<string>): void {
  // Only a name that opens its sentence (its subject) is the one referred to.
  const opening = (sentence: string) => {
    const first = nameRuns(sentence, lowerWords)[0];
    return first && first.index <= 4 ? candidates.get(withoutLegalForm(first.name).base.toLowerCase()) : undefined;
  };
  for (const t of texts) {
    // "As Apple crests in the phone and tablet markets, its investors will …": what a sentence's
    // opening name owns by "its" (shares, investors, customers) is a company's; a person's are
    // "his" or "her".
    if (ITS_HOLDINGS.test(t))
      for (const one of sentences(t)) {
        const at = one.search(ITS_HOLDINGS);
        const first = at > 0 ? nameRuns(one, lowerWords)[0] : undefined;
        const cand =
          first && first.index <= 4 && first.index < at ? candidates.get(withoutLegalForm(first.name).base.toLowerCase()) : undefined;
        if (cand) cand.company++;
      }
    if (!ANAPHOR.test(t)) continue;
    const said = sentences(t);
    // "JPMorgan Chase earned $4.9 billion …, the company announced": the company that says what its
    // sentence reports is the name the sentence opens with.
    for (const one of said) {
      if (!ANAPHOR_SAID.test(one)) continue;
      const cand = opening(one);
      if (cand) cand.company++;
    }
    for (let i = 1; i < said.length; i++) {
      if (!ANAPHOR_START.test(said[i]!)) continue;
      const cand = opening(said[i - 1]!);
      if (cand) cand.company++;
    }
  }
}

/** The small words a long name carries between its capitalised ones: "Zentralkomitee der deutschen Katholiken". */
const SMALL = String.raw`(?:der|die|des|den|dem|de|la|le|du|d['’]|van|von|of|the|and|und|für|et|\p{Ll}+(?:isch|sch)(?:en|e|er|es))`;
const CAP = String.raw`\p{Lu}[\p{L}'’]*(?:-\p{Lu}?[\p{L}'’]*)?`;
/** A capitalised word, small words and capitalised words again: a name the run of capitals cuts at its small words. */
const LONG_NAME = new RegExp(String.raw`(?<![\p{L}\p{N}-])${CAP}(?:\s+(?:${SMALL}\s+){0,3}${CAP}){1,6}`, 'gu');
/** A short form right after a name, in brackets or not: capitals, or with a small letter between ("ZdK"). */
const DEFINING = /^\s*(?:\(\s*(\p{Lu}[\p{Lu}\p{Ll}&]?\p{Lu}{1,5})\s*\)|(\p{Lu}[\p{Lu}\p{Ll}&]?\p{Lu}{1,5})(?![\p{L}\p{N}-]))/u;

/**
 * The short form's letters in order from the name's words: each capitalised word gives its
 * initial, a small word its initial or none ("ZdK"), and the last word, a compound, may give its
 * inner word's ("Tarifverbund": the last V of "AVV").
 */
function shortFits(short: string, name: string): boolean {
  const letters = short.replace(/[^\p{L}]/gu, '').toLowerCase();
  const words = name.split(/\s+/);
  const match = (li: number, wi: number): boolean => {
    if (wi === words.length) return li === letters.length;
    const w = words[wi]!.toLowerCase().replace(/-$/, '');
    const capital = /^\p{Lu}/u.test(words[wi]!);
    // A small word may give no letter.
    if (!capital && match(li, wi + 1)) return true;
    if (letters[li] === w[0] && match(li + 1, wi + 1)) return true;
    // The last word, a compound, may give its inner word's letter for its own or after it:
    // "Tarifverbund" gives the V of "AVV".
    const last = capital && wi === words.length - 1;
    // (An inner word has a few letters: the A of "Georgia" is no word's, and "UGA" not its short form.)
    const inner = (li2: number) => li2 === letters.length - 1 && [...w.slice(3, -3)].includes(letters[li2]!);
    return last && (inner(li) || (letters[li] === w[0] && inner(li + 1)));
  };
  return letters.length >= 3 && match(0, 0);
}

/**
 * "Das Zentralkomitee der deutschen Katholiken (ZdK)", "Augsburger Verkehrs- und Tarifverbund
 * AVV", "le Syndicat Intercommunal de la Vallée Verte (SIVV)": a long name whose small words cut
 * the run of capitals, defined by a short form right after it (in brackets or not) whose letters
 * its words give.
 */
function definedNames(title: string, leads: number, texts: readonly string[]): Array<{ run: NameRun; inLead: boolean; abbr: string }> {
  const out: Array<{ run: NameRun; inLead: boolean; abbr: string }> = [];
  [title, ...texts].forEach((t, i) => {
    for (const m of t.matchAll(LONG_NAME)) {
      const words = m[0].split(/\s+/);
      // Only a name cut at a small word: a run of capitals alone is read already.
      if (!words.some((w) => !/^\p{Lu}/u.test(w))) continue;
      // "Das Zentralkomitee …", "Le Centre …": an article opening the sentence is no part of it,
      // nor the short form after it ("Tarifverbund AVV"). The longest name that fits.
      for (const ws of words.flatMap((_, from) => words.slice(from + 2).map((__, n) => words.slice(from, words.length - n)))) {
        if (!/^\p{Lu}/u.test(ws[0]!) || !/^\p{Lu}/u.test(ws[ws.length - 1]!) || ws.every((w) => /^\p{Lu}/u.test(w))) continue;
        const name = ws.join(' ');
        const index = m.index + m[0].indexOf(name);
        const after = t.slice(index + name.length, index + name.length + 170);
        const abbr = DEFINING.exec(after);
        const short = abbr?.[1] ?? abbr?.[2];
        if (!short || !shortFits(short, name)) continue;
        // "des Deutschen Sparkassen- und Giroverbandes (DSGV)": a German genitive is not how the
        // organisation is called; the capitals' own reading of the short form stands.
        if (/(?:^|\s)des\s+$/iu.test(t.slice(Math.max(0, index - 5), index))) break;
        out.push({ run: { name, index, before: t.slice(Math.max(0, index - 40), index), after }, inLead: i <= leads, abbr: short });
        break;
      }
    }
  });
  // The name the brackets define first: "Das Zentralkomitee der deutschen Katholiken (ZdK)", not
  // the genitive "des Zentralkomitees der deutschen Katholiken" the story uses before.
  return out.sort((a, b) => Number(bracketed(b)) - Number(bracketed(a)));
}

const bracketed = (d: { run: NameRun; abbr: string }) => d.run.after.trimStart().startsWith(`(${d.abbr})`);
