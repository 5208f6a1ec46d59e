import type { Clip, Company } from '../schema/dossier';
import { fold } from '../text/fold';
import { listing } from './clean';
import { companyNames } from './events';
import { figures } from './statement-figures';
import { offers, qualifications, timeline } from './statement-lists';
import { growth, promise, specialism } from './statement-prose';
import { brandStatus } from './statement-status';
import { recruiting } from './statement-recruiting';
import { clients } from './statement-clients';
import { projects } from './statement-projects';
import { cases } from './statement-cases';
import { equipment } from './statement-equipment';
import { stance } from './statement-stance';
import { method } from './statement-method';
import { segments } from './statement-segments';
import { features } from './statement-features';
import { anniversary } from './statement-anniversary';
import { seasons } from './statement-seasons';
import { wordOfMouth } from './statement-word-of-mouth';
import { engagement } from './statement-engagement';
import { compliance } from './statement-compliance';
import {
  type Page,
  type Statement,
  brandIn,
  companySentences,
  onPage,
  orgName,
  ownPages,
  quoted,
  speaksForCompany,
  words,
} from './statement-page';
import { EXCLUSIVE, EXPANDING, FOUNDING, LICENCE, NAME, ORGANISED, PRIZES, RIGHT_WORDS, WIN, placesIn, whenSaid } from './statement-words';

export type { Statement, StatementKind } from './statement-page';

// The sentences in which a company states a fact about itself (an exclusive right, its group, its
// client, a prize, an expansion, a licence, a partner, a first, the user's target role), each read
// by its structure; what a statement is: lib/prep/statement-page.ts.

function exclusive(page: Page, names: string[]): Statement[] {
  const out: Statement[] = [];
  for (const s of companySentences(page, names)) {
    const cue = EXCLUSIVE.exec(s.text);
    // An exclusive offer, interview or discount is marketing, not a right.
    if (
      !cue ||
      /^\s*(?:offer|deal|content|access|interview|event|webinar|discount|Angebot\p{L}*|Rabatt\p{L}*|offre\p{L}*|aanbieding\p{L}*|korting)/iu.test(
        s.text.slice(cue.index + cue[0].length),
      )
    )
      continue;
    // The sentence before may name the brand the right is for ("… von MULTIFILM®. Exklusiv für die Schweiz.").
    const brand = brandIn(s.text, names);
    if (!brand) continue;
    const right = RIGHT_WORDS.find(([re]) => re.test(s.text))?.[1];
    const places = placesIn(s.text.slice(cue.index));
    // Neither a right nor a territory: "exclusive" alone is a word of praise.
    if (!right && !places.length) continue;
    const where = places.length ? ` in ${listing(places)}` : '';
    const phrase = right
      ? `holds the exclusive ${right} for ${brand}${where}`
      : `offers ${brand} exclusively${places.length ? ` for ${listing(places)}` : ''}`;
    out.push({
      kind: 'exclusive',
      text: `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}`,
      phrase,
      names: [brand],
      evidence: s.text,
      ...onPage(page),
      // A right named as such ("Vertriebsrecht", "distribution rights") is stronger than "exclusively for".
      strength: right ? 9 : 7,
    });
  }
  return out;
}

const PARENT = [
  String.raw`\b(?:is|are|as|was)\s+(?:now\s+|also\s+)?(?:an?\s+|the\s+)?(?:part|member|subsidiary|division|business unit|unit|brand|company)\s+of\s+(?:the\s+)?${NAME}`,
  String.raw`\b(?:owned by|a subsidiary of|belongs to)\s+(?:the\s+)?${NAME}`,
  String.raw`\bgehört\s+(?:zur|zum|zu)\s+(?:der\s+|dem\s+)?${NAME}`,
  String.raw`\b(?:Teil|Tochter\p{L}*|Geschäftsbereich|Unternehmensbereich|Marke|Mitglied)\s+der\s+${NAME}`,
  String.raw`\b(?:filiale|membre|marque|division)\s+(?:du|de la|de l['’]|des|de)\s+(?:groupe\s+)?${NAME}`,
  String.raw`\b(?:fait|faisons|font)\s+partie\s+(?:du|de la|de l['’]|des)\s+(?:groupe\s+)?${NAME}`,
  String.raw`\bappartient\s+(?:au|à la|à l['’])\s+(?:groupe\s+)?${NAME}`,
  String.raw`\b(?:onderdeel|dochter\p{L}*|lid)\s+van\s+(?:de\s+|het\s+)?${NAME}`,
].map((p) => new RegExp(p, 'u'));

