import { escapeRegExp } from '../text/regexp';
import { urlParts } from '../text/hosts';
import type { Clip, Company } from '../schema/dossier';
import { sentences } from '../text/sentences';
import { releasesIn } from './changelog';
import { dateInText } from './dates';
import { plain } from './clean';
import { anyCue, type EventKind, eventPatterns } from './event-patterns';
import { dubbedIn, namedAfter, namedInTitle, objectOf, withListed } from './event-objects';
import {
  ACQUIRED_KIND,
  ALLEGED,
  COUNTED,
  COURT,
  LEGAL,
  UNNAMED_THING,
  DOCUMENTATION,
  HEDGED,
  NOT_A_PRODUCT,
  CONFLICT,
  SENSITIVE,
  TROUBLE,
  aboutAnother,
  mergerSides,
  pointsAtCompany,
  titleCase,
} from './event-guards';
import { regulatorAct } from './event-regulator';
import { fixedFlaw } from './event-fix';
import { approvedProduct, appointee, fullName, launchPartners, purposeOf } from './event-details';
import { eventRecord, sourceOf } from './event-record';
import { type Succession, successionIn } from './event-succession';
import { companyNames, mentions } from './company-names';

export type { EventKind } from './event-patterns';
export { companyNames, type NamedCompany } from './company-names';

/**
 * Company events read from the TEXT of clipped pages, as a careful reader finds them: a sentence
 * where the company (or "we", on its own pages) does something — raises money, launches a product,
 * buys another company, changes its leaders, cuts jobs — with what it did named. A headline that
 * merely contains "acquisition" is not a deal; a rumour is not a launch.
 */

export interface CompanyEvent {
  kind: EventKind;
  /** What it names: "a $25 million Series B", "Surface Studio", "Gandi", "Jane Doe as CEO". */
  what: string;
  /** The sentence it was read from, trimmed. */
  evidence: string;
  date?: string;
  recent: boolean;
  clipId: string;
  url: string;
  source: string;
  /** Handle with care: layoffs, a lawsuit or investigation, a failure. */
  sensitive: boolean;
  /** The page's language ("en", "de"): questions quote only English wording. */
  lang?: string;
  /** For a change at the top, the person the story names as appointed, when it does ("Alexander Wynaendts"). */
  who?: string;
  /** For an approval, the product it is for, as the sentence names it ("Unite Connect for clinical systems"). */
  product?: string;
  /** For a regulator's act on the company's product, how a coach names it ("the FDA advisory panel’s vote on Avandia"); `what` tells the act. */
  act?: string;
  /** What a launch named after its description is ("a new SDK" for "$rev"). */
  described?: string;
  /** For a launch, the partners it launched with, as the story counts them ("10 third-party developers"). */
  partners?: string;
  /** For an acquisition, what the company said it would do with what it bought ("apply the software to its mobile development process"). */
  purpose?: string;
  /** One of the dated releases the company lists on its own page (a changelog): several may stand from one page. */
  release?: boolean;
  /** For a gift of money to a named body (a partnership by patronage), the amount as written ("$16M"): `what` is who received it. */
  gift?: string;
  /** For a change at the top told in German, French or Dutch: who, the office in English, whom they succeed (lib/prep/event-succession.ts). */
  succession?: Omit<Succession, 'evidence'>;
}

function onDomain(url: string, domains: string[]): boolean {
  const host = urlParts(url)?.hostname.toLowerCase();
  return host !== undefined && domains.some((d) => host === d || host.endsWith(`.${d}`));
}

/** The text a clip offers a reader: its title, its summary and the first part of its body. */
function readable(clip: Clip): string[] {
  const x = clip.extraction;
  const head = [x.article?.title ?? clip.title, x.article?.excerpt, x.description].filter((t): t is string => !!t);
  const body = (clip.text ?? '').slice(0, 12_000);
  const lines = body
    .split(/\n+/)
    .flatMap((p) => sentences(p.replace(/\s+/g, ' ').trim()))
    .filter((s) => s.length >= 20 && s.length <= 600);
  return [...new Set([...head, ...lines.slice(0, 80)])];
}

/**
 * Events in one clip about one company. Own pages (the company's site or profile) may say "we";
 * elsewhere the company must be named in the sentence, before the deed (or after it, for "was
 * acquired by" and "lawsuit against").
 */
