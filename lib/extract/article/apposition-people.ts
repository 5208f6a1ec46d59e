import { cleanLine } from '../clean';

/*
 * People a news story names beside their title, set off by commas (issue 10): "Jane Roe, Acme's
 * chief financial officer, said …", "Jane Roe, founder, president and COO of Acme, said …",
 * "Acme's chief executive, Jane Roe, …", "the company's chief medical officer, Dr. Jane Roe,
 * said". This file reads the forms; story-people.ts decides whose people they are, from the
 * organisations they name: `possessor` ("Acme's", "the company's") and `org` (the object of the
 * title's last "of", "at" or "for" when it is capitalised, "of Seattle-based Acme Inc.").
 */
export interface Apposed {
  name: string;
  /** The title as written, without the company's name and without an article ("the", "a"). */
  title: string;
  /** "Acme" in "Acme's chief executive"; "" for "the company's" or "its" (the story's own company). */
  possessor?: string;
  /** "Acme" in "chief executive of Acme": a capitalised object of the title's last preposition. */
  org?: string;
  /** "of Acme North America": the preposition and its object, as written. */
  orgPhrase?: string;
  /** Where in the paragraph the mention starts. */
  at: number;
  /** A head of a firm ("CEO", "president", "founder"): with no organisation written, a story gives its own company's. */
  senior: boolean;
  /** "president of the union", "chief executive of a charity": a firm's head of some organisation left unnamed. */
  elsewhere: boolean;
}

/** Words that open a sentence and are no first name: "And Jane Roe, …", "When Roe left" (also read by story-people.ts). */
export const OPENERS = 'And|But|The|In|At|As|For|When|While|After|Before|Then|So|Or|If|On|With|Yet|Also|Still|This|That';
const STORY_OPENERS = `${OPENERS}|Meanwhile|According|Earlier|Later|Last`;
const STARTER = new RegExp(`(?:^|[.!?“"]\\s*)(?:${STORY_OPENERS})\\s+$`, 'u');
/** A person's name: two or three capitalised words, a middle initial ("Kevin J. Tracey") or a particle. */
const NAME =
  `(?!(?:${STORY_OPENERS}|Its|His|Her|Their|Our)\\s)` +
  "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}\\p{Ll}+)?(?:\\s+\\p{Lu}\\.)?(?:\\s+(?:(?:van|von|de|du|la|le|da|di|del)\\s+)?\\p{Lu}(?:['’]\\p{Lu})?[\\p{Ll}'’]*\\p{Ll}(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}\\p{Ll}+)?){1,2}";
/** The heads of a firm: with no firm written, the story's own company is meant. */
const SENIOR =
  '(?:CEO|CFO|COO|CTO|CIO|CMO|CPO|CRO|CSO|CCO|chief\\s+(?:[\\p{L}-]+\\s+){0,2}officer|chief\\s+executive|(?:executive\\s+|senior\\s+|corporate\\s+)*vice[\\s-]+president|(?:co-)?president|chair(?:man|woman|person)?|(?:co-?)?founder|managing\\s+director|general\\s+manager|general\\s+counsel|(?:co-)?owner)';
/** Titles below the head of a firm ("head of engineering", "director of IT"): read only with the firm written. */
const OTHER =
  '(?:head|director|VP|SVP|EVP|spokes(?:person|man|woman)|(?:product|program|marketing|sales|communications|engineering|operations|brand|design)\\s+(?:manager|director)|principal\\s+[\\p{L}]+|board\\s+member)';
/** A word that may qualify a role: "senior", "executive", "deputy", "global", "interim". */
const QUALIFIER = '(?:(?:senior|executive|deputy|associate|assistant|global|group|acting|interim)\\s+)*';
/** Titles are written in lower case or capitalised ("Chief Financial Officer"). */
const anyCase = (source: string) => source.replace(/(?<![\\\p{L}])(\p{Ll})/gu, (c) => `[${c}${c.toUpperCase()}]`);
const ROLE = anyCase(`(?:${QUALIFIER}(?:${SENIOR}|${OTHER}))`);
/** "founder, president and chief operating officer": roles listed with commas and a last "and". */
const ROLES = `${ROLE}(?:\\s*(?:,|and|&)\\s*(?:,\\s*)?${ROLE})*`;
/** A department after a role: "of product management", "for Kindle content", "of the Office Experience Organization Engineering team". */
const WORD = "(?:[\\p{L}\\p{N}&'’-]|\\.(?=\\p{L}))+";
/** "of fleet, finances and alliances at Alaska": a list of departments, then the firm. */
const LOWER = '\\p{Ll}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*){0,2}';
const LISTED = `\\s+(?:of|for)\\s+${LOWER}(?:,\\s+${LOWER})*,?\\s+and\\s+${LOWER}\\s+(?:at|of|for|with)\\s+(?:the\\s+)?\\p{Lu}${WORD}(?:\\s+\\p{Lu}${WORD}){0,3}`;
const COMPLEMENT = `(?:${LISTED}|\\s+(?:of|for|at|with)\\s+(?:the\\s+)?${WORD}(?:\\s+(?:and|&|of|the|for)?\\s*${WORD}){0,7}?)?`;
/** "Acme's", "Verizon Communications Inc.'s", "the company's", "its". */
const POSSESSOR =
  "(?:(the\\s+(?:company|firm|group|bank|carrier|airline|retailer|utility|automaker|chain|startup|start-up)['’]s|its)|(\\p{Lu}[\\p{L}\\p{N}&.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&.-]*){0,3})['’]s?)\\s+";
