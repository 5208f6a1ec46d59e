import { isNotACompany } from './gazetteer';
import { lowerWordsOf, type NameRun, nameRuns, withoutLegalForm } from './names';
import { squash } from './site-title';
import { sentences } from '../../text/sentences';

/**
 * Which company a story is about, read as an editor would: the name its headline and lead put
 * first and its text keeps returning to, used as a company is used ("Home Depot (ticker: HD)",
 * "Nvidia chief executive", "Apple’s shares", "the retailer Home Depot", "米インテルは…発表").
 * People ("CEO Tim Cook", "Trump said"), places, public bodies and the publication itself are
 * never the answer; when no name stands out, there is no answer.
 */
export interface SubjectClues {
  title: string;
  excerpt?: string;
  paragraphs: readonly string[];
  /** Names that are not the subject: the publication's, the authors'. */
  exclude: ReadonlyArray<string | undefined>;
  /** `news_keywords`, `article:tag`, JSON-LD `keywords`: an editor's own list of what it is about. */
  keywords?: readonly string[];
  /** Organisations the JSON-LD `mentions`. */
  mentions?: readonly string[];
  /** The page's language: German capitalises every noun, so its nouns need telling from names. */
  lang?: string;
  /** A name that gets a head start: the issuer of a press release, the site's own company on its blog. */
  favoured?: string;
}

interface Candidate {
  name: string;
  forms: Map<string, number>;
  mentions: number;
  /** Mentions of this very name, not counting the longer names merged into it. */
  alone: number;
  company: number;
  person: number;
  /** Uses as a common noun or a product: "die Aufsicht", "neue Foldables", "the new Surface Studio". */
  common: number;
  /** "Nissan said", "Lyft says": a statement, by an organisation or a person. */
  speaks: number;
  /** Uses as a place: "South Dakota residents", "Gov. … of Ohio", "in Oman". */
  place: number;
  inLead: boolean;
  /** Merged into the company whose product it is ("Apple Pencil" → Apple). */
  merged?: boolean;
}

export interface RankedSubject {
  name: string;
  score: number;
  inTitle?: boolean;
  /** Named in the headline alongside another company ("Amazon and Activision Blizzard …"). */
  shared?: boolean;
}

const SEVERAL_COMPANIES =
  /(?:^|[^\p{L}])(?:two|three|four|five|six|seven|eight|nine|ten|dozen|\d+|several|multiple|zwei|drei|vier|fünf|sechs|mehrere|deux|trois|quatre|cinq|plusieurs)\s+(?:[\p{L}-]+\s+)?(?:companies|firms|startups|start-ups|brands|carriers|banks|automakers|carmakers|retailers|providers|vendors|makers|Unternehmen|Firmen|Konzerne|Start-ups|entreprises|sociétés|groupes)(?:$|[^\p{L}])/iu;

