import { isNotACompany } from './gazetteer';
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
  ORG_WORD,
  PERSON_AFTER,
  PERSON_BEFORE,
  PLACE_AFTER,
  PLACE_BEFORE,
  SPEAKS,
} from './subject-cues';
import {
  type Candidate,
  contains,
  givenNames,
  indexOfName,
  mergeAliases,
  mergeCompounds,
  mergeInflections,
  mergeNicknames,
  mergeProducts,
  mergeShortForms,
  surnamesOfPeople,
} from './subject-merge';
import { DECLINED, mergeCases, undeclined } from './subject-declined';
import { fullNameOf, spelledOutIn } from './subject-full-name';
import { ownerOf } from './subject-owner';
import {
  coordinatedInTitle,
  firstInLeadOf,
  firstNamed,
  hangulHeadlineSubject,
  headlineSubject,
  kanaHeadlineSubject,
  UNIT,
} from './subject-headline';
import { sentences } from '../../text/sentences';
import { isTitleCase } from '../../text/title-case';
import type { RankedSubject, SubjectClues } from './subject-clues';
import {
  ITS_HOLDINGS,
  POSSESSOR_BEFORE,
  initialsFit,
  isCapitals,
  isProse,
  mostUsedForm,
  sceneSetLead,
  usableOwner,
  weakCompany,
} from './subject-evidence';