function parent(page: Page, names: string[]): Statement[] {
  for (const s of companySentences(page, names)) {
    for (const re of PARENT) {
      const m = re.exec(s.text);
      // The company is the subject, named before the group ("Mitglied der SONORING GmbH" alone says nothing of who).
      if (!m || !speaksForCompany(s.text.slice(0, m.index), names)) continue;
      const org = orgName(m?.[1]);
      // The company's own name is no parent ("Acme GmbH is part of Acme GmbH's promise").
      if (!org || names.some((n) => fold(org) === fold(n) || fold(n).startsWith(fold(org)))) continue;
      const the = /\b(?:Group|Gruppe|Groupe|Groep|Holding)$/.test(org) && page.english ? `the ${org}` : org;
      const member = /\b(?:member|Mitglied|membre|lid)\s/iu.test(s.text.slice(Math.max(0, m.index), m.index + m[0].length));
      return [
        {
          kind: 'parent',
          // A member of a group or an association is not owned by it: said as the page says it.
          text: `${member ? 'A member of' : 'Part of'} ${the}`,
          phrase: `is ${member ? 'a member of' : 'part of'} ${the}`,
          names: [the],
          evidence: s.text,
          clipId: page.clip.id,
          url: page.clip.url,
          source: 'their own page',
          strength: 7,
        },
      ];
    }
  }
  return [];
}

/** A client the company was set up for or names as its own: "a major international client — Centerra/Constellis —". */
const CLIENT = new RegExp(
  String.raw`\b(?:client|customer|Kunde|Kunden|Auftraggeber|klant|opdrachtgever)\s*(?:[—–-]|,|:|\()\s*(?:(?:like|such as|wie|comme|zoals)\s+)?${NAME}`,
  'u',
);

function origin(page: Page, names: string[]): Statement[] {
  for (const s of companySentences(page, names)) {
    if (!FOUNDING.test(s.text)) continue;
    const m = CLIENT.exec(s.text);
    const client = m?.[1]?.trim();
    // A name of one word must look like one (a slash, capitals inside): a German noun is capitalised too.
    if (!client || names.some((n) => fold(n) === fold(client)) || (!/[/&]|\p{Lu}.*\p{Lu}/u.test(client) && !page.english)) continue;
    const year = /\b((?:19|20)\d\d)\b/.exec(s.text)?.[1];
    return [
      {
        kind: 'origin',
        text: `Set up${year ? ` in ${year}` : ''} for a client, ${client}`,
        phrase: `was set up${year ? ` in ${year}` : ''} for a client, ${client}`,
        names: [client],
        evidence: s.text,
        ...onPage(page),
        date: year,
        strength: 8,
      },
    ];
  }
  return [];
}

/** The singular of what is won, in the four languages: "ML-competities" are many, "de hackathon" is one. */
const SINGULAR_PRIZE =
  /^(?:hackathon|award|prize|competition|contest|challenge|trophy|tender|auszeichnung|preis|prix|concours|prijs|wedstrijd|competitie|wettbewerb|trophée|trofee|ausschreibung|aanbesteding)$/i;

function award(page: Page, names: string[]): Statement[] {
  const found: Statement[] = [];
  for (const s of companySentences(page, names)) {
    const win = WIN.exec(s.text);
    // "An award-winning team" praises itself; it names no prize a coach could raise.
    if (!win || (/[-\s]$/.test(s.text.slice(0, win.index)) && /\b(?:award|prize|preis)[-\s]$/i.test(s.text.slice(0, win.index)))) continue;
    // What was won, near the verb: a prize, not a customer.
    const near = s.text.slice(Math.max(0, win.index - 60), win.index + 60);
    const prize = PRIZES.find(([re]) => re.test(near));
    if (!prize) continue;
    // The sentences before it in the paragraph tell which one ("een hackathon mede-georganiseerd door …", "In november 2025").
    const context = s.all.slice(Math.max(0, s.index - 2), s.index + 1).join(' ');
    const by = ORGANISED.exec(context);
    const organiser = by?.[2]?.trim().replace(/[.,;:]+$/, '');
    const date = whenSaid(context);
    // A prize with a name of its own ("the Red Dot Award", "Deutscher Gründerpreis").
    const named = new RegExp(`${NAME}`, 'u').exec(near.replace(/^\S*\s/, ''))?.[1];
    const namedPrize = named && prize[0].test(named) && /\s/.test(named) ? named : undefined;
    // Neither who ran it nor its name: "the awards we have won" is too weak to raise.
    if (!organiser && !namedPrize) continue;
    const noun = (prize[0].exec(near)?.[0] ?? '').split(/[-\s]/).pop()!;
    const what = SINGULAR_PRIZE.test(noun) ? prize[1] : prize[2];
    const phrase = `won ${namedPrize && !organiser ? `the ${namedPrize}` : what}${organiser ? ` ${by![1] ? 'co-organised' : 'organised'} by ${organiser}` : ''}${date ? ` (${date})` : ''}`;
    found.push({
      kind: 'award',
      text: `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}`,
      phrase,
      names: [prize[1].replace(/^an?\s+/, ''), ...(organiser ? [organiser] : [])],
      evidence: s.text,
      ...onPage(page),
      date,
      // A prize the page names with its organiser or its date is one a coach can raise; a bare "we won competitions" is weak.
      strength: 5 + (organiser ? 2 : 0) + (date ? 1 : 0),
    });
  }
  return found.sort((a, b) => b.strength - a.strength).slice(0, 1);
}