/** Words before a name that make it a company: "retailer Home Depot", "CEO of Apple". */
const FUNCTION_WORD = String.raw`(?!(?:im|in|an|am|auf|der|die|das|den|dem|des|und|oder|ihre?[nms]?|seine?[nms]?|a|the|and|or|of|on|at|for|to|with|de|du|la|le|les|et|ou|un|une)\s)`;
/** Words before a name that make it a company, in English and French: "retailer Home Depot", "CEO of Apple", "la start-up lyonnaise Vellaune", "grève à Radio France" (only an employer is struck). */
const COMPANY_BEFORE = new RegExp(
  String.raw`(?:\b(?:company|firm|maker|giant|retailer|carrier|airline|startup|start-up|bank|lender|chipmaker|automaker|carmaker|group|brand|marque|operator|manufacturer|provider|insurer|conglomerate|developer|publisher|rival|subsidiary|parent|competitor|chains?|entreprise|société|groupe|constructeur|jeune pousse)(?:\s+${FUNCTION_WORD}\p{Ll}[\p{L}-]+)?|(?:CEO|chief executive|founder|co-founder|president|chairman|head|spokesperson|spokesman|spokeswoman|shares|investors?|backers?|customers|employees|staff|président(?:e)?|PDG|directeur général|directrice générale|fondateur|fondatrice|salariés|maker|operator|supplier|owner|shareholders?|unit|division)\s+(?:of|at|for|de|du|d['’]|chez)|\b(?:strike|walkout|layoffs|job cuts|grève|licenciements|plan social)\s+(?:at|à|chez))\s*$`,
  'iu',
);
/** The same in German, whose every noun has a capital: "Konzern Samsung", "Chefin der Lindqvist GmbH". English words are not read there ("Brand" is a fire). */
const COMPANY_BEFORE_DE = new RegExp(
  String.raw`(?:\b(?:Konzern|Unternehmen|Hersteller|Firma|Anbieter|Händler|Geldhaus|Autobauer|Chiphersteller|Start-up|Bank|Marke)(?:\s+${FUNCTION_WORD}\p{Ll}[\p{L}-]+)?|(?:CEO|Investor(?:en)?|Hauptkunden|Kunden|Chef(?:in)?|Gründer(?:in)?|Geschäftsführer(?:in)?|Vorstandschef(?:in)?|Aktien|Mitarbeiter|Sprecher(?:in)?)\s+(?:von|bei|der|des)|\b(?:Streik|Warnstreik|Stellenabbau|Entlassungen)\s+(?:bei))\s*$`,
  'u',
);
/** Words after a name that make it a company: "Apple Inc.", "Home Depot (ticker: HD)", "Nvidia chief executive", "Samsung-Chef". */
const COMPANY_AFTER =
  /^(?:,?\s+(?:Inc\b|Corp\b|Co\b|Ltd\b|LLC\b|plc\b|AG\b|SE\b|GmbH\b)|\s*\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX|SIX|ETR|XETRA|Xetra|FWB|TSE|HKEX|HKG|OTC|ASX|Euronext|ticker|Ticker)\s*:|['’]s?\s+(?:shares|stock|CEO|chief|founder|co-founder|board|earnings|revenue|sales|profits?|products?|platform|app|service|subsidiary|parent|president|chairman|spokes\w+|executives?|employees|headquarters|market|stores|customers|investors)\b|\s+(?:CEO|chief executive|founder|co-founder|spokes\w+|shares|stock|executives?|employees|headquarters|officials)\b|,\s+(?:one of the|an?|the|einer? der|eines? der|eine|ein|l['’]un des|un|une)\s+(?:[\p{L}-]+\s+){0,4}?(?:company|firm|maker|developer|retailer|manufacturer|provider|operator|startup|start-up|chain|giant|platform|bank|lender|insurer|airline|carrier|publisher|\p{L}*(?:entwickler|hersteller|konzern|anbieter|händler|unternehmen|riese|versicherer|gruppe|firma))\b|-(?:Chef|Chefin|Konzern|Aktie|Aktien|Gründer|Sprecher|Manager|Mitarbeiter|Tochter|Vorstand|Kunden|Investor|Börsengang|Webseite|Website|Werk|Fabrik|Zentrale|Produkte?|Produktlinie|Smartphones?|Smartwatches|Tablets?|Chips?|Akkus?|Akkuzellen|Akkupacks?|Modelle?)\b|株式会社|社(?!会|長|員)|\s*（本社|\s*\((?:本社|Nasdaq|NYSE)|は[^。]{0,60}(?:発表|発売|開催|買収|提携))/u;
/** A name that ends in what it is: "Silicon Valley Bank", "American Airlines", "Samsung Electronics". */
const ORG_WORD =
  /\s(Bank|Banco|Banque|Airlines?|Airways|Motors?|Electronics|Technologies|Technology|Systems|Software|Labs|Pharma|Pharmaceuticals|Energy|Capital|Partners|Networks|Media|Holdings?|Corporation|Company|Foods|Entertainment|Studios|Games|Insurance|Versicherung|Telekom|Telecom|Financial|Healthcare|Robotics|Semiconductors?|Automotive|Aerospace|Industries|Werke|Brands|Biosciences|Therapeutics|Ventures|Logistics|Retail|Stores)$/;