/** A role its holder no longer has: "former", "ex-", "then-", "the late". */
const FORMER = /(?:^|\s)(?:former|ex-|then-|late|erstwhile|one-time|onetime|retired|outgoing)/i;
/** What follows an apposition: a comma, the sentence's end, or a verb of saying. */
const END = '(?=\\s*[,;:.)]|\\s*$|\\s+(?:said|says|told|added|adds|explained|noted|wrote|stated|announced|commented)\\b)';

/** Words before a role that are no part of it: "Jane Roe, the FMB's youngest board member", "its new CEO". */
const DROPPED = '(?:(?:new|newly\\s+appointed|incoming|current|longtime|long-time|\\p{Ll}+est)\\s+)?';
/** A word before a role that is part of it: "outbound product manager". */
const LEAD_WORD = '(?:[\\p{Ll}-]+\\s+)??';

/** A surname alone, as a story calls a person it named in full before: "Roe, Acme's chief financial officer, said". */
const SURNAME = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}\\p{Ll}+)?";

/** "Jane Roe, who is Acme's director of athletics": a title now held ("who was" may be a former one). */
const WHO_IS = "(?:who(?:\\s+is|['’]s|\\s+serves\\s+as)\\s+)?";

/** "Jane Roe, Acme's chief financial officer, said" · "Jane Roe, chief executive of Acme, said" · "Jane Roe, who is Acme's CFO". */
const NAME_FIRST = new RegExp(
  `(?<![\\p{L}\\p{N}.'’-])(?:Dr\\.\\s+)?(${NAME}|${SURNAME})\\s*,\\s+${WHO_IS}(?:(?:the|a|an)\\s+)?(?:${POSSESSOR})?${DROPPED}(${LEAD_WORD}${ROLES}${COMPLEMENT})${END}`,
  'gu',
);
/** "Acme's chief executive, Jane Roe, said" · "the company's chief medical officer, Dr. Jane Roe, said". */
const TITLE_FIRST = new RegExp(
  `(?<![\\p{L}-])(?:${POSSESSOR})${DROPPED}(${ROLES}${COMPLEMENT}),\\s+(?:Dr\\.\\s+)?(${NAME})(?=\\s*[,;.]|\\s+(?:said|says|told|has|had|was|is|added|explained|noted|wrote)\\b)`,
  'gu',
);

const ORG_HEAD_OF =
  /(?<!vice[\s-])\b(?:CEO|chief executive|president|chair(?:man|woman|person)?|(?:co-?)?founder|(?:co-)?owner|managing director|general manager)\s+(?:of|at|for)\s/iu;
const SENIOR_RE = new RegExp(`^${anyCase(QUALIFIER + SENIOR)}`, 'u');

/**
 * `fullName` gives the full name a story wrote before for a surname ("Hyman" → "Jane Hyman"):
 * "Hyman, Acme's CEO, said" names her only then; a lone word may be a place ("In Oslo, the
 * company's CEO, …").
 */
export function apposedPeople(paragraph: string, fullName: (surname: string) => string | undefined = () => undefined): Apposed[] {
  const out: Apposed[] = [];
  for (const m of paragraph.matchAll(NAME_FIRST)) {
    // "Microsoft CEO Satya Nadella, …": a name after a capitalised word is part of a longer name or title.
    const before = paragraph.slice(Math.max(0, m.index - 30), m.index);
    if (/\p{Lu}[\p{L}.'’-]*\s+$/u.test(before) && !STARTER.test(paragraph.slice(0, m.index))) continue;
    if (FORMER.test(m[0].slice(m[1]!.length))) continue;
    const name = /\s/u.test(m[1]!) ? m[1]! : fullName(m[1]!);
    if (name) push(out, { name, title: m[4]!, possessor: m[2] ? '' : m[3], at: m.index });
  }
  for (const m of paragraph.matchAll(TITLE_FIRST)) {
    if (FORMER.test(paragraph.slice(Math.max(0, m.index - 12), m.index)) || FORMER.test(m[0])) continue;
    push(out, { name: m[4]!, title: m[3]!, possessor: m[1] ? '' : m[2], at: m.index });
  }
  return out;
}

/** The role and the organisation its last preposition names, if capitalised ("of Seattle-based Marchex Inc."). */
function push(out: Apposed[], found: { name: string; title: string; possessor: string | undefined; at: number }) {
  let role = found.title.trim();
  let org: string | undefined;
  let orgPhrase: string | undefined;
  const last =
    /\s+(?:of|at|for|with)\s+(?:the\s+)?((?:[\p{L}-]+-based\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:of\s+|&\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*)*)$/u.exec(
      role,
    );
  if (last) {
    org = last[1]!.replace(/^[\p{L}-]+-based\s+/u, '');
    orgPhrase = last[0].trim();
    role = role.slice(0, last.index);
  }
  const title = cleanLine(role.replace(/\s+/g, ' '));
  if (!title || out.some((o) => o.name === found.name)) return;
  // A firm's head "of" something heads an organisation ("president of the union"); a vice
  // president, a chief officer or a head "of" something runs a department ("of product management").
  // ("Disney's chairman of international" heads a part of Disney.)
  const elsewhere = !org && found.possessor === undefined && ORG_HEAD_OF.test(title);
  out.push({ ...found, title, org, orgPhrase, senior: SENIOR_RE.test(title), elsewhere });
}
