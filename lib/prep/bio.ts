import { escapeRegExp } from '../text/regexp';
import type { Clip, Company, Person } from '../schema/dossier';
import { foldWords } from '../text/fold';
import { dateInText } from './dates';
import { companyNames } from './events';
import { plain } from './clean';

/**
 * A person's bio on their company's own team page, as a coach reads it when there is no profile:
 * "Gary Chavez joined Bunchball in February 2011. Before joining Bunchball, he worked at Live
 * Nation Entertainment …" says when they joined and where they came from — the move to ask about.
 */
export interface Bio {
  /** The bio's text, as the page gives it. */
  text: string;
  /** When they joined the company (ISO, as precise as the page). */
  joined?: string;
  /** Where they were before, as the page names it. */
  before?: string;
  /** How long they have been in their trade, as the page says it: "over 20 years in the construction business". */
  years?: string;
  /** A licence or certification the page says they hold: "a class D1 licensed roofing contractor". */
  credential?: string;
  /**
   * Why they joined, in their own quoted words on the page, said back to them: "you believe impact
   * investing is “a powerful tool …”" (from "I joined BlueOrchard because I believe …").
   */
  why?: string;
  clipId: string;
}

/** An organisation's name as written: capitalised words and the small words between them ("Bank of America"). */
const ORG = String.raw`((?:[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*)(?:\s+(?:of|for|and|&|de)?\s*[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*){0,5})`;

/** Their name within a line's first few words, followed by what they are or did ("President Jeff Pierce is a …"). */
function nameLeads(line: string, name: string): boolean {
  const f = foldWords(line);
  const at = f.indexOf(`${name} `);
  return at > 0 && at <= 40 && f.length > 120 && /^(?:is|has|was|joined|leads|founded|started)\b/.test(f.slice(at + name.length + 1));
}

/** The paragraphs of a team page that follow the line naming the person, up to the next person the page lists. */
function bioText(clip: Clip, person: Person): string | undefined {
  const lines = (clip.text ?? '')
    .split(/\n+/)
    .map((l) => plain(l))
    .filter(Boolean);
  const name = foldWords(person.name);
  const others = (clip.extraction.people ?? []).map((p) => foldWords(p.name)).filter((n) => n && n !== name);
  const starts = (l: string, n: string) => foldWords(l).startsWith(n);
  // The line opens on their name, or on a heading and their title before it ("Management President Jeff Pierce is …").
  const at = [lines.findIndex((l) => starts(l, name)), lines.findIndex((l) => nameLeads(l, name))].find((i) => i >= 0) ?? -1;
  if (at < 0) return undefined;
  const out: string[] = [];
  // The heading line itself ("Gary Chavez, Vice President, Client Services") is the name and title; a longer line is the bio.
  if (lines[at]!.length > 120) out.push(lines[at]!);
  for (let i = at + 1; i < lines.length && out.length < 4; i++) {
    const l = lines[i]!;
    if (others.some((n) => starts(l, n))) break;
    out.push(l);
  }
  const text = out.join(' ').trim();
  // A bio speaks of the person: their name (or first name, or a pronoun) in its first sentence, or
  // they speak for themselves (a careers page quotes its people under their name: "I joined …").
  return text.length >= 60 &&
    new RegExp(`\\b(${escapeRegExp(person.name.split(/\s+/)[0]!)}|he|she|they|I)\\b`, 'i').test(text.slice(0, 200))
    ? text
    : undefined;
}