/** A sentence that refers back to a company: "The company said …", "The ridesharing firm has …", "Das Unternehmen …", "同社は". */
const ANAPHOR_WORDS = String.raw`company|firm|retailer|maker|start-?up|lender|carrier|airline|automaker|carmaker|chipmaker|insurer|conglomerate|manufacturer`;
const ANAPHOR_START = new RegExp(
  String.raw`^(?:(?:The|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:${ANAPHOR_WORDS})\b|(?:Das|Der|Die)\s+(?:\p{Ll}+\s+){0,2}(?:[\p{L}-]*(?:Unternehmen|Konzern|Firma|Hersteller|Geldhaus|Autobauer|Anbieter|Start-up|Gigant|Riese))\b|(?:La|Le|L['’])\s?(?:société|entreprise|groupe|constructeur|start-up)\b|同社)`,
  'u',
);
const ANAPHOR = new RegExp(
  String.raw`\b(?:${ANAPHOR_WORDS}|Unternehmen|Konzern|Firma|Hersteller|société|entreprise|groupe)\b|Gigant|Riese|同社`,
  'iu',
);
/** Japanese: "米インテル", "株式会社バンダイ". */
const COMPANY_BEFORE_JA = /(?:[米独英仏中韓台]|株式会社)$/;
/** Words around a name that make it a person's: "CEO Tim Cook", "Trump said", "said Jane Roe". */
const PERSON_BEFORE =
  /\b(?:Mr|Ms|Mrs|Dr|Prof|Herr|Frau|President|Präsident|CEO|chief executive|executive|chairman|chairwoman|founder|co-founder|analyst|strategist|director|manager|spokesperson|spokesman|spokeswoman|minister|senator|governor|said|says|told|according to|by|Sheikh|Prince|King|Queen|Pope|Chef|Vorstandschef|Konzernchef|Gründer|Analyst|sagte|sagt|laut|Managerin|Fed-Vizechef|Vize(?:chef)?)\.?\s+$/i;
/** Titles that only people bear, before even a one-word name: "President Trump", "Gov. Newsom". */
const HONORIFIC =
  /\b(?:Mr|Ms|Mrs|Dr|Prof|Sir|Dame|Herr|Frau|Mme|President|Präsident|Présidente?|Vice President|Gov|Governor|Sen|Senator|Rep|Representative|Rev|Gen|Lt|Col|Capt|Sgt|Coach|Mayor|Judge|Justice|Secretary|Ambassador|Prime Minister|Chancellor|Kanzler(?:in)?|Premier|Speaker|Sheikh|Prince|Princess|King|Queen|Pope|Minister(?:in)?|actress|actor|singer|rapper|quarterback|striker|forward|goalkeeper|candidate)\.?\s+$/;
const PERSON_AFTER =
  /^(?:\s+(?:said|says|told|tweeted|wrote|added|explained|sagte|sagt|erklärte|schrieb|betonte|a déclaré|déclare)\b|,\s+(?:who|the|a|an|der|die|ein|eine)\s+(?:\w+\s+){0,3}(?:CEO|chief|founder|president|head|director|executive|analyst|Chef|Gründer))/i;

/** An age in apposition, which only a person has: "Braun, 38, who …", "Swift, 29, however". */
const AGE_AFTER = /^,\s+\d{1,2}(?:\s*[,–—-]|\s+(?:who|has|had|is|was|said)\b)/u;

/** Words around a name that make it a place: "South Dakota Gov.", "Ohio residents", "in Oman", "nach Asunción". */
const PLACE_AFTER =
  /^\s+(?:Gov\.|Governor|governor|residents|voters|lawmakers|legislators|legislature|state|county|city|police|mayor|senators?|Einwohner|Bürger|Regierung)\b|^,\s+(?:[A-Z]{2}|\p{Lu}\p{Ll}+),/u;
const PLACE_BEFORE = /(?:^|\s)(?:in|from|near|across|throughout|visit|visited|im|nach|aus|à|au|en|dans)\s+$/u;

