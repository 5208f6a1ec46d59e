import type { PersonMention } from '../../schema/page-extraction';
import { cleanLine } from '../clean';
import { escapeRegExp } from '../../text/regexp';
import { type Apposed, apposedPeople, OPENERS } from './apposition-people';
import { withoutLegalForm } from './legal-form';
import { squash } from './site-title';
import { initialsFit } from './subject-evidence';
import { labelledHeads } from './labelled-heads';
import { isInstitution } from './subject-cues';

/*
 * The people of the company a news story is about, named with their titles: "Crocs-CEO Andrew
 * Rees", "Volkswagen-Chef Herbert Diess", "LVMH CEO Bernard Arnault", "Tim Thabe, CEO von
 * creditshelf", "sagte Vorstandschef Stefan Schulte", "says company spokesperson Al Tolan". A
 * title that names another company ("Verdi-Chef Frank Werneke" in a story about Lufthansa) is
 * an outsider's; so is every title without a company but the bare role a story gives its own
 * company's people after a verb of saying.
 */

/** A role, alone or as the head of a German compound ("Betriebsratschefin", "Vorstandschef"). */
const ROLE =
  '(?:\\p{Lu}\\p{Ll}*(?:chef|vorsitzende|sprecher|führer|gründer|präsident|direktor|leiter|sekretär)(?:in|r|n)?|Chef(?:in)?|CEO|CFO|CTO|COO|Vorsitzende[rn]?|Sprecher(?:in)?|Geschäftsführer(?:in)?|Gründer(?:in)?|Präsident(?:in)?|Generalsekretär(?:in)?|Vorstand|[Cc]hief [Ee]xecutive(?: [Oo]fficer)?|(?:[Cc]o-?)?[Ff]ounder|[Pp]resident|[Cc]hair(?:man|woman)|[Ss]pokes(?:person|man|woman)|' +
  // Other languages' heads of a firm: Polish "prezes (zarządu)", Norwegian "konsernsjef",
  // "sponsorsjef", "generalsekretær", Dutch "directeur", "oprichter", Italian "amministratore delegato".
  '[Pp]rezes(?: [Zz]arządu)?|[Ww]iceprezes(?: [Zz]arządu)?|\\p{Ll}*sjef|[Gg]eneralsekretær|[Aa]dministrerende direktør|[Dd]aglig leder|[Dd]irecteur|[Oo]prichter|[Ee]igenaar|[Aa]mministratore delegato|PDG|[Tt]oimitusjohtaja)';
/** A person's full name: two or three capitalised words, with a particle ("John v. Berenberg-Consbruch") or an inner capital ("Dino DiStefano"). */
const NAME =
  "(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?:\\s+(?:(?:van|von|de|du|la|le|v\\.)(?:\\s+der)?\\s+)?\\p{Lu}[\\p{Ll}'’]+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}\\p{Ll}+)?){1,2})";
/**
 * A second role joined to the first: "Tesla CEO and co-founder Elon Musk", "VW-Betriebsratschefin
 * und Aufsichtsrätin Daniela Cavallo" (a board member: "-rat", "-rätin").
 */
const SECOND_ROLE = `(?:\\s+(?:and|und|&)\\s+(?:${ROLE}|\\p{Lu}\\p{Ll}*(?:rat|rätin)))?`;
/** An academic prefix between a title and a name, no part of either: "AVV-Geschäftsführerin Dr. Linda Kisabaka". */
const ACADEMIC = '(?:(?:Dr|Prof)\\.\\s+){0,2}';
/**
 * "Crocs-CEO Andrew Rees", "der EBAA-Vorsitzende Jürgen Wiese", "LVMH CEO Bernard Arnault",
 * "Acme head Jane Roe", "Acme editor Jane Roe", "IMF chief economist Jane Roe" (a head, an editor or a
 * chief of some work only with the body before it; up to four words of its name).
 */
const ORG_ROLE = new RegExp(
  `(?<![\\p{L}\\p{N}&-])(der\\s+)?(\\p{Lu}[\\p{L}\\p{N}&]*(?:\\s(?:&\\s)?\\p{Lu}[\\p{L}\\p{N}&]*){0,3})(-|\\s)((?:${ROLE}|head|editor|anchor|(?:co-)?host|lead|[Cc]hief\\s+(?!executive)\\p{Ll}{4,})${SECOND_ROLE})\\s+${ACADEMIC}${NAME}`,
  'gu',
);
// Capitalised too: a sentence opens on it ("Former CEO of Nordia, Stefan Elm, spoke"), and the
// title-first reading has no "i" flag.
const FORMER_WORD =
  '(?:[Ff]ormer|[Ee]x|[Ll]ate|[Tt]hen|[Ll]egendary|[Ee]hemalige[rnm]?|[Ff]rühere[rnm]?|[Ee]instige[rnm]?|[Bb]yły|[Bb]yła|[Bb]yłego|[Tt]idligere|[Vv]oormalig|[Aa]ncien)';
