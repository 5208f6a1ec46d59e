import type { CompanyExtraction, PersonMention } from '../../schema/page-extraction';
import { cleanLine } from '../clean';
import { escapeRegExp } from '../../text/regexp';
import { prune } from '../../objects';
import { proseFacts } from '../prose';
import { firstSentences, sentences } from '../../text/sentences';
import type { Dateline } from './dateline';
import { withoutLegalForm } from './names';
import { paragraphElements } from './paragraphs';
import { squash } from './site-title';

/**
 * A press release's boilerplate: the "About Acme" paragraph at its end ("Über Acme", "À propos
 * d'Acme", "Acerca de Acme", "Over Acme"), or, without a heading, a closing paragraph that
 * introduces the company ("Ascom is a global solutions provider …"). It names the issuer and
 * says what it does; a Japanese release names it first, with its head office: "サンワサプライ株式会社
 * （本社：岡山市北区田町1-10-1、…）は、…".
 */
export interface Boilerplate {
  name: string;
  text: string;
  /** Under an "About X" heading: a release's mark. Without one, only a company's own page or a wire makes it boilerplate. */
  headed: boolean;
}

const ABOUT_HEADING =
  /^(?:About|Über|Uber|À propos de|A propos de|À propos d['’]|Acerca de|Sobre|Over|Informazioni su|Om)\s+(.{2,60}?)\s*[:.]?$/i;
/** "Ascom is a global …", "Acme GmbH ist ein …", "Acme est une …": a sentence that introduces a company. */
const INTRODUCES =
  /^(.{2,60}?)\s*(?:\([^)]{2,40}\)\s*)?(?:,\s+[^,]{3,80},)?\s+(?:is|are|ist|est|es|è)\s+(?:(?:a|an|the|one of|ein|eine|einer|der|die|un|une|l['’]un|el|la|uno|una|een|de)\s|(?:dedicated|committed|devoted)\s+to\s)/i;
const JA_OPENING = /^(.{2,40}?(?:株式会社|ホールディングス|グループ)?)[（(]本社[：:]\s*([^、，,）)]+)/u;

export function boilerplate(root: Element | undefined, lead: readonly string[], lines: readonly string[] = []): Boilerplate | undefined {
  if (!root) return undefined;
  return aboutSection(root) ?? aboutLine(lines) ?? introParagraph(root, lead);
}

/**
 * "Über die windream GmbH<br><br>Die windream GmbH entwickelt …": a release a press portal sets as
 * loose text between line breaks has its "About X" heading as a line of its own, in no element,
 * and its introduction as the next line.
 */
function aboutLine(lines: readonly string[]): Boilerplate | undefined {
  for (let i = 0; i + 1 < lines.length && i < 200; i++) {
    const m = lines[i]!.length <= 80 ? ABOUT_HEADING.exec(lines[i]!) : null;
    // ("Über die windream GmbH": the article before the name is no part of it.)
    const name = m ? cleanLine(m[1]!.replace(/^(?:the|die|der|das|den|la|le|les|l['’]|el|de|het)\s+/i, '')) : undefined;
    const text = lines[i + 1]!;
    if (name && companyLike(name) && text.length >= 60 && introducesCompany(name, text)) return { name, text, headed: true };
  }
  return undefined;
}

/** An "About X" heading (a heading, or a bold line) and the text that follows it. */
function aboutSection(root: Element): Boilerplate | undefined {
  for (const h of Array.from(root.querySelectorAll('h2, h3, h4, h5, h6, strong, b, p, dt')).slice(0, 600)) {
    const own = cleanLine(h.textContent);
    if (!own || own.length > 80) continue;
    const m = ABOUT_HEADING.exec(own);
    if (!m) continue;
    const name = cleanLine(m[1]!.replace(/^(?:the\s+)/i, ''));
    if (!name || /^(the )?(author|authors|us|this|cookies|our company|the company)$/i.test(name) || !companyLike(name)) continue;
    const text = textAfter(h);
    if (text && text.length >= 60 && introducesCompany(name, text)) return { name, text, headed: true };
  }
  return undefined;
}

/** Small words a company's name may hold in lower case: "Bank of America", "Hollins & Pryor", "Société des Bains". */
const NAME_LINKS = new Set([
  'of',
  'and',
  'for',
  'the',
  'de',
  'du',
  'des',
  'der',
  'die',
  'für',
  'und',
  'et',
  'la',
  'le',
  'y',
  'e',
  'di',
  '&',
  '+',
]);
/** Words that open a heading "About …" of a blog post's own text, not a company: "About There", "About Your portfolio". */
const NOT_A_NAME_START =
  /^(?:there|here|this|these|that|those|your|our|my|his|her|their|its|it|we|you|us|me|them|what|how|why|when|who|which|a|an|all|any|some|each|every|more|most|less)\b/i;

/**
 * "About Acme Corp", "About 3M": a name, not a phrase a blog post's heading starts with "About"
 * ("About 5–6 standard-sized mugs", "About to you", "About IoT Analytics’ market coverage").
 */
function companyLike(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length > 6 || NOT_A_NAME_START.test(name) || /['’]s?\s/u.test(name)) return false;
  // "3M", "eBay", "my6sense": a digit opens a name only before letters, a lower case only before a capital or a digit.
  const nameWord = (w: string) => /^(?:\p{Lu}|\p{N}+\p{L}|\p{Ll}+[\p{Lu}\p{N}.])/u.test(w);
  // "Über die windream GmbH": a brand written in lower case is a name when its legal form follows it.
  const legal = words.length <= 3 && withoutLegalForm(name).legal;
  if (!nameWord(name) && !legal) return false;
  return words.every(
    (w, i) => nameWord(w) || /^\p{N}/u.test(w) || (i > 0 && NAME_LINKS.has(w.toLowerCase())) || (legal && /^\p{Ll}+$/u.test(w)),
  );
}

/** A person's bio under "About Jane Roe": it calls them he or she, or gives them a job. */
const PERSON_BIO =
  /\b(?:he|she|his|her|him)\b|\b(?:is|was|ist|est)\s+(?:a|an|the|ein|eine|der|die|un|une|le|la)\s+(?:[\p{L}-]+\s+){0,4}?(?:writer|author|journalist|editor|blogger|photographer|designer|consultant|expert|specialist|coach|researcher|engineer|developer|marketer|strategist|founder|co-founder|CEO|student|teacher|contributor|freelancer|mom|mother|father|dad|Autor(?:in)?|Journalist(?:in)?|rédact(?:eur|rice)|journaliste)\b/iu;

/**
 * The text under an "About X" heading introduces X: it names X in its opening ("Acme is …",
 * "Founded in 2001, Acme …"), and describes no person (an author's bio on a blog post).
 */
function introducesCompany(name: string, text: string): boolean {
  const opening = firstSentences(text, 1) || text.slice(0, 300);
  const head = withoutLegalForm(name).base.split(/\s+/)[0]!;
  if (!opening.slice(0, 300).includes(head)) return false;
  return !PERSON_BIO.test(opening);
}

/** The text after a heading: the rest of its paragraph, else the next blocks up to the next heading. */
function textAfter(h: Element): string | undefined {
  const block = h.closest('p, dt') ?? h;
  const rest = cleanLine(
    (block.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice((h.textContent ?? '').replace(/\s+/g, ' ').trim().length),
    5_000,
  );
  if (block !== h && rest && rest.length >= 60) return rest.replace(/^[:.\s–-]+/, '');
  const parts: string[] = [];
  let el: Element | null = block;
  // The heading may be wrapped alone in a div: climb while it has no following sibling.
  while (el && !el.nextElementSibling && el.parentElement) el = el.parentElement;
  for (let next = el?.nextElementSibling; next && parts.length < 4; next = next.nextElementSibling) {
    if (
      /^H[1-6]$/.test(next.tagName) ||
      (next.querySelector('strong, b') &&
        (next.textContent ?? '').trim().length < 80 &&
        ABOUT_HEADING.test((next.textContent ?? '').trim()))
    )
      break;
    const t = cleanLine(next.textContent, 5_000);
    if (t) parts.push(t);
  }
  return parts.length ? cleanLine(parts.join(' '), 5_000) : undefined;
}

/** A closing paragraph introducing a company the headline or lead names ("Ascom is a global …"). */
function introParagraph(root: Element, lead: readonly string[]): Boilerplate | undefined {
  for (const p of paragraphElements(root).slice(-8).reverse()) {
    const text = cleanLine(p.textContent, 5_000);
    if (!text || text.length < 80) continue;
    const m = INTRODUCES.exec(text);
    if (!m) continue;
    const name = cleanLine(m[1]!.replace(/^(?:the|die|der|la|le|l['’])\s+/i, ''));
    const key = squash(withoutLegalForm(name ?? '').base);
    if (!name || name.split(/\s+/).length > 5 || !/^[\p{Lu}\p{N}]|^\p{Ll}+\p{N}/u.test(name) || !key) continue;
    if (lead.some((l) => squash(l).includes(key))) return { name, text, headed: false };
  }
  return undefined;
}

/** The opening of a Japanese release: the issuer and its head office's place and street. */
export function japaneseOpening(
  paragraphs: readonly string[],
): { name: string; address?: string; city?: string; head?: { name: string; title: string } } | undefined {
  // Table layouts put short lines first (a release number, the date, the headline's lines, a
  // footnote): the lead is among the first four paragraphs of a sentence's length.
  const leads = paragraphs
    .slice(0, 12)
    .filter((p) => p.length >= 40)
    .slice(0, 4);
  for (const p of leads) {
    const m = JA_OPENING.exec(p);
    if (!m) continue;
    // "（本社：大阪府大阪市北区 代表取締役：岩田 進、…）": the head named after the place, as the
    // release gives them, is no part of its address.
    const [place, head] = (m[2] ?? '').split(/\s+(?=(?:代表取締役(?:社長)?|代表|社長)[：:])/u);
    const address = cleanLine(place);
    // 岡山市北区田町1-10-1 → 岡山市: the city is what precedes 市 (or 区 in Tokyo's wards). A place
    // without a number ("大阪府大阪市北区") is no street address.
    const street = !!address && /\d/.test(address);
    const city = /^(?:.{2,4}[都道府県])?(.{1,6}?[市区町村])/u.exec(address ?? '')?.[0];
    const who = head ? /^(.+?)[：:]\s*(.{2,12})$/u.exec(head.trim()) : null;
    if (address)
      return {
        name: cleanLine(m[1])!,
        address: street ? address : undefined,
        city,
        head: who ? { name: cleanLine(who[2])!, title: who[1]! } : undefined,
      };
  }
  return undefined;
}

/**
 * People a release quotes, with their titles: "… ,” said Jane Roe, CEO of Acme." · "“…” says
 * André Neu, Head of Platform Solutions for Ascom." · "Jane Roe, CEO of Acme, said: “…”" ·
 * "„…“, sagt Jana Roe, Geschäftsführerin der Acme GmbH." The company part of the title goes
 * ("for Ascom", "at GE Healthcare") when it is a name the release uses.
 */
const QUOTED_AFTER =
  /[”"“»«„]\s*[,.]?\s*(?:said|says|adds|added|explains|explained|notes|noted|commented|comments|stated|states|sagt|sagte|ergänzt|erklärt|so|a déclaré|déclare|explique|ajoute|dit)\s+(\p{Lu}[\p{L}'’.-]+(?:\s+(?:van|von|de|del|der|da|di|du|le|la)?\s?\p{Lu}[\p{L}'’.-]+){1,3}),\s+([^.;“”"„»«]{3,140}?)(?=[.;]\s|[.;]?$|,\s+(?:and|who|which|in|at a|during)\b|\s+[“"„«])/u;
const SPEAKER_FIRST =
  /(?:^|[.!?]\s+)(\p{Lu}[\p{L}'’.-]+(?:\s+(?:van|von|de|del|der|da|di|du|le|la)?\s?\p{Lu}[\p{L}'’.-]+){1,3}),\s+([^,;“”"„»«]{3,120}?),\s+(?:said|says|added|explained|noted|commented|sagt|sagte|erklärt|ergänzt|a déclaré|explique)\b/u;
const PREP = /\s+(?:of|for|at|with|from|bei|von|der|des|de|du|chez|d['’])\s+/gi;

export function quotedPeople(paragraphs: readonly string[], companies: readonly string[]): PersonMention[] {
  const known = companies.map((c) => squash(withoutLegalForm(c).base)).filter(Boolean);
  const out: PersonMention[] = [];
  for (const p of paragraphs) {
    for (const re of [QUOTED_AFTER, SPEAKER_FIRST]) {
      const m = re.exec(p);
      if (!m) continue;
      const name = cleanLine(m[1]);
      const title = titleWithoutCompany(m[2]!, known);
      if (name && title && !out.some((o) => o.name === name)) out.push(prune({ name, title }));
    }
  }
  return out.slice(0, 20);
}

/** "Head of Platform Solutions for Ascom" → "Head of Platform Solutions"; "CEO and founder of my6sense" → "CEO and founder". */
function titleWithoutCompany(raw: string, known: readonly string[]): string | undefined {
  // "my6sense’s new Chief Strategy Officer" → "Chief Strategy Officer".
  const title = raw
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^(?:the company['’]s|its|our|[\p{L}\p{N}&.-]+(?: [\p{Lu}][\p{L}&.-]*){0,3}['’]s)\s+/u, '')
    .replace(/^(?:new|newly appointed|incoming|former|current)\s+/i, '');
  const preps = Array.from(title.matchAll(PREP));
  const last = preps[preps.length - 1];
  if (!last) return cleanLine(title);
  const object = title.slice(last.index + last[0].length).replace(/^the\s+/i, '');
  const key = squash(withoutLegalForm(object).base);
  const isCompany =
    (!!key && known.some((k) => key === k || key.startsWith(k))) || /\b(?:Inc|Corp|Ltd|LLC|GmbH|AG|plc|SE)\.?$/.test(object);
  return cleanLine(isCompany ? title.slice(0, last.index) : title);
}

/** The issuing company's facts from its boilerplate and its dateline. */
export function issuerFacts(opts: {
  name: string;
  about?: Boilerplate;
  dateline?: Dateline;
  website?: string;
  ja?: { address?: string; city?: string };
}): CompanyExtraction {
  const description = opts.about ? cleanLine(opts.about.text, 5_000) : undefined;
  const prose = proseFacts(description);
  return prune({
    name: opts.name,
    website: opts.website,
    summary: description ? firstSentences(description, 1, 300) : undefined,
    description,
    headquarters: opts.ja?.city ?? opts.dateline?.place ?? prose.headquarters,
    address: opts.ja?.address,
    founded: prose.founded ?? foundedAfterYear(description),
    size: prose.size,
    sizeMin: prose.sizeMin,
    sizeMax: prose.sizeMax,
    mission: prose.mission ?? missionOf(description),
  });
}

/** "Ascom’s mission is to provide …": the sentence of a boilerplate that states the mission. */
function missionOf(text: string | undefined): string | undefined {
  if (!text) return undefined;
  return cleanLine(
    sentences(text).find((s) => /\bmission\b[^.]{0,30}\b(?:is|ist|est|es)\b|\bMission\b[^.]{0,30}\b(?:ist|lautet)\b/i.test(s)),
    2_000,
  );
}

/** German and Dutch put the year first: "wurde 2016 gegründet", "werd in 2016 opgericht". */
function foundedAfterYear(text: string | undefined): number | undefined {
  const m = /\b(1[89]\d\d|20\d\d)\s+(?:gegründet|opgericht)\b/.exec(text ?? '');
  return m ? Number(m[1]) : undefined;
}

/**
 * The lead of a release has its issuer announce: "The American Theatre Wing announced today that
 * …", "Acme today announced …", "Acme gab heute bekannt". With a closing paragraph introducing the
 * same company, a story on a news site is the release it reprints.
 */
export function announcedInLead(name: string, paragraphs: readonly string[]): boolean {
  const key = withoutLegalForm(name).base;
  if (!key) return false;
  const at = new RegExp(
    `${escapeRegExp(key)}[^.]{0,80}?\\b(?:announced today|today announced|announces|has announced|gab heute bekannt|annonce aujourd['’]hui)\\b`,
    'u',
  );
  return paragraphs.slice(0, 2).some((p) => at.test(p));
}

/** "The American Theatre Wing (Heather Hitchens, President and CEO) is dedicated to …": the leader a boilerplate names. */
export function leaderInBoilerplate(text: string): PersonMention[] {
  const m = /^[^()]{2,80}?\((\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}),\s+([^()]{2,60})\)\s+(?:is|are|ist|est)\b/u.exec(text);
  const name = cleanLine(m?.[1]);
  const title = cleanLine(m?.[2]);
  return name && title && TITLE_WORD.test(title) ? [{ name, title }] : [];
}

/** A title names a role: "President and CEO", "Geschäftsführer", "directrice générale". */
const TITLE_WORD =
  /\b(?:CEO|CFO|COO|CTO|Chief|President|Chair(?:man|woman|person)?|Director|Founder|Co-Founder|Managing|Partner|Head|Executive|Geschäftsführer(?:in)?|Vorstand|Président(?:e)?|Direct(?:eur|rice)|Fondat(?:eur|rice))\b/iu;
