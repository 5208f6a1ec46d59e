import { escapeRegExp } from '../text/regexp';
import { dateInText } from './dates';

/**
 * A change at the top told the way German, French, Dutch and Polish news tell it: "Susanne Raab wird neue
 * Generaldirektorin des … (ICMPD)", "X a été nommée directrice générale de …", "X wordt de nieuwe
 * CEO van …" — a name, a verb of becoming and an office, with the organisation named in the same
 * sentence. The English readers (lib/prep/event-patterns.ts) find none of these: dossiers-blind-14
 * ICMPD (Salzburger Nachrichten on its new director general) had no hook and no question.
 */
export interface Succession {
  /** The person named: "Susanne Raab". */
  who: string;
  /** The office in English: "director general". */
  office: string;
  /** How they came to it: chosen by a vote, or appointed. */
  change: 'election' | 'appointment';
  /** The person they succeed, when the story names them: "Michael Spindelegger". */
  succeeds?: string;
  /** The story says the change is still ahead ("mit Jahresende", "à la fin de l'année", "per 1 januari"). */
  ahead: boolean;
  /** When the story says they take up the office ("ab dem 1. Januar 2024", "effective January 1, 2024"), as an ISO date. */
  starts?: string;
  evidence: string;
}

// Offices, most specific first; each with what an English reader calls it.
const OFFICES: Array<[string, string]> = [
  [String.raw`Generaldirektor(?:in)?|directeur général|directrice générale|directeur-generaal|director general`, 'director general'],
  [String.raw`Generalsekretär(?:in)?|secrétaire générale?|secretaris-generaal|secretary general`, 'secretary general'],
  [
    String.raw`Vorstandsvorsitzende[rn]?|Vorstandschef(?:in)?|Konzernchef(?:in)?|président-directeur général|PDG|bestuursvoorzitter|topman|topvrouw|CEO`,
    'chief executive',
  ],
  // Polish: the chair of the management board is the chief executive ("prezes zarządu"), in any case form.
  [String.raw`prezes(?:em|a|ką|ka)?(?:\s+zarządu)?`, 'chief executive'],
  [String.raw`Geschäftsführer(?:in)?|algemeen directeur|managing director`, 'managing director'],
  [String.raw`Präsident(?:in)?|présidente?|voorzitter`, 'president'],
  [String.raw`Direktor(?:in)?|directeur|directrice|directeur`, 'director'],
  [String.raw`Chef(?:in)?|Leiter(?:in)?`, 'head'],
];
const OFFICE = OFFICES.map(([re]) => re).join('|');

// A person's name as news prints it: two or three capitalised words, nothing glued before it with a
// hyphen ("ÖVP-Integrationsministerin Susanne Raab": the party's minister is a title, not a name).
// A surname may open on a particle ("Jan de Vries", "Ursula von der Leyen").
const PERSON = String.raw`(?<![\p{L}\p{N}-])((?:\p{Lu}[\p{Ll}'’-]+\s+(?:(?:van|von|de|der|den|zu|du|di|da|le|la)\s+){0,2}){1,2}\p{Lu}[\p{Ll}'’-]+)`;

/** "X wird neue Generaldirektorin", "X wurde zum Geschäftsführer gewählt", "X devient la nouvelle directrice", "X wordt de nieuwe CEO". */
const BECOMES = [
  String.raw`${PERSON}\s+(?:wird|ist)\s+(?:die\s+|der\s+)?neuer?\s+(${OFFICE})(?![\p{L}])`,
  // The organisation as the subject: "Die … (EBAA) hat den ehemaligen EU-Abgeordneten Holger Krahmer zum neuen Generalsekretär ernannt" (blind-15 krahmer).
  String.raw`\b(?:hat|haben)\s+(?:den|die)\s+(?:[\p{L}-]+\s+){0,3}?${PERSON}\s+zu(?:m|r)\s+(?:neuen?\s+)?(${OFFICE})\s+(gewählt|ernannt|bestellt|berufen)`,
  String.raw`${PERSON}\s+(?:wurde|ist)\s+(?:[\p{L}]+\s+){0,6}?zu(?:m|r)\s+(?:neuen?\s+)?(${OFFICE})\s+(?:des|der|von|bei|beim|im)?\s*(?:[^.;]{0,80}?\s)?(gewählt|ernannt|bestellt|berufen)`,
  String.raw`${PERSON}\s+(?:devient|deviendra|a\s+été\s+(?:nommée?|élue?|désignée?)|est\s+(?:nommée?|élue?))\s+(?:au\s+poste\s+de\s+)?(?:le\s+|la\s+)?(?:nouveau\s+|nouvelle\s+)?(${OFFICE})(?![\p{L}])`,
  String.raw`${PERSON}\s+(?:wordt|werd|is)\s+(?:benoemd\s+tot\s+|gekozen\s+tot\s+)?(?:de\s+)?(?:nieuwe\s+)?(${OFFICE})(?![\p{L}])`,
  // Polish puts the office first: "Nowym prezesem zarządu Grupy Lotos będzie Paweł Jan Majewski" (blind-16 lotos-majewski).
  String.raw`(?<![\p{L}])(?:[Nn]owym|[Nn]ową)\s+(?<office>${OFFICE})(?:\s+[^.;]{0,60}?)?\s+(?:będzie|został|została|zostanie|jest)\s+${PERSON}`,
].map((p) => new RegExp(p, 'u'));