/** Every name that could be the subject, best first, with its score (for the subject and for tests). */
export function rankSubjects(c: SubjectClues): RankedSubject[] {
  // The lead is the story's first sentences: a kicker ("Features"), a byline or a date set as
  // paragraphs above it is not part of it, and would push the real lead out of reach.
  const lead = [c.excerpt ?? '', ...c.paragraphs.filter(isProse).slice(0, 3)].filter(Boolean);
  const inflected = /^(de|nl)\b/i.test(c.lang ?? '');
  const declined = DECLINED.test(c.lang ?? '');
  const body = c.paragraphs.slice(0, 80);
  const lowerWords = lowerWordsOf([c.title, ...lead, ...body]);
  const excluded = c.exclude.filter((n): n is string => !!n).map(squash);
  const excludedNames = c.exclude.filter((n): n is string => !!n);
  // The publication's name, or its first word ("Wexcombe" of the Wexcombe Herald).
  const isExcluded = (name: string) =>
    excluded.some((e) => e && (squash(name) === e || (e.length > 4 && squash(name).startsWith(e)))) ||
    excludedNames.some((n) => n.toLowerCase().startsWith(name.toLowerCase() + ' '));

  const candidates = new Map<string, Candidate>();
  const people = new Set<string>();
  // The order names are first used in, the lead and the body before a sentence-case title.
  let seen = 0;
  const add = (found: NameRun, inLead: boolean) => {
    const { run, company: declinedAsCompany } = declined ? undeclined(found) : { run: found, company: false };
    const { base, legal } = withoutLegalForm(run.name);
    if (isNotACompany(base)) {
      // "the Open Community License (OCL)": the short form of what is no company is none either.
      const short = /^\s*\(([\p{Lu}&.]{2,8})\)/u.exec(run.after)?.[1];
      if (short && initialsFit(short, base)) notCompanies.add(short.toLowerCase());
      return;
    }
    const key = base.toLowerCase();
    // "Teamsters Local 90", "Chapter 11", "Phase 3": a word the story also writes in lower case
    // ("the president of the local"), numbered, is a unit or a clause, not a company's name.
    if (!key.includes(' ') && /^\s+\d/.test(run.after) && lowerWords.has(key)) return;
    const cand: Candidate = candidates.get(key) ?? {
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
      (isCapitals(base) && base.length >= 3 && /\p{Lu}[\p{L}\p{N}.&-]*\s*\(\s*$/u.test(run.before) && /^\s*\)/.test(run.after));
    if (legal || ORG_WORD.test(base) || usedAsCompany) cand.company++;
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
    // "OpenAI’s GPT-5 Codex", "Google’s Gemini": a name after another's possessive is what that one owns.
    if (POSSESSOR_BEFORE.test(run.before)) cand.owned = (cand.owned ?? 0) + 1;
    if (SPEAKS.test(run.after)) cand.speaks++;
    if (CITED_BEFORE.test(run.before) || CITED_AFTER.test(run.after)) cand.cited = (cand.cited ?? 0) + 1;
    if (PLACE_AFTER.test(run.after)) cand.place += 2;
    else if (PLACE_BEFORE.test(run.before)) cand.place++;
    candidates.set(key, cand);
    // "Silicon Valley Bank (SVB)": the short form is the same company.
    const abbr = /^\s*\(([\p{Lu}&.]{2,8})\)/u.exec(run.after)?.[1];
    if (abbr && initialsFit(abbr, base)) aliases.set(abbr.toLowerCase(), key);
  };
  const aliases = new Map<string, string>();
  const notCompanies = new Set<string>();
  const lowerNames = lowerCaseNames(c.keywords ?? [], c.title, [...lead, ...body]);
  const runsOf = (t: string) =>
    lowerNames.length
      ? [...nameRuns(t, lowerWords), ...lowerCaseRuns(t, lowerNames)].sort((a, b) => a.index - b.index)
      : nameRuns(t, lowerWords);
  lead.forEach((t) => runsOf(t).forEach((r) => add(r, true)));
  body.slice(3).forEach((t) => runsOf(t).forEach((r) => add(r, false)));
  // "Lyft isn’t waiting … The ridesharing firm has extended …": the company a sentence calls "the
  // firm" is the name the sentence before it began with.
  for (const t of [...lead, ...body.slice(3)]) {
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
      const first = nameRuns(one, lowerWords)[0];
      const cand = first && first.index <= 4 ? candidates.get(withoutLegalForm(first.name).base.toLowerCase()) : undefined;
      if (cand) cand.company++;
    }
    for (let i = 1; i < said.length; i++) {
      if (!ANAPHOR_START.test(said[i]!)) continue;
      // Only a name that opens its sentence (its subject) is the one referred to.
      const first = nameRuns(said[i - 1]!, lowerWords)[0];
      const cand = first && first.index <= 4 ? candidates.get(withoutLegalForm(first.name).base.toLowerCase()) : undefined;
      if (cand) cand.company++;
    }
  }
  // Sentence-case titles ("Deutsche Bank nominiert …") name things as the text does.
  if (!isTitleCase(c.title)) runsOf(c.title).forEach((r) => add(r, true));
  hangulHeadlineSubject(c.title, lead, body.slice(3), add, candidates);
  kanaHeadlineSubject(c.title, candidates);

  surnamesOfPeople(candidates, people, lowerWords);
  headlineSubject(c.title, lead, candidates, lowerWords);
  // A one-word name that makes statements and is nobody's surname speaks for an organisation
  // (in German, one that never takes an article: "den Ausbruch erklärte er" is a noun).
  const surnames = new Set([...candidates.keys()].filter((k) => k.includes(' ')).map((k) => k.split(/\s+/).pop()!));
  const given = givenNames(candidates);
  for (const [key, cand] of candidates)
    if (!key.includes(' ') && !surnames.has(key) && !given.has(key) && cand.person === 0 && (!inflected || cand.common === 0))
      cand.company += cand.speaks;
  mergeInflections(candidates);
  if (declined) mergeCases(candidates);
  mergeCompounds(candidates, inflected);
  mergeNicknames(candidates, inflected);
  mergeProducts(candidates);
  const shownAs = new Map<string, string>();
  mergeShortForms(candidates, c.title, shownAs);
  for (const [key, name] of mergeAliases(candidates, aliases, c.title)) shownAs.set(key, name);
  const keywords = new Set((c.keywords ?? []).map((k) => k.toLowerCase()));
  const mentions = new Set((c.mentions ?? []).map((k) => k.toLowerCase()));
  const eligible = new Map<string, Candidate>();
  for (const [key, cand] of candidates) {
    const favoured = !!c.favoured && squash(c.favoured) === squash(cand.name);
    if (!favoured && (cand.merged || isExcluded(cand.name) || notCompanies.has(key))) continue;
    if (cand.person > 0 && cand.person >= cand.company) continue;
    // A word mostly used as a common noun or a product, and never as a company.
    // German names take articles ("der Deutschen Bank"), so there only single words are judged so.
    const judged = !isCapitals(cand.name) && (!key.includes(' ') || !inflected);
    if (cand.company === 0 && !favoured && !mentions.has(key) && judged && cand.common * 2 > cand.alone) continue;
    if (!favoured && !mentions.has(key) && weakCompany(cand)) continue;
    eligible.set(key, cand);
  }
  // Evidence that a name is a company at all: it is used as one somewhere in the story (or the
  // page's JSON-LD mentions it as an organisation). Without it a name is a person's, a place's or
  // a thing's as likely as a company's, and the story's company is left unsaid.
  const evidenced = new Map<string, Candidate>();
  for (const [key, cand] of eligible) {
    const favoured = !!c.favoured && squash(c.favoured) === squash(cand.name);
    if (cand.company || mentions.has(key) || favoured) evidenced.set(key, cand);
  }
  // A story that uses no name as a company's may still name a maker by its products, again and
  // again ("Anker Nebula Capsule" under a headline about Anker's projector; one "Quillstone
  // Analytics" is the company's full name as likely as a product): the weakest evidence, read
  // only when there is no other, and counted as one use as a company.
  if (!evidenced.size)
    for (const [key, cand] of eligible)
      // The story's lead shows it making something ("Anker Nebula Capsule"); a name whose few
      // longer forms come late ("Helvetica", then "Helvetica Now" deep in the text) is the product.
      if ((cand.makes ?? 0) >= 2 && cand.makesInLead && !weakCompany({ ...cand, company: 1 })) evidenced.set(key, { ...cand, company: 1 });
  const mainTitle = c.title.replace(/^[^:：]{2,40}[:：]\s+(?=\S)/u, '');
  // A company the headline calls by its short form ("Emirates" of Emirates Airline) is named there.
  const named = (key: string, cand: Candidate) => [cand.name, ...(shownAs.has(key) ? [shownAs.get(key)!] : [])];
  const firstInTitle = firstNamed(mainTitle, evidenced, named) ?? firstNamed(c.title, evidenced, named);
  const firstInLead = firstInLeadOf(lead, evidenced, named) ?? sceneSetLead(lead, evidenced, named, !!firstInTitle);

  // The name the headline and the lead both put first, named again and again, is what the story
  // is about ("Samsung Continues to Dominate …" / "Samsung has left …"). When the text never uses
  // it as a company's (a product, or a company the prose gives no cue for), a company the story
  // names beside it — the source of its figures, the other party — is not the subject either:
  // only a company the headline names may be.
  const headKey = firstNamed(mainTitle, eligible, named) ?? firstNamed(c.title, eligible, named);
  // Named on its own, not as part of a German compound ("im Vodafone-Netz": a tariff on its
  // network is not a story about Vodafone).
  const alone = (text: string, key: string) =>
    named(key, eligible.get(key)!).some((n) => {
      const at = indexOfName(text, n);
      return at >= 0 && text[at + n.length] !== '-';
    });
  const unevidencedLead =
    !!headKey &&
    !evidenced.has(headKey) &&
    alone(c.title, headKey) &&
    headKey === (firstNamed(lead[0] ?? '', eligible, named) ?? firstNamed(lead[1] ?? '', eligible, named)) &&
    eligible.get(headKey)!.mentions >= 3;

  // "Panasonic Corp. and its Sanyo Electric unit": a unit the story names beside its parent in
  // the headline ("Panasonic, Sanyo to Pay …") is part of the parent's story, not a second company.
  const units = new Set<string>();
  for (const t of [...lead, ...body]) for (const m of t.matchAll(UNIT)) units.add((m[1] ?? m[2])!.split(/\s+/)[0]!.toLowerCase());
  const fullNameContext = { title: c.title, lowerWords, tagged: new Set([...keywords, ...mentions]), isExcluded };
  const ranked: RankedSubject[] = [];
  for (const [key, cand] of evidenced) {
    const favoured = !!c.favoured && squash(c.favoured) === squash(cand.name);
    const inTitle = named(key, cand).some((n) => contains(c.title, n));
    // A company the editor tagged the story with may first appear after the lead ("… at Etlaq,
    // the company behind the spaceport"), when the story opens on a scene.
    const tagged = keywords.has(key) && cand.company > 0 && cand.mentions >= 3;
    if (!inTitle && !cand.inLead && !favoured && !tagged) continue;
    if (!inTitle && !favoured && unevidencedLead) continue;
    // A headline that names nothing ("Who Owns the Biggest Biotech Discovery of the Century?"):
    // only the company the lead names first may be the subject, not any the lead names.
    if (!inTitle && !favoured && !headKey && !tagged && key !== firstInLead) continue;
    if (cand.mentions < 2 && !(inTitle && cand.company) && !favoured) continue;
    // A source the story cites for its figures ("according to InfoNation", twice of three
    // mentions) is where the facts come from; the headline has to name it to make it the subject.
    if (!inTitle && !favoured && (cand.cited ?? 0) * 2 >= cand.mentions) continue;
    const score =
      (inTitle ? 5 : 0) +
      (key === firstInTitle ? 3 : 0) +
      (key === firstInLead ? 3 : 0) +
      (cand.inLead ? 1 : 0) +
      0.5 * Math.min(cand.mentions, 12) +
      2 * Math.min(cand.company, 3) +
      (keywords.has(key) ? 3 : 0) +
      (mentions.has(key) ? 3 : 0) +
      (favoured ? 6 : 0);
    const shared = inTitle && named(key, cand).some((n) => coordinatedInTitle(c.title, n, candidates, key, units));
    const name =
      shownAs.get(key) ?? fullNameOf(cand, candidates, fullNameContext) ?? spelledOutIn(c.title, cand.name) ?? mostUsedForm(cand);
    ranked.push({ name, score, inTitle, shared, leads: key === firstInLead, cues: cand.used ?? 0 });
  }
  ranked.sort((a, b) => b.score - a.score);
  // "Avandia" with a stray use or two as a company's (a drug's name in the headline, over "GlaxoSmithKline,
  // the drug company that makes Avandia"): a thing the story says a company makes is that company's story.
  const made = ranked[0] ? candidates.get(ranked[0].name.toLowerCase()) : undefined;
  if (made && made.company <= 2 && ranked[0]!.score >= 7) {
    const maker = ownerOf(made.name, [c.title, ...lead, ...body], (name) => usableOwner(name, candidates, people, isExcluded), true);
    if (maker) ranked.unshift({ ...ranked[0]!, name: maker, score: ranked[0]!.score + 1, shared: false });
  }
  // No company stands out, and the headline names a thing the story keeps returning to that is
  // no company ("Avandia", "VLC"): the story is about its owner, when the text says who that is.
  if (!ranked.length || ranked[0]!.score < 7) {
    const [topic] =
      [...eligible.entries()]
        .filter(
          ([key, cand]) => !evidenced.has(key) && cand.person === 0 && cand.mentions >= 2 && cand.inLead && contains(c.title, cand.name),
        )
        .filter(([, cand]) => cand.place * 2 < cand.mentions)
        .sort((a, b) => b[1].mentions - a[1].mentions)[0] ?? [];
    const usable = (name: string) => usableOwner(name, candidates, people, isExcluded);
    const owner = topic ? ownerOf(eligible.get(topic)!.name, [c.title, ...lead, ...body], usable) : undefined;
    if (owner) ranked.unshift({ name: owner, score: 7 });
  }
  return ranked;
}