/** A title that says its holder has left it: "ehemaliger CEO von Nokia", "former chief executive of Acme". */
const FORMER = new RegExp(`(?:^|\\s)${FORMER_WORD}\\s`, 'iu');
/**
 * "of" in the languages of the stories read: Norwegian "sponsorsjef i TINE", Polish "prezes w
 * Lotos"; a Polish title takes the firm in the genitive with no word between ("Prezes Grupy
 * Eurocash"), so the word may be missing.
 */
const OF = '(?:(von|of|at|bei|der|des|für|for|i|w|z|in|di|de|du|van|bij|hos)\\s+)?(?:the\\s+)?';
// (At most five words: an unbounded run of capitalised words before a comma that never comes
// makes the title-first form backtrack over the whole paragraph at every title word.)
const ORG = '(\\p{L}(?:[\\p{L}\\p{N}&-]|\\.(?=\\p{L}))*(?:\\s\\p{Lu}(?:[\\p{L}\\p{N}&-]|\\.(?=\\p{L}))*){0,4})';
/** "Tim Thabe, CEO von creditshelf", "Jane Roe, chief executive of Acme", "mówi Luis Amaral, Prezes Grupy Eurocash". */
const NAME_ROLE_OF = new RegExp(`${NAME},\\s+((?:[\\p{L}-]+\\s+){0,3}?${ROLE}\\s+${OF}${ORG})`, 'gu');
/**
 * The title first, then the name: "sier sponsorsjef i TINE, Ann-Kristin Syversen"; not "Der
 * frühere Präsident und CEO von Nokia, Stephen Elop".
 */
const ROLE_OF_NAME = new RegExp(
  `(?<![\\p{L}-])(?<!(?<![\\p{L}])${FORMER_WORD}\\s+(?:[\\p{L}-]+\\s+){0,3})(${ROLE}\\s+${OF}${ORG}),\\s+${NAME}`,
  'gu',
);
/**
 * An organisation's officers in German, named by their bare title (issue 10): "Teamchef Michael
 * Kohlmann hat …", "allen voran Vizepräsidentin Jana Roe", "Pressesprecher Tom Bell sagte",
 * "die Amtszeit von Intendantin Jana Roe", "so der neue Präsident Tom Bell". Any body's as often
 * as the story's: read only for the organisation last named (see `itsOwn`), a president only of
 * a club, an association or a university (a firm has none; "Präsident Macron" is a state's).
 */
const OFFICER_DE = '(?:Vize)?Präsident(?:in)?|Pressesprecher(?:in)?|Teamchef(?:in)?|Intendant(?:in)?|Cheftrainer(?:in)?';
const OFFICER = new RegExp(`^(?:${OFFICER_DE})(?![\\p{L}])`, 'u');
/**
 * The roles a story gives its own company's people without naming the company: "sagte
 * Vorstandschef Stefan Schulte", "said chief executive Jane Roe". A bare "Sprecher" or
 * "Regierungschef" may be anyone's; an officer's title (OFFICER_DE) is read with a check.
 */
const OWN_ROLE =
  // (Not "chief medical officer": a state's or a county's as often.)
  '(?:[Cc]hief\\s+(?:[Oo]perating|[Ff]inancial|[Tt]echnology|[Pp]roduct|[Mm]arketing|[Cc]ommercial|[Ii]nformation|[Rr]evenue|[Pp]eople|[Ss]trategy|[Dd]igital)\\s+[Oo]fficer|CFO|CTO|COO|CIO|CMO|CPO|(?:Vorstands|Konzern|Firmen|Unternehmens|Finanz|Aufsichtsrats|Betriebsrats)chef(?:in)?|(?:Konzern|Firmen|Unternehmens)sprecher(?:in)?|Vorstandsvorsitzende[rn]?|Geschäftsführer(?:in)?|Inhaber(?:in)?|' +
  OFFICER_DE +
  '|(?:[Cc]o-?)?[Oo]wner|Chef(?:in)?|CEO|[Cc]hief [Ee]xecutive(?: [Oo]fficer)?|(?:[Cc]o-?)?[Ff]ounder|[Pp]rezes(?: [Zz]arządu)?|[Kk]onsernsjef|[Aa]dministrerende direktør|[Dd]aglig leder|[Aa]mministratore delegato|PDG|[Tt]oimitusjohtaja)';