/** "Nachfolgerin des … Generaldirektors Michael Spindelegger", "succède à X", "opvolger van X", "succeeds X". */
const SUCCEEDS = new RegExp(
  String.raw`(?:Nachfolger(?:in)?\s+(?:des|der|von)|succède\s+à|successeur\s+de|successeure?\s+de|opvolger\s+van|succeed(?:s|ing)?)\s+(?:[\p{L}-]+\s+){0,8}?${PERSON}`,
  'u',
);

/** Words before a name that say who they were ("Generaldirektors Michael Spindelegger", "Ministerin Susanne Raab"). */
const TITLE_WORD =
  /^(?:\p{L}*(?:minister|chef|direktor|präsident|leiter|vorsitzend|sprecher|kanzler|gründer|manager)\p{L}*|Ex-\p{L}+|Dr\.?|Prof\.?)$/iu;

/** The story says the new holder takes over later: at the year's end, on a date to come. */
const AHEAD =
  /\b(?:mit\s+Jahresende|zum\s+Jahresende|Ende\s+des\s+Jahres|zum\s+Jahreswechsel|bis\s+Jahresende|à\s+la\s+fin\s+de\s+l['’]année|au\s+1er|à\s+partir\s+du|per\s+1|vanaf\s+1|aan\s+het\s+eind\s+van\s+het\s+jaar|at\s+the\s+end\s+of\s+the\s+year|will\s+take\s+over|effective\s+\p{Lu})/iu;

/** The day the office is taken up: "ab dem 1. Januar 2024", "from 1 January", "effective January 1, 2024", "per 1 januari 2024". */
const STARTS =
  /\b(?:ab\s+(?:dem\s+)?|zum\s+|from\s+|as\s+of\s+|effective\s+|with\s+effect\s+from\s+|à\s+partir\s+du\s+|au\s+|per\s+|vanaf\s+)(\d{1,2}\.?\s+\p{L}+\s+(?:19|20)\d{2}|\p{L}+\s+\d{1,2},?\s+(?:19|20)\d{2})/iu;

const startsIn = (lines: string[]) => {
  for (const l of lines) {
    const m = STARTS.exec(l);
    const date = m && dateInText(m[1]!);
    if (date) return date;
  }
  return undefined;
};

const personName = (raw: string) => {
  const words = raw.trim().split(/\s+/);
  while (words.length > 2 && TITLE_WORD.test(words[0]!)) words.shift();
  return words.join(' ');
};

const office = (said: string) => OFFICES.find(([re]) => new RegExp(`^(?:${re})$`, 'iu').test(said))?.[1] ?? 'head';

/**
 * The change at the top a story tells, when one of its sentences names a person becoming the
 * organisation's head and names the organisation too (or the story is about it: `about`).
 */
export function successionIn(lines: string[], names: string[], about: boolean): Succession | undefined {
  const named = (l: string) => names.some((n) => new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(n)}(?=$|[^\\p{L}\\p{N}])`, 'iu').test(l));
  for (const [i, l] of lines.entries()) {
    // The lede names the organisation; a story about it may name it in the title only (the first lines).
    if (!named(l) && !(about && i < 4)) continue;
    for (const re of BECOMES) {
      const m = re.exec(l);
      if (!m) continue;
      // The Polish order names the office first (its named group), the person second.
      const first = m.groups?.office !== undefined;
      const who = personName(first ? m[2]! : m[1]!);
      // The vote is often told in the next sentence ("Die Delegierten haben Berger … gewählt").
      const by = m[3] ?? /(?<![\p{L}])(?:gewählt|élue?|gekozen|elected)(?![\p{L}])/iu.exec(`${l} ${lines[i + 1] ?? ''}`)?.[0];
      const pred = lines.map((x) => SUCCEEDS.exec(x)).find(Boolean);
      const succeeds = pred ? personName(pred[1]!) : undefined;
      return {
        who,
        office: office(first ? m.groups!.office! : m[2]!),
        change: by && /gewählt|élu|gekozen|elected/i.test(by) ? 'election' : 'appointment',
        succeeds: succeeds && succeeds !== who ? succeeds : undefined,
        ahead: lines.slice(0, 12).some((x) => AHEAD.test(x)),
        starts: startsIn(lines.slice(0, 12)),
        evidence: l,
      };
    }
  }
  return undefined;
}
