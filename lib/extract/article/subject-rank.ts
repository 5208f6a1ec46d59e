import { isGivenName, isGivenNamed, isKnownCompany } from './known-names';
import { squash } from './site-title';
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
import { mergeCases } from './subject-declined';
import { fullNameOf, spelledInTags, spelledOutIn } from './subject-full-name';
import { ownerOf } from './subject-owner';
import { headlineMaker } from './subject-maker';
import { coordinatedInTitle, firstInLeadOf, firstNamed, headlineSubject, UNIT } from './subject-headline';
import type { RankedSubject, SubjectClues } from './subject-clues';
import { isCapitals, mostUsedForm, sceneSetLead, usableOwner, weakCompany } from './subject-evidence';
import { type Gathered, gatherCandidates, readStory, type StoryReading } from './subject-candidates';

/** Every name that could be the subject, best first, with its score (for the subject and for tests). */
export function rankSubjects(c: SubjectClues): RankedSubject[] {
  const story = readStory(c);
  const gathered = gatherCandidates(c, story);
  const { shownAs, nicknames, spelled } = settleNames(c, story, gathered);
  const keywords = new Set((c.keywords ?? []).map((k) => k.toLowerCase()));
  const mentions = new Set((c.mentions ?? []).map((k) => k.toLowerCase()));
  const eligible = eligibleCandidates(c, story, gathered, mentions);
  const evidenced = evidencedCandidates(c, eligible, mentions);
  const ranked = scoreCandidates(c, story, gathered, { eligible, evidenced, shownAs, nicknames, spelled, keywords, mentions });
  return withOwners(ranked, c, story, gathered, eligible, evidenced);
}

/** The maker the headline opens with and the address files the story under (lib/extract/article/subject-maker.ts). */
export function makerSubject(c: SubjectClues): string | undefined {
  if (!c.path) return undefined;
  const story = readStory(c);
  const gathered = gatherCandidates(c, story);
  settleNames(c, story, gathered);
  return headlineMaker(c.title, c.path, gathered.candidates, (name) =>
    usableOwner(name, gathered.candidates, gathered.people, story.isExcluded),
  );
}

const isFavoured = (c: SubjectClues, cand: Candidate) => !!c.favoured && squash(c.favoured) === squash(cand.name);

/**
 * Tells people from companies by the names they share, and folds each name's other forms
 * ("der Deutschen Bank", "PG&E", "Apple Pencil") into the name they stand for. Returns the form a
 * headline shows a merged name in, by key.
 */
function settleNames(
  c: SubjectClues,
  story: StoryReading,
  { candidates, people, aliases }: Gathered,
): { shownAs: Map<string, string>; nicknames: Map<string, string>; spelled: Set<string> } {
  const { lead, inflected, declined, lowerWords } = story;
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
  const nicknames = new Map<string, string>();
  mergeNicknames(candidates, inflected, nicknames);
  mergeProducts(candidates);
  const shownAs = new Map<string, string>();
  mergeShortForms(candidates, c.title, shownAs);
  // "Chicago Mercantile Exchange (CME)": the headline may call it "CME", but the name the story
  // spells out is the company's. An acronym with an ampersand ("PG&E", "AT&T") is the name the
  // company trades under, and stays.
  const spelled = new Set<string>();
  for (const [key, name] of mergeAliases(candidates, aliases, c.title)) {
    shownAs.set(key, name);
    if (!name.includes('&')) spelled.add(key);
  }
  return { shownAs, nicknames, spelled };
}

/** The names that may be a company at all: no person, no common noun, not the publication. */
function eligibleCandidates(
  c: SubjectClues,
  story: StoryReading,
  { candidates, notCompanies }: Gathered,
  mentions: ReadonlySet<string>,
): Map<string, Candidate> {
  const eligible = new Map<string, Candidate>();
  for (const [key, cand] of candidates) {
    // A known company the story mostly uses as a thing ("the Jaguar", "a Jaguar"), or names fewer
    // than three times and not in its headline, is met in passing: its fame is no evidence.
    if (cand.known && (cand.common * 2 >= cand.mentions || (cand.mentions < 3 && !contains(c.title, cand.name)))) {
      cand.company--;
      cand.known = false;
    }
    const favoured = isFavoured(c, cand);
    if (!favoured && (cand.merged || story.isExcluded(cand.name) || notCompanies.has(key))) continue;
    if (cand.person > 0 && cand.person >= cand.company) continue;
    // A public body is the subject only of a story whose headline is about it.
    if (cand.publicBody && !cand.opener) continue;
    // "Paul" of "Paul McGann": a given name alone, in a story naming a person by it, is theirs.
    // ("Gavin" of "Gavin Moor of Tellwick": a given name and a surname open the longer run.)
    if (
      !key.includes(' ') &&
      isGivenName(cand.name) &&
      [...candidates].some(([k, p]) => k.startsWith(key + ' ') && (p.person > 0 || isGivenNamed(p.name.split(/\s+/).slice(0, 2).join(' '))))
    )
      continue;
    // A word mostly used as a common noun or a product, and never as a company.
    // German names take articles ("der Deutschen Bank"), so there only single words are judged so.
    const judged = !isCapitals(cand.name) && (!key.includes(' ') || !story.inflected);
    if (cand.company === 0 && !favoured && !mentions.has(key) && judged && cand.common * 2 > cand.alone) continue;
    if (!favoured && !mentions.has(key) && !cand.known && weakCompany(cand)) continue;
    // "Heizjacken von Bosch sorgen für Wärme": a German noun mostly said to be someone's is a thing.
    if (!favoured && !mentions.has(key) && !isKnownCompany(cand.name) && !cand.legal && (cand.whose ?? 0) * 2 >= cand.mentions) continue;
    // German capitalises nouns: "sammelt das Unternehmen Lizenzen für …" puts a plural after the
    // company word once, and "in diesen Lizenzen" shows it a noun. One cue against one article is no company
    // (a compound's "Linde-Konzern" is the name's own, not a word put after it).
    if (
      !favoured &&
      !mentions.has(key) &&
      !cand.known &&
      story.inflected &&
      /^\p{Lu}\p{Ll}+$/u.test(cand.name) &&
      cand.company === 1 &&
      cand.used === 1 &&
      cand.common >= 1 &&
      !cand.speaks
    )
      continue;
    eligible.set(key, cand);
  }
  return eligible;
}