/**
 * "says company spokesperson Al Tolan", "said founder Jane Roe". A founder named elsewhere is as
 * often another firm's ("Monoidics … co-founder Dino DiStefano" in a story about Facebook).
 */
const SAID_ROLE = new RegExp(
  `\\b(?:sagte|sagt|erklärte|erklärt|betonte|so|said|says|according to)\\s+(?:(?:the|a)\\s+)?(?:(?:company|firm)\\s+(${ROLE})|((?:[Cc]o-?)?[Ff]ounder))\\s+${NAME}`,
  'gu',
);
/**
 * A bare company role before a name, wherever the sentence puts it: "sagte Vorstandschef Stefan
 * Schulte", "Chef Boris Dujakovic gründete Filana", "newly appointed CEO Rob Mosig", "since founder
 * Jane Roe", "owner Al Roe" (a founder or an owner only of the company last named: see `itsOwn`;
 * "his co-founder, chief technology officer Jane Roe" is her title, not "co-founder, chief …"). Not
 * after a capitalised word, which may be another firm's name ("Apple CEO Tim Cook": ORG_ROLE reads
 * it), nor after "former" (no longer the company's).
 */
const BARE_ROLE = new RegExp(
  `(?<=(?:^|[.!?:;,(–—"„“”‘’']\\s*|(?<![\\p{L}'’-])(?!${FORMER_WORD}\\s)\\p{Ll}+\\s+))(?:[Dd]er\\s+|[Dd]ie\\s+|[Tt]he\\s+)?(?!(?:[Cc]o-?)?[Ff]ounder,)((?:${ROLE},\\s+){0,3}${OWN_ROLE}${SECOND_ROLE})\\s+${NAME}(?![\\p{L}'’-])(?!\\s+(?:left|resigned|quit|stepped down|was (?:ousted|fired)|verließ|verlässt))`,
  'gu',
);
/**
 * "but spokeswoman Jane Roe said", "Spokesman Jane Roe cited": a spokesperson with no body named
 * speaks for the company the story last named (see `itsOwn`); "police spokesman" is the police's.
 */
const SPOKES = new RegExp(
  `(?<=(?:^|[.!?:;(–—"„“”]\\s*|\\b(?:but|and|while|said|says)\\s+))([Ss]pokes(?:person|man|woman))\\s+${NAME}(?=\\s+(?:said|says|told|added|explained|cited|confirmed|declined|noted|wrote|stated)\\b)`,
  'gu',
);
/** Roles that take their firm in the genitive, with no word between: "Prezes Zarządu Grupy Eurocash". */
const GENITIVE = /^[Pp]rezes|^[Ww]iceprezes/;
/** A title whose holder may be anyone's: read only for the company last named. */
const FOUNDER_OR_OWNER = /^(?:[Cc]o-?)?(?:[Ff]ounder|[Oo]wner)$/;
/** "the former", "ex-" just before a title. */
const FORMER_BEFORE = new RegExp(`(?:^|\\s)${FORMER_WORD}[\\s-]$`, 'u');
/** A sentence that says its people left their posts, or are being succeeded ("She succeeds co-founder Jane Roe"). */
const LEFT =
  /\b(?:left|departed|quit|resigned|exited|ousted|fired|verließen|verlassen|succeed(?:s|ing)?|replac(?:es|ing)|takes? over from|took over from|folgt auf|ersetzt|Nachfolger(?:in)? (?:von|des))\b/u;
/** The sentence a match is in, up to the match. */
const sentenceBefore = (p: string, at: number) =>
  p
    .slice(0, at)
    .split(/[.!?]\s+/)
    .pop()!;
/** Roles of a company's people, not of a state's or a party's ("US-Präsident", "SPD-Vorsitzende"). */
const COMPANY_ROLE = /chef|sjef|CEO|CFO|CTO|COO|führer|[Gg]ründer|[Ff]ounder|[Ee]xecutive|[Ss]pokes|sprecher|Vorstand|[Pp]rezes/;

/** First words many firms' names share: the subject is named by more than that. */
const GENERIC_FIRST =
  /^(?:General|American|United|National|First|New|Royal|Deutsche|British|International|Global|Bank|China|Japan|European|Southern|Northern)\s/;