function expansion(page: Page, names: string[]): Statement[] {
  for (const s of companySentences(page, names)) {
    if (!speaksForCompany(s.text, names)) continue;
    const m = EXPANDING.exec(s.text);
    const target = m?.slice(1).find(Boolean)?.trim();
    // A place or a market is named ("the wider Mittelstand", "Lyon", "Benelux"), not "more customers".
    if (!target || !/\p{Lu}/u.test(target.replace(/^\p{Lu}/u, '')) || words(target) > 6) continue;
    // Restated only when said in English (the first form); a market named in another language is quoted.
    const english = !!m![1];
    const phrase = english ? `is expanding into ${target}` : `is expanding: ${quoted(m![0])}`;
    return [
      {
        kind: 'expansion',
        text: english ? `Expanding into ${target}` : `Expanding: ${quoted(m![0])}`,
        phrase,
        names: [target.replace(/^the\s+(?:wider\s+)?/i, '')],
        evidence: s.text,
        ...onPage(page),
        strength: 7,
      },
    ];
  }
  return [];
}

/** A licence the company holds, named ("an unlimited AÜG licence", "since 10 March 2025"): a hook, never a question (the page answers it). */
function licence(page: Page, names: string[]): Statement[] {
  for (const s of companySentences(page, names)) {
    if (!speaksForCompany(s.text, names) || !LICENCE.test(s.text)) continue;
    const m = /\b(?:an?\s+)?((?:[\p{Ll}-]+\s+)?\p{Lu}{2,}[\p{Lu}\p{N}-]*\s+licen[cs]e)\b/u.exec(s.text);
    if (!m || !page.english) continue;
    const since = /\bsince\s+((?:\d{1,2}\s+)?\p{L}+\s+(?:19|20)\d\d|(?:19|20)\d\d)/u.exec(s.text)?.[1];
    return [
      {
        kind: 'licence',
        text: `Holds ${/^[aeiou]/i.test(m[1]!) ? 'an' : 'a'} ${m[1]}${since ? ` (since ${since})` : ''}`,
        phrase: `holds ${/^[aeiou]/i.test(m[1]!) ? 'an' : 'a'} ${m[1]}`,
        names: [m[1]!],
        evidence: s.text,
        ...onPage(page),
        date: since,
        strength: 5,
      },
    ];
  }
  return [];
}

/** A name with its small linking words ("SAP Center of Expertise", "Chambre de Commerce"). */
const LONG_NAME = String.raw`(\p{Lu}[\p{L}\p{N}&'’\/-]*(?:\s+(?:(?:of|for|de|du|des|van|der|für)\s+)?\p{Lu}[\p{L}\p{N}&'’\/-]*){0,5})`;
const PARTNER = new RegExp(
  String.raw`(?<![\p{L}])(?:(certified|official|authori[sz]ed|premium|strategic|preferred|gold|platinum)\s+partner|partner|(?:Geschäfts|Vertriebs|Premium-?|Service)?[Pp]artner|partenaire(?:\s+(?:certifié|officiel|agréé|privilégié))?)\s+(?:of|to|von|der|des|de|du|d['’]|van)\s+(the\s+)?${LONG_NAME}`,
  'u',
);

/** A partnership the company names with another organisation ("a certified partner of SAP", "Seit 2005 … Geschäftspartner von Mindray"). */
function partner(page: Page, names: string[]): Statement[] {
  for (const s of companySentences(page, names)) {
    const m = PARTNER.exec(s.text);
    if (!m) continue;
    // The company is the subject: its name or "we" before the word ("Dirk is a Partner of Goldie Financial" is a person's title).
    if (!speaksForCompany(s.text.slice(0, m.index), names)) continue;
    const org = m[3]!.replace(/\s+(?:of|for|de|du|des|van|der|für)$/u, '').trim();
    if (names.some((n) => fold(org).includes(fold(n)) || fold(n).includes(fold(org))) || page.people.some((p) => fold(p) === fold(org)))
      continue;
    const since = /(?:since|seit|depuis|sinds)\s+((?:19|20)\d\d)/iu.exec(s.text)?.[1];
    const kind = m[1] ? `${m[1].toLowerCase()} ` : /zertifiziert|certifié|gecertificeerd/i.test(s.text) ? 'certified ' : '';
    const what = `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}partner of ${m[2] ? 'the ' : ''}${org}${since ? ` since ${since}` : ''}`;
    return [
      {
        kind: 'partner',
        text: `${what.charAt(0).toUpperCase()}${what.slice(1)}`,
        phrase: `is ${what}`,
        names: [`${m[2] ? 'the ' : ''}${org}`],
        evidence: s.text,
        ...onPage(page),
        date: since,
        strength: 7,
      },
    ];
  }
  return [];
}