/**
 * Evidence that a name is a company at all: it is used as one somewhere in the story (or the
 * page's JSON-LD mentions it as an organisation). Without it a name is a person's, a place's or
 * a thing's as likely as a company's, and the story's company is left unsaid.
 */
function evidencedCandidates(c: SubjectClues, eligible: Map<string, Candidate>, mentions: ReadonlySet<string>): Map<string, Candidate> {
  const evidenced = new Map<string, Candidate>();
  for (const [key, cand] of eligible) if (cand.company || mentions.has(key) || isFavoured(c, cand)) evidenced.set(key, cand);
  // A story that uses no name as a company's may still name a maker by its products, again and
  // again ("Anker Nebula Capsule" under a headline about Anker's projector; one "Quillstone
  // Analytics" is the company's full name as likely as a product): the weakest evidence, read
  // only when there is no other, and counted as one use as a company.
  if (!evidenced.size)
    for (const [key, cand] of eligible)
      // The story's lead shows it making something ("Anker Nebula Capsule"); a name whose few
      // longer forms come late ("Helvetica", then "Helvetica Now" deep in the text) is the product.
      if ((cand.makes ?? 0) >= 2 && cand.makesInLead && !weakCompany({ ...cand, company: 1 })) evidenced.set(key, { ...cand, company: 1 });
  return evidenced;
}

interface Judged {
  eligible: Map<string, Candidate>;
  evidenced: Map<string, Candidate>;
  shownAs: Map<string, string>;
  /** The nickname a company goes by ("VW" of Volkswagen): where it is named, the company is. */
  nicknames: Map<string, string>;
  /** Names the story spells out beside the short form the headline uses. */
  spelled: ReadonlySet<string>;
  keywords: ReadonlySet<string>;
  mentions: ReadonlySet<string>;
}

/** The evidenced names the headline or the lead puts forward, scored, best first. */
function scoreCandidates(
  c: SubjectClues,
  story: StoryReading,
  { candidates }: Gathered,
  { eligible, evidenced, shownAs, nicknames, spelled, keywords, mentions }: Judged,
): RankedSubject[] {
  const { lead, body, lowerWords, isExcluded } = story;
  const mainTitle = c.title.replace(/^[^:：]{2,40}[:：]\s+(?=\S)/u, '');
  // A company the headline calls by its short form ("Emirates" of Emirates Airline) or its
  // nickname ("VW-Chef …" of Volkswagen) is named there.
  const named = (key: string, cand: Candidate) => [cand.name, ...[shownAs.get(key), nicknames.get(key)].filter((n): n is string => !!n)];
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
    const favoured = isFavoured(c, cand);
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
      (spelled.has(key) ? undefined : shownAs.get(key)) ??
      spelledInTags(c.keywords ?? [], cand.name) ??
      fullNameOf(cand, candidates, fullNameContext) ??
      spelledOutIn(c.title, cand.name) ??
      mostUsedForm(cand);
    ranked.push({ name, score, inTitle, shared, leads: key === firstInLead, cues: cand.used ?? 0 });
  }
  ranked.sort((a, b) => b.score - a.score);
  return ranked;
}

/** Puts first the company that makes or owns what the ranking's winner (or the headline) names, when the story says who that is. */
function withOwners(
  ranked: RankedSubject[],
  c: SubjectClues,
  { lead, body, isExcluded }: StoryReading,
  { candidates, people }: Gathered,
  eligible: Map<string, Candidate>,
  evidenced: Map<string, Candidate>,
): RankedSubject[] {
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