export function storyPeople(
  paragraphs: readonly string[],
  subject: string,
  title: string,
  authors: readonly string[] = [],
  /** A company's own post: it writes of others (its customers, their staff) by bare roles ("owner Jane Roe"), so those are not read. */
  ownPost = false,
): PersonMention[] {
  const own = squash(withoutLegalForm(subject).base);
  // "AT&T Entertainment CEO", "Fox Business anchor": a unit that carries the subject's first word
  // first, unless that word is any firm's ("General Electric" is no unit of General Motors).
  const unitOf = (org: string) =>
    !GENERIC_FIRST.test(subject) && /\s/.test(org) && squash(org.split(/\s+/)[0]!) === squash(subject.split(/\s+/)[0]!);
  // The subject by its name, its first word or its initials ("EBAA"), or a company the headline names ("Valendo").
  const party = (org: string, role: string) => {
    const key = squash(withoutLegalForm(org).base);
    return (
      !!key &&
      (key === own ||
        key === squash(subject.split(/\s+/)[0]!) ||
        unitOf(org) ||
        initialsFit(org, subject) ||
        (COMPANY_ROLE.test(role) && new RegExp(`(?<![\\p{L}])${escapeRegExp(org)}(?![\\p{L}])`, 'u').test(title)))
    );
  };
  // The subject by its name, its initials or its first word ("Verizon Communications Inc." for
  // Verizon Wireless), unless that word is any firm's ("General Motors", "American Airlines").
  const head = GENERIC_FIRST.test(subject) ? withoutLegalForm(subject).base : subject.split(/\s+/)[0]!;
  const subjectNamed = (org: string) => {
    const key = squash(withoutLegalForm(org).base);
    return (
      !!key &&
      (key === own ||
        (squash(org).startsWith(squash(head)) && squash(org.split(/\s+/)[0]!) === squash(head.split(/\s+/)[0]!)) ||
        initialsFit(org, subject))
    );
  };
  const mentioned = new RegExp(`(?<![\\p{L}])${escapeRegExp(head)}(?![\\p{L}])`, 'u');
  // One of the story's company: it says so ("Acme's", "of Acme"), or, a head of a firm with no firm
  // written, in a paragraph that names the company. No one from another firm.
  const ours = (a: Apposed, paragraph: string, previous: readonly string[]) => {
    if (a.elsewhere) return false;
    // "Box's VP of Platform": of a part of the company it names.
    if (a.possessor && subjectNamed(a.possessor)) return true;
    const orgs = [a.possessor, a.org].filter((o): o is string => !!o);
    if (orgs.length) return orgs.every(subjectNamed);
    return a.possessor === '' ? itsOwn(paragraph.slice(0, a.at), previous) : a.senior && mentioned.test(paragraph);
  };
  // "the company's chief executive" is the company last named: the story's, named before it in
  // the paragraph or, when the paragraph names no one else before it, in the two paragraphs before.
  const itsOwn = (before: string, previous: readonly string[]) => {
    const told = before.replace(/[“"„«][^”"“»]*[”"“»]/gu, ' ');
    if (mentioned.test(told)) return true;
    return !/(?<![.!?:]\s*|^\s*)\p{Lu}/u.test(told) && previous.some((p) => mentioned.test(p));
  };
  // "CEO of Paris Baguette North America": a unit of the company keeps its name in the title.
  const titled = (a: Apposed) => {
    const unit =
      a.org &&
      a.orgPhrase &&
      squash(withoutLegalForm(a.org).base) !== own &&
      (a.org.split(/\s+/).length > subject.split(/\s+/).length || (!!a.possessor && !subjectNamed(a.org)));
    return unit ? `${a.title} ${a.orgPhrase}` : a.title;
  };
  // "der Vorsitzende" is called "Vorsitzender" on his own.
  const nominative = (the: string | undefined, role: string) => (the && /(?:nde|te)$/.test(role) ? `${role}r` : role);
  const fullName = (surname: string) => writtenInFull(surname, paragraphs, subject);
  const out: PersonMention[] = [];
  const add = (name: string, role: string) => {
    const n = cleanLine(name);
    // "a spokesperson for Instagram" is called "spokesperson for Instagram".
    const title = cleanLine(role.replace(/^(?:a|an|the)\s+/i, ''))!;
    const known = out.find((p) => p.name === n);
    // "VW-Chef Herbert Diess", later "Volkswagen-Chef Herbert Diess": the title with the company's full name.
    if (known && !known.title!.includes(subject) && title.includes(subject)) known.title = title;
    if (n && !known && !authors.includes(n)) out.push({ name: n, title });
  };
  // "Fox News CFO Mark Kranz", "Yesterday Apple CEO Tim Cook", "U.S. Federal Communications Commission
  // chairman Tom Wheeler": the words before the role, or their last ones.
  const org = (words: string, role: string) => {
    const w = words.split(/\s+/);
    return w.map((_, k) => w.slice(k).join(' ')).find((o) => party(o, role));
  };
  // "Acme Co., Ltd. (Headquarters: Tokyo, CEO: Jane Roe)": the head a release's opening labels.
  for (const h of labelledHeads(paragraphs, subject)) add(h.name, h.title!);
  for (const [i, p] of paragraphs.entries()) {
    for (const m of p.matchAll(ORG_ROLE)) {
      // ("the former Fox & Friends anchor Jane Roe": no longer the company's.)
      if (FORMER_BEFORE.test(p.slice(Math.max(0, m.index - 12), m.index))) continue;
      const named = org(m[2]!, m[4]!);
      if (named) add(m[5]!, `${named}${m[3]}${nominative(named === m[2] ? m[1] : undefined, m[4]!)}`);
    }
    // The firm as written, or its last word only in the Polish genitive ("Prezes Grupy Eurocash"):
    // "named CEO of the company Jobs co-founded" is no firm called "Jobs".
    const firm = (of: string | undefined, words: string, role: string) => (of ? party(words, role) : !!org(words, role));
    // ("Stephen Elop, ehemaliger CEO von Nokia": no longer Nokia's.)
    // ("Stephen Elop, wird Executive Vice President der …": the verb is no part of the title.)
    for (const m of p.matchAll(NAME_ROLE_OF))
      if (!FORMER.test(m[2]!) && firm(m[3], m[4]!, m[2]!)) add(m[1]!, m[2]!.replace(/^(?:wird|ist|bleibt|is|becomes)\s+/u, ''));
    for (const m of p.matchAll(ROLE_OF_NAME)) if (firm(m[2], m[3]!, m[1]!)) add(m[4]!, m[1]!);
    // "says company spokesperson Al Tolan": the story's company's spokesperson.
    for (const m of p.matchAll(SAID_ROLE)) add(m[3]!, m[1] ? `${subject} ${m[1]}` : m[2]!);
    // "Prezes Grupy Eurocash": the company itself in the genitive, no one's name.
    // (A firm a headline names only after a role that takes it in the genitive: a headline that
    // names the person, "Jamie Dimon: …", makes no firm of them.) Not in a sentence that says they
    // left ("two executives left Acme, including CTO Jane Roe").
    // A bare founder or owner is of the company last named ("Mohey and co-founder Seif Zahran launched ART").
    const previous = paragraphs.slice(Math.max(0, i - 2), i);
    for (const m of ownPost ? [] : p.matchAll(BARE_ROLE))
      if (
        !org(m[2]!, GENITIVE.test(m[1]!) ? 'CEO' : '') &&
        !LEFT.test(sentenceBefore(p, m.index)) &&
        (!FOUNDER_OR_OWNER.test(m[1]!) || itsOwn(p.slice(0, m.index), previous)) &&
        (!OFFICER.test(m[1]!) || ((!/Präsident/.test(m[1]!) || isInstitution(subject)) && itsOwn(p.slice(0, m.index), previous)))
      )
        add(m[2]!, m[1]!);
    for (const m of ownPost ? [] : p.matchAll(SPOKES)) if (itsOwn(p.slice(0, m.index), previous)) add(m[2]!, m[1]!);
    // "Jane Roe, Acme's chief financial officer, said", "the company's chief executive, Jane Roe,", "Roe, Acme's CFO, said".
    for (const a of apposedPeople(p, fullName)) if (ours(a, p, previous)) add(a.name, titled(a));
  }
  return out.slice(0, 10);
}

/** Words that open a sentence before a surname and are no first name ("When Roe left"). */
const NO_FIRST = new RegExp(`^(?:${OPENERS}|Mr|Mrs|Ms|Dr)$`);

/**
 * The one full name the story gives a surname ("Jane Hyman" for "Hyman", "Kevin J. Tracey" for
 * "Tracey"): a capitalised word, an initial perhaps, then the surname, which is no word of the subject's ("Walt Disney" is no person of
 * Disney's); none when two people share it ("Rupert Murdoch", "James Murdoch").
 */
function writtenInFull(surname: string, paragraphs: readonly string[], subject: string): string | undefined {
  if (subject.split(/\s+/).includes(surname)) return undefined;
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}.'’-])(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)(\\s+\\p{Lu}\\.)?\\s+${escapeRegExp(surname)}(?![\\p{L}'’-])`,
    'gu',
  );
  const names = new Set<string>();
  for (const p of paragraphs) for (const m of p.matchAll(re)) if (!NO_FIRST.test(m[1]!)) names.add(m[0].replace(/\s+/g, ' '));
  return names.size === 1 ? [...names][0] : undefined;
}