/** What a company does in a sentence, said of a name: "Apple plans to", "Alibaba is set to raise". */
const COMPANY_VERB =
  /^(?:\s+(?:(?:has|have|had|is|was|will|would|also|now|on \w+day)\s+)?(?:announced|announces|unveiled|unveils|launched|launches|introduced|introduces|released|releases|reported|reports|acquired|acquires|is acquiring|agreed to|plans to|is planning|is set to|posted|(?:may be |is )(?:planning|developing|working on|testing|preparing) (?:to |a |an |its |new )|is expected to (?:launch|release|unveil|introduce|announce)|raised \$|raises \$|filed for|laid off|lays off|sells|sold|shipped|ships|is valued|was valued|said in a statement|declined to comment|did not respond|did not immediately respond|äußerte sich nicht|wollte sich nicht|n['’]a pas répondu|shares|stock|kündigt|kündigte|übernimmt|übernahm|investiert|annonce|a annoncé|lance|a lancé|rachète|a racheté)\b)/i;
const SPEAKS =
  /^\s+(?:(?:also|has|had|later|previously)\s+)?(?:said|says|claims|claimed|stated|noted|told|sagte|sagt|erklärte|teilte|a déclaré|affirme)\b/;
/** A determiner before a word: it is a noun or a product ("die Aufsicht", "the new Surface Studio", "100 Seiten"). */
const NOUN_BEFORE =
  /(?:^|\s)(?:the|a|an|this|that|these|those|its|their|his|her|our|your|new|latest|upcoming|all-new|next|der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem|keiner|seine|seiner|seinen|ihre|ihrer|ihren|unsere|diese|dieser|diesen|jede|jeder|le|la|les|un|une|du|\d[\d.,]*|\d+-inch|\d+-Zoll|[\p{Ll}-]*generation)\s+$/u;
/** German and Dutch: an inflected adjective before a capitalised word makes it a noun ("neue Foldables", "strengere Regeln"). */
const ADJECTIVE_BEFORE = /(?:^|\s)\p{Ll}{2,}(?:e|en|er|es|em)\s+$/u;

/** The company the story is about, or undefined when none stands out. */
export function storySubject(c: SubjectClues): string | undefined {
  const ranked = rankSubjects(c);
  const top = ranked[0];
  if (!top || top.score < 7 || top.shared) return undefined;
  // "NASA adds five companies to …": a story about several companies has no one subject unless
  // its headline names it.
  if (!top.inTitle && SEVERAL_COMPANIES.test(c.title)) return undefined;
  return top.name;
}

/** Every name that could be the subject, best first, with its score (for the subject and for tests). */
export function rankSubjects(c: SubjectClues): RankedSubject[] {
  // The lead is the story's first sentences: a kicker ("Features"), a byline or a date set as
  // paragraphs above it is not part of it, and would push the real lead out of reach.
  const lead = [c.excerpt ?? '', ...c.paragraphs.filter(isProse).slice(0, 3)].filter(Boolean);
  const inflected = /^(de|nl)\b/i.test(c.lang ?? '');
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
  const add = (run: NameRun, inLead: boolean) => {
    const { base, legal } = withoutLegalForm(run.name);
    if (isNotACompany(base)) return;
    const key = base.toLowerCase();
    const cand = candidates.get(key) ?? {
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
    cand.mentions++;
    cand.alone++;
    cand.inLead ||= inLead;
    const words = base.split(/\s+/).length;
    if (
      legal ||
      ORG_WORD.test(base) ||
      (inflected ? COMPANY_BEFORE_DE : COMPANY_BEFORE).test(run.before) ||
      COMPANY_AFTER.test(run.after) ||
      COMPANY_BEFORE_JA.test(run.before) ||
      COMPANY_VERB.test(run.after) ||
      // "des Wiener Zentrums für Migrationspolitik (ICMPD)": an acronym a story introduces in
      // brackets is an organisation's short form; people are not given acronyms.
      (isCapitals(base) && base.length >= 3 && /\(\s*$/.test(run.before) && /^\s*\)/.test(run.after))
    )
      cand.company++;
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
    if (SPEAKS.test(run.after)) cand.speaks++;
    if (PLACE_AFTER.test(run.after)) cand.place += 2;
    else if (PLACE_BEFORE.test(run.before)) cand.place++;
    candidates.set(key, cand);
    // "Silicon Valley Bank (SVB)": the short form is the same company.
    const abbr = /^\s*\(([\p{Lu}&.]{2,8})\)/u.exec(run.after)?.[1];
    if (abbr && initialsFit(abbr, base)) aliases.set(abbr.toLowerCase(), key);
  };
  const aliases = new Map<string, string>();
  lead.forEach((t) => nameRuns(t, lowerWords).forEach((r) => add(r, true)));
  body.slice(3).forEach((t) => nameRuns(t, lowerWords).forEach((r) => add(r, false)));
  // "Lyft isn’t waiting … The ridesharing firm has extended …": the company a sentence calls "the
  // firm" is the name the sentence before it began with.
  for (const t of [...lead, ...body.slice(3)]) {
    if (!ANAPHOR.test(t)) continue;
    const said = sentences(t);
    for (let i = 1; i < said.length; i++) {
      if (!ANAPHOR_START.test(said[i]!)) continue;
      // Only a name that opens its sentence (its subject) is the one referred to.
      const first = nameRuns(said[i - 1]!, lowerWords)[0];
      const cand = first && first.index <= 4 ? candidates.get(withoutLegalForm(first.name).base.toLowerCase()) : undefined;
      if (cand) cand.company++;
    }
  }
  // Sentence-case titles ("Deutsche Bank nominiert …") name things as the text does.
  if (!isTitleCase(c.title)) nameRuns(c.title, lowerWords).forEach((r) => add(r, true));

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
    if (!favoured && (cand.merged || isExcluded(cand.name))) continue;
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
  const mainTitle = c.title.replace(/^[^:：]{2,40}[:：]\s+(?=\S)/u, '');
  // A company the headline calls by its short form ("Emirates" of Emirates Airline) is named there.
  const named = (key: string, cand: Candidate) => [cand.name, ...(shownAs.has(key) ? [shownAs.get(key)!] : [])];
  const firstInTitle = firstNamed(mainTitle, evidenced, named) ?? firstNamed(c.title, evidenced, named);
  const firstInLead = firstNamed(lead[0] ?? '', evidenced, named) ?? firstNamed(lead[1] ?? '', evidenced, named);

  const ranked: RankedSubject[] = [];
  for (const [key, cand] of evidenced) {
    const favoured = !!c.favoured && squash(c.favoured) === squash(cand.name);
    const inTitle = named(key, cand).some((n) => contains(c.title, n));
    // A company the editor tagged the story with may first appear after the lead ("… at Etlaq,
    // the company behind the spaceport"), when the story opens on a scene.
    const tagged = keywords.has(key) && cand.company > 0 && cand.mentions >= 3;
    if (!inTitle && !cand.inLead && !favoured && !tagged) continue;
    if (cand.mentions < 2 && !(inTitle && cand.company) && !favoured) continue;
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
    const shared = inTitle && named(key, cand).some((n) => coordinatedInTitle(c.title, n, candidates, key));
    ranked.push({ name: shownAs.get(key) ?? mostUsedForm(cand), score, inTitle, shared });
  }
  return ranked.sort((a, b) => b.score - a.score);
}

/**
 * "Why Amazon and Activision Blizzard Are Betting on eSports", "Apple, Google und Meta …": a
 * headline that joins the name to another name the story also uses (not as a person's) is about
 * them together, and no one of them is the story's company.
 */
function coordinatedInTitle(title: string, name: string, candidates: Map<string, Candidate>, own: string): boolean {
  const at = title.indexOf(name);
  if (at < 0) return false;
  const JOIN = String.raw`(?:,|,?\s+(?:and|und|et|y|e|vs\.?|versus)|\s+&)`;
  const before = new RegExp(String.raw`(\p{Lu}[\p{L}\p{N}.-]*)${JOIN}\s+$`, 'u').exec(title.slice(0, at))?.[1];
  const after = new RegExp(String.raw`^${JOIN}\s+(\p{Lu}[\p{L}\p{N}.-]*)`, 'u').exec(title.slice(at + name.length))?.[1];
  return [before, after].some((w) => {
    if (!w) return false;
    const key = w.toLowerCase();
    if (key === own || own.startsWith(key + ' ')) return false;
    const other = candidates.get(key) ?? [...candidates].find(([k]) => k.startsWith(key + ' '))?.[1];
    return !!other && other.person === 0 && other.mentions >= 2 && other.place * 2 < other.mentions;
  });
}

/**
 * The headline's grammatical subject, as a reader takes it: a name that opens the headline ("Lego
 * feiert …", "Itaipu hat …", "Lunacal: AI-powered …") and either opens a sentence of the lead as
 * well ("Lego lockt …", "Lunacal is an …") or is taken up by the lead's first words as "the
 * company" ("Das binationale Unternehmen hat …") is what the story is about, and a name a story
 * is about that the text never treats as a person's is an organisation's. Counts as one use as
 * a company; a person's name (one with person cues, or a surname the text uses alone) gets none.
 */
function headlineSubject(
  title: string,
  lead: readonly string[],
  candidates: Map<string, Candidate>,
  lowerWords: ReadonlySet<string>,
): void {
  const opener = nameRuns(title.replace(/^[\s"“„«'‘]+/u, ''), lowerWords).find((r) => r.index === 0);
  if (!opener) return;
  const cand = candidates.get(withoutLegalForm(opener.name).base.toLowerCase());
  if (!cand || cand.person > 0 || cand.merged || cand.place >= 2 || cand.place * 2 >= cand.mentions) return;
  const words = cand.name.split(/\s+/);
  // "Scooter Braun", then "Braun said": a first and last name; "Trump" of a "Donald Trump".
  if (words.length > 1 && candidates.get(words[words.length - 1]!.toLowerCase())) return;
  const key = cand.name.toLowerCase();
  for (const k of candidates.keys()) if (k !== key && k.endsWith(' ' + key)) return;
  // Without a dateline ("Asunción: …", "BERLIN — …"), sentence by sentence.
  const said = lead.flatMap((t) => sentences(t.replace(/^[^.:!?]{2,30}(?::|\s[–—-]{1,2})\s+/u, '')));
  const opens = said.some((t) => t.startsWith(cand.name) && /^(?:['’]s)?\s+\p{Ll}/u.test(t.slice(cand.name.length)));
  const takenUp = !!said[0] && ANAPHOR_START.test(said[0]);
  if ((opens && cand.mentions >= 3) || takenUp) cand.company++;
}

/**
 * "Donna Kelce … Kelce’s … Donna said": the first word of a two-word name whose last word the
 * story also uses on its own is a given name — a person's first and last name, not a company
 * and its product ("Apple Pencil" is never followed by "Pencil said").
 */
function givenNames(candidates: Map<string, Candidate>): Set<string> {
  const out = new Set<string>();
  for (const [key, cand] of candidates) {
    const words = key.split(/\s+/);
    if (words.length !== 2 || cand.company > 0 || !/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(cand.name)) continue;
    const surname = candidates.get(words[1]!);
    if (surname && surname.company === 0 && surname.common === 0) out.add(words[0]!);
  }
  return out;
}

/**
 * "Apple Pencil", "Nissan Sentra", "GitHub Actions": a name that begins with another name the
 * story uses on its own is that company's product. Its mentions count for the company; a
 * person's name ("Phil Foden", then "Foden") is no product of their first name.
 */
function mergeProducts(candidates: Map<string, Candidate>): void {
  const given = givenNames(candidates);
  for (const [key, cand] of candidates) {
    const words = key.split(/\s+/);
    if (words.length === 2 && given.has(words[0]!)) continue;
    // "Tallowmere Logistics", "Samsung Electronics", "Hollins & Pryor", "Bank of America": the
    // longer name is the company's own, not a product of the shorter.
    if (ORG_WORD.test(cand.name) || words.includes('&') || words.includes('of')) continue;
    for (let n = words.length - 1; n >= 1; n--) {
      const head = candidates.get(words.slice(0, n).join(' '));
      if (!head || head === cand || head.mentions < 1 || head.person > 0) continue;
      head.mentions += cand.mentions;
      head.company += cand.company;
      head.inLead ||= cand.inLead;
      cand.merged = true;
      break;
    }
  }
}

/**
 * "Tim Cook" whose text later says "Cook said", "Kylie Jenner" and then "Jenner's": a name of
 * two words whose last word stands alone (never after "the" or "die": "die Bank" is a noun) is a
 * person's, however often it is named.
 */
function surnamesOfPeople(candidates: Map<string, Candidate>, people: Set<string>, lowerWords: ReadonlySet<string>): void {
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
    cand.person += cand.mentions;
    lone.person += lone.mentions;
  }
}

/**
 * A name a story mostly uses as something else, with one stray company cue: a place ("Plymouth
 * stand-off", "in Plymouth" fifteen times), a term ("the RPA market", "RPA vendors": an acronym
 * used as a common noun), a title or a thing ("the King’s Speech"). One cue against many other
 * uses is noise, not a company.
 */
function weakCompany(cand: Candidate): boolean {
  if (cand.company >= 2) return false;
  if (cand.place * 2 >= cand.mentions) return true;
  if (isCapitals(cand.name)) return cand.common >= 2 && cand.common > cand.company;
  return cand.common >= 2 && cand.common * 2 >= cand.alone;
}

/** A paragraph of running text, not a kicker, a byline or a date line: several words and a sentence's end. */
const isProse = (p: string) => p.split(/\s+/).length >= 8 || /[.!?。]\s*$/u.test(p);

const isCapitals = (name: string) => /^[\p{Lu}\p{N}&.-]{2,}$/u.test(name);

/** "SVB" for "Silicon Valley Bank", "PG&E" for "Pacific Gas & Electric": the letters are the words' initials, in order. */
function initialsFit(abbr: string, name: string): boolean {
  const letters = abbr.replace(/[^\p{Lu}]/gu, '');
  const initials = name
    .split(/[\s-]+/)
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
  return (
    letters.length >= 2 &&
    initials.startsWith(letters.slice(0, initials.length)) &&
    letters.length <= initials.length + 1 &&
    letters[0] === initials[0]
  );
}

/**
 * Folds a short form into its company, and says which form the headline shows (the story's own
 * name for it: "PG&E", not "Pacific Gas & Electric").
 */
function mergeAliases(candidates: Map<string, Candidate>, aliases: Map<string, string>, title: string): Map<string, string> {
  const shownAs = new Map<string, string>();
  for (const [abbr, fullKey] of aliases) {
    const short = candidates.get(abbr);
    const full = candidates.get(fullKey);
    if (!short || !full || short === full || short.merged) continue;
    full.mentions += short.mentions;
    full.company += short.company;
    full.inLead ||= short.inLead;
    short.merged = true;
    if (contains(title, short.name) && !contains(title, full.name)) shownAs.set(fullKey, short.name);
  }
  return shownAs;
}

/**
 * "Tallowmere" after "Tallowmere Logistics": the short form of a company's full name counts for
 * it, and is the name shown when the headline uses it ("Emirates inks …" of Emirates Airline).
 */
function mergeShortForms(candidates: Map<string, Candidate>, title: string, shownAs: Map<string, string>): void {
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
function mergeCompounds(candidates: Map<string, Candidate>, inflected: boolean): void {
  for (const [key, cand] of candidates) {
    if (cand.merged || key.includes(' ')) continue;
    const hyphen = key.indexOf('-');
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
function mergeNicknames(candidates: Map<string, Candidate>, inflected: boolean): void {
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
        // whose nouns all have capitals, used as a company itself.
        (c.company > 0 || (short.company > 0 && !inflected)) &&
        c.common === 0 &&
        c.inLead &&
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
function mergeInflections(candidates: Map<string, Candidate>): void {
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

/** The eligible candidate named first in a text. */
function firstNamed(
  text: string,
  candidates: Map<string, Candidate>,
  named: (key: string, cand: Candidate) => string[],
): string | undefined {
  let first: { key: string; at: number } | undefined;
  for (const [key, cand] of candidates) {
    const found = named(key, cand)
      .map((n) => indexOfName(text, n))
      .filter((i) => i >= 0);
    const at = found.length ? Math.min(...found) : -1;
    if (at >= 0 && (!first || at < first.at || (at === first.at && key.length > first.key.length))) first = { key, at };
  }
  return first?.key;
}

const contains = (text: string, name: string) => indexOfName(text, name) >= 0;

/** A letter or digit that continues a word: Japanese around a Latin name ("Appleニュース") does not. */
const WORD_CHAR = /[^\P{L}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]|\p{N}/u;

/** Where a name stands in a text as a whole word (a hyphen or an apostrophe may follow: "Quantumscape-Akkus", "Apple’s"). */
function indexOfName(text: string, name: string): number {
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

/** "The Future Of Apple Innovation Is Backwards": every word capitalised, so capitals name nothing. */
function isTitleCase(title: string): boolean {
  const words = title.match(/\p{L}{4,}/gu) ?? [];
  if (words.length < 3) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.6;
}

function mostUsedForm(c: Candidate): string {
  return [...c.forms.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}