/** "first" in the four languages: a step the company says it took before anyone else. */
const FIRST = /(?<![\p{L}])(?:first|erste[nrsm]?|premi(?:er|ère)s?|eerste)(?![\p{L}])/iu;

/** A year and a first the company claims ("In 2009 Stearns Design Build built the first net metered solar home in Brazos County"). */
function first(page: Page, names: string[]): Statement[] {
  for (const s of companySentences(page, names)) {
    const year = /(?<![\d])((?:19|20)\d\d)(?![\d])/.exec(s.text)?.[1];
    if (!year || !FIRST.test(s.text) || !speaksForCompany(s.text, names) || words(s.text) > 22 || FOUNDING.test(s.text)) continue;
    const said = s.text.replace(/[.!]+$/, '');
    return [
      {
        kind: 'first',
        // The company's own words ("we opened our first …"), quoted in any language: the user reads them as theirs.
        text: quoted(said),
        phrase: quoted(said),
        names: [year],
        evidence: s.text,
        ...onPage(page),
        date: year,
        strength: 6,
      },
    ];
  }
  return [];
}

/** A sentence of the company's own page that names the role the user wants ("Every client gets a dedicated account manager."). */
function targetRole(page: Page, names: string[], target: string | undefined): Statement[] {
  const t = target?.trim().toLowerCase();
  if (!t || words(t) < 2) return [];
  for (const s of companySentences(page, names)) {
    // A sentence (it ends as one, and says something), not a posting's title ("Account Manager (m/w/d) – Vollzeit – Berlin").
    if (
      words(s.text) > 16 ||
      !/[.!]$/.test(s.text) ||
      /\((?:m\/w\/d|m\/f\/d|f\/h|h\/f|m\/v\/x)\)/i.test(s.text) ||
      // A page's title line ("Circle Of Trust Invest — business coaching, methode en …") is no sentence of the company's.
      /^[^.]{0,60}\s[—–|]\s/.test(s.text) ||
      !fold(s.text).includes(fold(t))
    )
      continue;
    return [
      {
        kind: 'target-role',
        text: `Its own page on the ${t}: ${quoted(s.text)}`,
        phrase: quoted(s.text),
        names: [t],
        evidence: s.text,
        ...onPage(page),
        strength: 7,
      },
    ];
  }
  return [];
}

/** Every statement of the company's own pages, strongest first, one of each kind. */
export function companyStatements(
  clips: Clip[],
  company: Pick<Company, 'id' | 'name'> | undefined,
  opts: { people?: string[]; target?: string; meetingAt: number },
): Statement[] {
  if (!company) return [];
  // Its pages call it by its first word too ("Stearns" for "Stearns Design-Build", "SONORING DORMED Betriebe").
  const head = company.name.trim().split(/[\s-]+/)[0] ?? '';
  const names = [
    ...companyNames(company),
    ...(head.length >= 4 && /^\p{Lu}/u.test(head) && !/^(?:The|Die|Der|Das|Les|Het|Groupe|Gruppe|Group)$/.test(head) ? [head] : []),
  ];
  const year = new Date(opts.meetingAt).getUTCFullYear();
  const all = ownPages(clips, company, opts.people ?? []).flatMap((p) => [
    ...exclusive(p, names),
    ...parent(p, names),
    ...origin(p, names),
    ...award(p, names),
    ...expansion(p, names),
    ...timeline(p, year),
    ...qualifications(p),
    ...offers(p, names, opts.target),
    ...licence(p, names),
    ...partner(p, names),
    ...brandStatus(p, names),
    ...recruiting(p),
    ...clients(p, names),
    ...projects(p, names),
    ...cases(p, names),
    ...equipment(p, names),
    ...first(p, names),
    ...targetRole(p, names, opts.target),
    ...figures(p, names),
    ...specialism(p, names),
    ...growth(p, names),
    ...promise(p, names),
    ...stance(p, names),
    ...method(p, names),
    ...segments(p, names),
    ...features(p, names),
    ...anniversary(p, names),
    ...seasons(p),
    ...wordOfMouth(p),
    ...engagement(p),
    ...compliance(p, names),
  ]);
  all.sort((a, b) => b.strength - a.strength);
  const seen = new Set<string>();
  return all.filter((s) => !seen.has(s.kind) && seen.add(s.kind));
}