/** Their own first person said back to them: "I believe" → "you believe", "my" → "your". */
function toSecondPerson(text: string): string {
  return text
    .replace(/\bI am\b|\bI['’]m\b/g, 'you are')
    .replace(/\bI\b/g, 'you')
    .replace(/\b[Mm]y\b/g, 'your')
    .replace(/\b[Mm]e\b/g, 'you')
    .replace(/\b[Mm]yself\b/g, 'yourself');
}

/**
 * "I joined BlueOrchard because I believe impact investing is a powerful tool …": the reason a
 * person gives in their own quote on the company's page, in the second person. Only a first-person
 * "I joined <the company> because …" of a readable length; "we", "our" (the company speaking) are
 * not theirs to say back.
 */
function whyJoined(text: string, names: string): string | undefined {
  const m = new RegExp(String.raw`\bI (?:joined|came to|chose) (?:${names})\s*,?\s*because\s+([^.!?”"]{15,180})`, 'iu').exec(text);
  const why = m?.[1]?.trim();
  if (!why || /\b(?:we|our|us)\b/i.test(why)) return undefined;
  // Their claim is quoted in their words, the frame around it said back: you believe impact investing
  // is “a powerful tool …”. A reason with no claim to quote is not repeated (a paste is no question).
  const split = /^(.{3,80}?\b(?:is|are|was|can|could|would|will|has|have|gives?|offers?|lets?)\s+)(.{10,})$/u.exec(why);
  if (!split || /\b(?:I|my|me)\b/.test(split[2]!)) return undefined;
  return `${toSecondPerson(split[1]!)}“${split[2]!.trim()}”`;
}

/** The bio of the person met on one of the company's own pages (its team or management page), if one is clipped. */
export function bioOf(person: Person | undefined, company: Pick<Company, 'name'> | undefined, clips: Clip[]): Bio | undefined {
  if (!person || !company) return undefined;
  const names = companyNames(company).map(escapeRegExp).join('|');
  const first = escapeRegExp(person.name.split(/\s+/)[0]!);
  for (const clip of clips) {
    if (clip.kind !== 'company-page') continue;
    const text = bioText(clip, person);
    if (!text) continue;
    const joinedAt = new RegExp(
      String.raw`\b(?:joined|started (?:with|at)|came to)\s+(?:${names}|the company|us)\s+(?:in\s+)?((?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+)?(?:19|20)\d{2})`,
      'iu',
    ).exec(text)?.[1];
    const joined = joinedAt ? (dateInText(joinedAt.replace(',', '')) ?? /(?:19|20)\d{2}/.exec(joinedAt)?.[0]) : undefined;
    // "Before joining Bunchball, he worked at Live Nation …", "Prior to joining X he was the CFO for Thismoment"
    const before = new RegExp(
      // No case-blind flag: with it, \p{Lu} would match small letters too and the name would run on.
      String.raw`\b(?:[Bb]efore|[Pp]rior to)\s+(?:joining\s+(?:${names}|the company|us)|that)\s*,?\s*(?:he|she|they|${first})\s+(?:worked|was|served|spent[^.,]{0,30})\s+(?:[^.,]{0,50}?\s)?(?:at|for|with)\s+${ORG}`,
      'u',
    ).exec(text)?.[1];
    // "He has been in the construction business for over 20 years", "with more than 15 years in logistics".
    const y =
      /\bbeen (?:in|working in) (?:the )?([\p{L} -]{3,40}?) (business|industry|trade|field) for ((?:over|more than|nearly|almost) )?(\d{1,2}) years\b/iu.exec(
        text,
      ) ??
      /\b((?:over|more than|nearly|almost) )?(\d{1,2}) years(?: of experience)? in (?:the )?([\p{L} -]{3,40}?) (business|industry|trade|field)\b/iu.exec(
        text,
      );
    const years = y
      ? y.length === 5 && /^\d/.test(y[4] ?? '')
        ? `${y[3] ?? ''}${y[4]} years in the ${y[1]} ${y[2]}`
        : `${y[1] ?? ''}${y[2]} years in the ${y[3]} ${y[4]}`
      : undefined;
    // "is a class D1 licensed Roofing Contractor", "is a certified public accountant".
    const c = /\bis an? ((?:[\p{L}\p{N}-]+ ){0,3}(?:licensed|certified|chartered|registered) [\p{L} ]{3,40}?)(?= in\b|[.,;])/iu.exec(
      text,
    )?.[1];
    // A title's capitals are the page's style, not names: "Roofing Contractor" is written small in a sentence.
    const credential = c ? `a ${c.replace(/\b\p{Lu}\p{Ll}+\b/gu, (w) => w.toLowerCase())}` : undefined;
    return {
      text,
      why: whyJoined(text, names),
      joined,
      before: before?.replace(/\s+(?:in|as|from|where|during)$/i, ''),
      years: years?.replace(/\s+/g, ' ').toLowerCase(),
      credential,
      clipId: clip.id,
    };
  }
  return undefined;
}

/** A job they held before, as a story about them says it: "Ivan served as the CEO of Hipcricket". */
export interface PriorRole {
  /** The office, when the story names one ("CEO"); a story may name only the organisation ("previously worked at Glover Park Group"). */
  title?: string;
  org: string;
  clipId: string;
  /** Where and when the story said it. */
  source?: string;
  date?: string;
}

const OFFICE_WORD =
  /\b(ceo|cfo|coo|cto|cmo|chief|president|founder|co-?founder|director|head|vice president|vp|partner|general manager|managing director)\b/i;

/**
 * The job a story about the person met (their appointment's announcement, an article whose title
 * names them) says they held before: "Ivan served as the CEO of Hipcricket, a mobile marketing
 * company …" is CEO of Hipcricket. Only an office ("CEO", "head of sales"), only an organisation
 * named with capitals, never the company they are at now.
 */
export function priorRole(person: Person | undefined, company: Pick<Company, 'name'> | undefined, clips: Clip[]): PriorRole | undefined {
  if (!person || !company) return undefined;
  const first = escapeRegExp(person.name.split(/\s+/)[0]!);
  const names = companyNames(company).map(foldWords);
  const re = new RegExp(
    String.raw`\b(?:${first}|[Hh]e|[Ss]he)\s+(?:previously\s+|most recently\s+)?(?:served as|was)\s+(?:the\s+)?([\p{L} -]{2,40}?)\s+(?:of|at)\s+${ORG}`,
    'u',
  );
  // "She also previously worked at power strategy firm Glover Park Group" (blind-16 myers-warner): the organisation without an office.
  const worked = new RegExp(
    String.raw`\b(?:${first}|[Hh]e|[Ss]he)\s+(?:also\s+)?(?:previously|formerly|earlier|once)\s+worked\s+(?:at|for)\s+(?:(?:the\s+)?[\p{Ll}-]+\s+){0,3}${ORG}`,
    'u',
  );
  for (const clip of clips) {
    if (clip.kind !== 'article' && clip.kind !== 'company-page') continue;
    const title = clip.extraction.article?.title ?? clip.title;
    if (!foldWords(title).includes(foldWords(person.name))) continue;
    const m = re.exec(plain(clip.text ?? ''));
    const w = m ? undefined : worked.exec(plain(clip.text ?? ''));
    if (w) {
      // The name's own dots ("Bros.") stay; a full stop and the next sentence ("Group. Her last day") go.
      const org = w[1]!
        .split(/\.\s/)[0]!
        .replace(/\.$/, '')
        .replace(/\s+(?:in|as|from|where|during)$/i, '')
        .trim();
      if (names.includes(foldWords(org))) continue;
      return { org, clipId: clip.id, source: clip.siteName, date: clip.publishedAt ?? clip.extraction.article?.publishedAt };
    }
    if (!m) continue;
    const office = m[1]!.trim();
    const org = m[2]!.replace(/\s+(?:in|as|from|where|during)$/i, '').trim();
    if (!OFFICE_WORD.test(office) || office.split(/\s+/).length > 5 || names.includes(foldWords(org))) continue;
    return { title: office, org, clipId: clip.id, source: clip.siteName, date: clip.publishedAt ?? clip.extraction.article?.publishedAt };
  }
  return undefined;
}