export function eventsInClip(
  clip: Clip,
  company: Pick<Company, 'name' | 'domains'> | undefined,
  meetingAt: number,
): readonly CompanyEvent[] {
  // One sheet reads each clip's events three times (the company's events, which clips have any,
  // the story facts): read once per clip, company and meeting. A clip is never changed in place.
  const key = `${company?.name ?? ''}|${(company?.domains ?? []).join(',')}|${meetingAt}`;
  const byKey = EVENTS.get(clip) ?? new Map<string, readonly CompanyEvent[]>();
  EVENTS.set(clip, byKey);
  let events = byKey.get(key);
  if (!events) byKey.set(key, (events = readEvents(clip, company, meetingAt)));
  return events;
}

const EVENTS = new WeakMap<Clip, Map<string, readonly CompanyEvent[]>>();

function readEvents(clip: Clip, company: Pick<Company, 'name' | 'domains'> | undefined, meetingAt: number): CompanyEvent[] {
  const names = companyNames(company);
  // The company's own pages — its site, its profile, its postings, its press releases — may say "we".
  const own =
    clip.kind === 'company-page' ||
    clip.kind === 'job-posting' ||
    (clip.kind === 'company-profile' && /linkedin\.com/i.test(clip.url)) ||
    onDomain(clip.url, company?.domains ?? []);
  // A directory or encyclopedia about the company (Wikipedia, Crunchbase), not its own page nor news.
  const reference = clip.kind === 'company-profile' && !own;
  const storyAbout = clip.kind === 'article' && mentions(clip.extraction.article?.title ?? clip.title, names) >= 0;
  const out: CompanyEvent[] = [];
  // The company's own dated list of releases ("Changelog": a title, what it does, a date): each is a launch it tells of.
  if (own && clip.kind === 'company-page')
    for (const r of releasesIn(clip.text))
      out.push({
        kind: 'launch',
        what: r.title,
        ...eventRecord(clip, r.title, r.date, meetingAt),
        // A release is quoted as the list gives it, title and summary cut at 240, from the changelog.
        evidence: r.summary ? `${r.title}: ${r.summary}`.slice(0, 240) : r.title,
        source: `${sourceOf(clip)} (its changelog)`,
        release: true,
      });
  const lines = readable(clip);
  const patterns = eventPatterns();
  for (const sentence of lines) {
    const s = plain(sentence);
    // Most sentences hold none of the patterns' words: one test turns them away from every pattern that has a cue.
    const cued = anyCue(s);
    for (const p of patterns) {
      if (p.cue && (!cued || !p.cue.test(s))) continue;
      const m = p.re.exec(s);
      if (!m || m.index === undefined) continue;
      const who = mentions(s, names);
      // "We launched", "our company launched" speak for the company; "our Data Engineers rolled out a warehouse" does not.
      const we = own && /\b(we|wir|nous)\b|\bour\s+(company|firm|business|team)\b/i.test(s.slice(0, m.index + 1));
      // Lawsuits and setbacks name the company anywhere; every other deed has it as the subject.
      // In a story about the company (named in its title), "the aerospace giant" and "its" are the company too.
      const subjectOk = p.companyAfter
        ? who >= 0 || own || (storyAbout && SENSITIVE.has(p.kind) && pointsAtCompany(s))
        : (who >= 0 && who <= m.index + 5) || we || (own && m.index < 3);
      if (!subjectOk || (p.targetAfter && who >= 0 && who < m.index)) continue;
      if (p.kind === 'ruling' && !COURT.test(s) && !COURT.test(lines[0] ?? '')) continue;
      // "the Gannett deal will enrich Fortress, a private equity firm that created GateHouse and
      // remained … through a bankruptcy": trouble told in a relative clause about someone else
      // named after the company is theirs, not the company's.
      if (SENSITIVE.has(p.kind) && who >= 0 && who < m.index && aboutAnother(s.slice(who, m.index), names)) continue;
      // A guess or a plan is said next to its verb ("is expected to launch"), not anywhere in the sentence.
      // Job losses feared ("might lose their jobs") are handled with care all the same.
      const end = m.index + m[0].length;
      const clause = s.slice(Math.max(0, m.index - 40), end) + (s.slice(end, end + 30).split(/[,;]/)[0] ?? '');
      if (HEDGED.test(clause) && !LEGAL.has(p.kind) && p.kind !== 'layoffs') continue;
      // "The case involves allegations that Apple … conspired … to introduce a pricing system": a
      // deed a court or a charge alleges is the lawsuit's matter, not news to open a meeting on.
      if (!SENSITIVE.has(p.kind) && ALLEGED.test(s)) continue;
      // "a special launch edition" uses the word as a noun: nothing was launched by it.
      if (
        p.kind === 'launch' &&
        !p.nameEnds &&
        /\b(a|an|the|its|their|special|first|big|upcoming|global|product)\s+(?:\p{L}+ly\s+)?$/iu.test(s.slice(0, m.index))
      )
        continue;
      // "in the official Release Notes": a launch verb written with a capital inside a sentence is a
      // word of a name (a noun), not a deed; nothing was released by it.
      // A headline in title case ("… With Launch of Stadia") capitalises its verbs too.
      if (p.kind === 'launch' && !p.nameEnds && m.index > 0 && /^\p{Lu}/u.test(m[0]) && !titleCase(s)) continue;
      // "join Strava as …": the company joined must be this one, not only named somewhere in the sentence.
      // A merger names both sides ("the merger of Gannett and GateHouse"): the company is either, what it merged with the other.
      const sides = p.kind === 'merger' && m.groups?.co ? mergerSides(m.groups.co, m.groups.what ?? '', names) : undefined;
      if (p.kind === 'merger' ? m.groups?.co && !sides : m.groups?.co && mentions(m.groups.co, names) < 0) continue;
      let what = sides ?? objectOf(p.kind, m.groups?.what ?? m[0], p.nameEnds);
      // "Salazar, who left …": a surname alone is the person the story named in full earlier ("Matt Salazar").
      const named = p.kind === 'leadership' && p.nameEnds && what && !what.includes(' ') ? fullName(what, lines) : undefined;
      if (named) what = named;
      // "2020 Audi e-tron Sportback" is the e-tron Sportback: the model year and the maker go.
      if (what && (p.kind === 'launch' || p.kind === 'deal'))
        what =
          what
            .replace(/^(?:19|20)\d{2}\s+/, '')
            .replace(new RegExp(`^(?:${names.map(escapeRegExp).join('|') || '$^'})\\s+(?=\\S)`, 'i'), '')
            // "Stadia Game Streaming Service" is Stadia: a headline's description of a named product goes.
            .replace(
              /^([\p{Lu}][\p{L}\p{N}+-]*)\s+(?:(?:Game|Video|Music|TV)\s+)?(?:Streaming\s+)?(?:Service|Platform|App|Subscription)$/u,
              '$1',
            ) || what;
      // "launched a new SDK, Box $rev": a description followed by the product's name is that product.
      const renamed = what && p.kind === 'launch' ? (namedAfter(what, s, names) ?? dubbedIn(what, lines)) : undefined;
      const described = renamed ? what : undefined;
      // A name only the headline gives it: the body's description is the story's way in ("the top
      // secret project"), not what the product is, and is not repeated beside the name.
      const titled =
        what && p.kind === 'launch' && !renamed ? namedInTitle(what, clip.extraction.article?.title ?? clip.title, names) : undefined;
      if (renamed ?? titled) what = renamed ?? titled;
      // "unveils ‘family’ plan, dark mode and more": a headline's list of launches is one launch of all of them.
      if (what && p.kind === 'launch') what = withListed(what, s.slice(m.index));
      // "Jane Doe" becomes "Jane Doe as CEO" or "Jane Doe stepping down as CEO": the change, not just a name.
      if (what && m.groups?.role) what = `${what}${m.groups.left ? ' stepping down' : ''} as ${m.groups.role}`;
      if (
        !what ||
        (p.kind === 'launch' &&
          (NOT_A_PRODUCT.test(what) || CONFLICT.test(what) || COUNTED.test(what) || DOCUMENTATION.test(what) || UNNAMED_THING.test(what)))
      )
        continue;
      // What is bought must be a company, by its name or by what it is ("where she bought the tainted fruit" is shopping).
      if (p.kind === 'acquisition' && !/^[\p{Lu}\p{N}]/u.test(what) && !ACQUIRED_KIND.test(what)) continue;
      // Results and filings are not research the company made public ("its quarterly earnings report"),
      // and a report named by nothing but itself ("a new report") gives a coach nothing to raise.
      if (p.kind === 'report' && (/\b(?:earnings|financial|results|interim|10-K)\b/i.test(what) || !/\s(?:on|about|of|into)\s/i.test(what)))
        continue;
      // A repair programme for a flawed design is a setback, whatever verb announced it.
      if (p.kind === 'launch' && TROUBLE.test(s)) continue;
      // "a deal" with no amount or party names nothing.
      if (p.kind === 'deal' && /^(order|contract|deal)$/i.test(what)) continue;
      // A deed whose object is the company itself ("X launched X") names nothing.
      if (!SENSITIVE.has(p.kind) && names.some((n) => what.toLowerCase() === n.toLowerCase())) continue;
      // An encyclopedia's revision date is not when things happened: its events need a date in the sentence.
      const said = dateInText(s) ?? /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(s)?.[1];
      // A sentence that dates its deed ("in June 2018") is believed over the story's own date; so is a
      // year said beside the deed before the story's year ("the LVMH CEO in 2014 launched the Fondation
      // Louis Vuitton", in a 2023 story: background, not a launch this month).
      const storyDate = clip.publishedAt ?? clip.extraction.article?.publishedAt;
      const yearBeside = /\b(?:in|im|en|back in)\s+((?:19|20)\d{2})\b/i.exec(s.slice(Math.max(0, m.index - 25), end + 25))?.[1];
      const earlier = yearBeside && storyDate && yearBeside < storyDate.slice(0, 4) ? yearBeside : undefined;
      const date = reference ? said : (dateInText(s) ?? earlier ?? storyDate);
      if (reference && !date) continue;
      out.push({
        kind: p.kind,
        what,
        ...eventRecord(clip, s, date, meetingAt, SENSITIVE.has(p.kind)),
        who: p.kind === 'leadership' ? (named ?? appointee(lines)) : undefined,
        described,
        product: p.kind === 'approval' ? approvedProduct(s.slice(0, m.index), names) : undefined,
        gift: m.groups?.amount ? plain(m.groups.amount).trim() : undefined,
      });
      break;
    }
  }
  // A story whose headline is a court case or a ruling recites the case's facts ("Amazon … shipped
  // the product in Amazon packaging to her", the court's words): they are its matter, not news of
  // launches or deals (blind-16 amazon-aplenty). Its trouble stands, and a change at the top, which
  // is part of that story (below).
  const head = lines[0] ? plain(lines[0]) : '';
  if (out.some((e) => LEGAL.has(e.kind) && e.evidence === head))
    for (let i = out.length - 1; i >= 0; i--) if (!out[i]!.sensitive && out[i]!.kind !== 'leadership') out.splice(i, 1);
  // Who a launch went out with ("Box is launching Box $rev with 10 third-party developers").
  const plainLines = lines.map(plain);
  for (const e of out) if (e.kind === 'launch' && !e.release) e.partners = launchPartners(plainLines, names, e.what);
  // What an acquisition is for, when the story has the company say it ("said it will be applying the software to …").
  for (const e of out) if (e.kind === 'acquisition') e.purpose = purposeOf(plainLines, names, e.what);
  // A regulator acting on the company's product: the company is seldom the sentence's subject, so the act is read apart.
  const reg = clip.kind === 'article' && !out.some((e) => e.kind === 'approval') ? regulatorAct(plainLines, names) : undefined;
  if (reg) {
    const date = dateInText(reg.evidence) ?? clip.publishedAt ?? clip.extraction.article?.publishedAt;
    out.push({
      kind: 'approval',
      what: reg.act,
      act: reg.phrase,
      product: reg.product,
      ...eventRecord(clip, reg.evidence, date, meetingAt),
    });
    // The ban or recall the act undoes is the product's past trouble: handled with care, never asked,
    // so never recent; its clause is quoted whole.
    if (reg.trouble)
      out.push({
        kind: 'setback',
        what: reg.product,
        ...eventRecord(clip, reg.trouble, date, meetingAt, true),
        evidence: reg.trouble,
        recent: false,
      });
  }
  // A change at the top told as German, French or Dutch news tell it ("X wird neue Generaldirektorin des …"): no English pattern reads it.
  const succession =
    clip.kind === 'article' && !out.some((e) => e.kind === 'leadership') ? successionIn(plainLines, names, storyAbout) : undefined;
  if (succession) {
    const { evidence, ...rest } = succession;
    const date = clip.publishedAt ?? clip.extraction.article?.publishedAt;
    out.push({
      kind: 'leadership',
      what: `${rest.who} as ${rest.office}`,
      who: rest.who,
      succession: rest,
      ...eventRecord(clip, evidence, date, meetingAt),
    });
  }
  // A flaw in its product reported and fixed: how its engineers work, not a setback to tiptoe around.
  const fix = storyAbout ? fixedFlaw(plainLines, names) : undefined;
  if (fix) {
    const date = clip.publishedAt ?? clip.extraction.article?.publishedAt;
    // The story's account of the flaw itself is the same news, told as fixed.
    for (let i = out.length - 1; i >= 0; i--)
      if (out[i]!.kind === 'setback' && /flaw|bug|vulnerab|exploit|hack|attack|crash/i.test(out[i]!.evidence)) out.splice(i, 1);
    out.push({ kind: 'fix', what: fix.what, product: fix.product, ...eventRecord(clip, fix.evidence, date, meetingAt) });
  }
  // A change at the top reported in a story of an investigation or a failure is part of that story.
  if (out.some((e) => e.sensitive)) for (const e of out) if (e.kind === 'leadership') e.sensitive = true;
  return out;
}
