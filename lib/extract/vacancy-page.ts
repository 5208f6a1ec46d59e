import type { PageExtraction } from '../schema/page-extraction';
import { prune } from '../objects';
import { GENDER_MARK } from '../text/gender-mark';
import { jobPage } from './job-page';
import { cleanLine } from './clean';
import type { Metadata } from './metadata';
import { hidden, recruiterPosting } from './recruiter-posting';
import { brandFromTitle, nameFromHost } from './title-brand';

/**
 * One vacancy on an employer's own site, which the clipper reads as a company page: no JobPosting
 * JSON-LD, no ATS markup, an address like `/vacatures.html` or `/karriere/`. Small firms write one
 * the same way in every language: a heading that names the role ("Glaszetter gezocht!",
 * "Elektroniker (m/w/d)", "Chief Commercial Officer – Digital Health") over the sections of an
 * offer — what you will do, what we ask, what we offer, how to apply ("Wat ga je doen?", "Ihr
 * Profil", "What we offer", "Postuler"). A careers page with several roles repeats those sections
 * (or names none); an About page has none. Read in the company-details script, which the
 * background lets turn a company page into a job posting.
 */

type Part = 'tasks' | 'profile' | 'offer' | 'apply';

/** The sections of an offer, by what they hold, in Dutch, German, English and French. */
const PARTS: Array<[Part, RegExp]> = [
  [
    'tasks',
    /^(?:wat ga (?:je|jij) doen|jouw taken|je taken|taken|takenpakket|(?:jouw |je )?werkzaamheden|functieomschrijving|over de functie|de functie|wat houdt de functie in|deine aufgaben|ihre aufgaben|aufgaben|ihr aufgabengebiet|dein aufgabengebiet|das erwartet (?:dich|sie)|your role|the role|about the role|role overview|responsibilities|key responsibilities|your responsibilities|what you(?:['’]ll| will) do|job description|vos missions|missions|vos responsabilités|le poste|description du poste)$/i,
  ],
  [
    'profile',
    /^(?:wat vragen wij|wat wij vragen|wie ben (?:je|jij)|wie zoeken wij|wat breng (?:je|jij) mee|jouw profiel|je profiel|functie-?eisen|dein profil|ihr profil|das bringst du mit|das bringen sie mit|was du mitbringst|was sie mitbringen|anforderungen|qualifikationen|requirements|qualifications|who you are|about you|what we(?:['’]re| are) looking for|what you bring|votre profil|profil recherché|profil)$/i,
  ],
  [
    'offer',
    /^(?:(?:wat )?bieden wij(?: (?:je|jou))?|wat wij bieden|wij bieden(?: (?:je|jou))?|wat bieden we|arbeidsvoorwaarden|wir bieten|das bieten wir|was wir bieten|unser angebot|was wir dir bieten|what we offer|benefits|perks|what(?:['’]s| is) in it for you|nous offrons|ce que nous offrons|nous vous offrons|avantages)$/i,
  ],
  [
    'apply',
    /^(?:interesse|solliciteren|sollicitatie|hoe solliciteer je|reageren|bewerbung|jetzt bewerben|bewirb dich(?: jetzt)?|interessiert|how to apply|apply|apply now|interested|postuler|candidature|comment postuler|intéressé(?:e)?)$/i,
  ],
];

/** A heading that marks its role as sought: "Glaszetter gezocht!", "Vacature: monteur", "Elektroniker (m/w/d)". */
const SOUGHT = /\s*[-–—:]?\s*\b(?:gezocht|gesucht|wanted|recherché(?:e)?|we(?:['’]re| are) hiring)\s*!*$/i;
const NOTICE =
  /^(?:vacature|vacatures|stellenangebot|stellenanzeige|job|vacancy|offre d['’]emploi|wir suchen|we zoeken|wij zoeken|nous recrutons)\s*[:–—-]\s*/i;
/** Symbols before a notice ("🧰 Vacature: …") and a workload in brackets after the role ("(Fulltime)"). */
const LEAD = /^[^\p{L}\p{N}]+/u;
const WORKLOAD_NOTE = /\s*\((?:full[- ]?time|part[- ]?time|fulltime|parttime|voltijd|deeltijd|vollzeit|teilzeit)[^)]*\)/i;
/** A careers page's own heading names no role. */
const INDEX =
  /^(?:over ons|about us|über uns|à propos|karriere|jobs?|careers?|vacatures?|werken bij|stellenangebote|offene stellen|emplois?|recrutement|join us|join our team)\b/i;
/** The workload a posting states, in the words it uses ("Fulltime", "Teilzeit", "CDI"). */
const WORKLOAD =
  /\b(?:full[- ]?time|part[- ]?time|voltijd|deeltijd|vollzeit|teilzeit|temps plein|temps partiel|CDI|CDD|freelance|internship|praktikum|werkstudent(?:in)?|stage)\b/i;
/** "Standort: Köln", "Locatie: Utrecht": where the work is, on a labelled line. */
const PLACE =
  /^(?:standort|arbeitsort|einsatzort|locatie|werklocatie|standplaats|location|lieu|localisation)\s*:\s*(\p{Lu}[\p{L} .'’-]{1,40})$/iu;
/** "💼 Fulltime 📍 Burdaard 🛠 …": the pin before a place, among a posting's chips. */
const PIN = /📍\uFE0F?\s*(?:\p{L}+\s*:\s*)?(\p{Lu}[\p{L}.'’-]+(?:[ -]\p{Lu}[\p{L}.'’-]+){0,3})/u;

const visible = (el: Element) => !hidden(el);
const lineOf = (el: Element) =>
  cleanLine(el.textContent)
    ?.replace(/[?:!.]+$/, '')
    .trim() ?? '';

/** The role a heading names, without the words that mark it as sought; undefined when it names none. */
export function soughtRole(heading: string): { title: string; marked: boolean } | undefined {
  const line = heading.replace(LEAD, '');
  const marked = SOUGHT.test(line) || NOTICE.test(line) || GENDER_MARK.test(line);
  const title = cleanLine(line.replace(NOTICE, '').replace(SOUGHT, '').replace(GENDER_MARK, '').replace(WORKLOAD_NOTE, ''))?.replace(
    /[!.]+$/,
    '',
  );
  if (!title || INDEX.test(title) || title.split(/\s+/).length > 8) return undefined;
  return { title, marked };
}

/** The page's offer: its one role and the sections under it, when the page holds exactly one. */
export function vacancyOffer(doc: Document): { title: string } | undefined {
  const h1s = Array.from(doc.querySelectorAll('h1')).filter(visible);
  if (h1s.length > 1) return undefined;
  const parts = new Set<Part>();
  const headings = new Set<string>();
  // Without a heading of its own the role stands in the heading just above the offer's first
  // section ("Java Developer" over "Jouw werkzaamheden"), or on a notice line ("🧰 Vacature: …").
  let above: string | undefined;
  let previous: string | undefined;
  for (const h of Array.from(doc.querySelectorAll('h2, h3, h4')).filter(visible)) {
    const line = lineOf(h);
    const part = PARTS.find(([, re]) => re.test(line))?.[0];
    if (!part) {
      previous = line;
      continue;
    }
    if (!parts.size) above = previous;
    // A section heading written twice ("Ihr Profil" … "Ihr Profil") is several offers on one careers page.
    if (headings.has(line.toLowerCase())) return undefined;
    headings.add(line.toLowerCase());
    parts.add(part);
  }
  // Fewer than two sections is no offer, whatever the role: the notice lines are not looked for.
  if (parts.size < 2) return undefined;
  const role = h1s.length ? soughtRole(cleanLine(h1s[0]!.textContent) ?? '') : (noticeLine(doc) ?? (above ? soughtRole(above) : undefined));
  if (!role || parts.size < (role.marked ? 2 : 3)) return undefined;
  return { title: role.title };
}

/** A short line of its own that gives notice of the role ("🧰 Vacature: Medewerker Isolatie Zuigen (Fulltime)"). */
function noticeLine(doc: Document): { title: string; marked: boolean } | undefined {
  for (const el of Array.from(doc.querySelectorAll('p, div, span, strong, b'))) {
    // Its own line: text, and at most the line breaks that end it ("<b>🧰 Vacature: …<br>📍 …</b>").
    if (Array.from(el.children).some((c) => c.tagName !== 'BR') || !visible(el)) continue;
    const line = cleanLine(el.firstChild?.textContent) ?? '';
    if (line.length > 100 || !NOTICE.test(line.replace(LEAD, ''))) continue;
    const role = soughtRole(line);
    if (role) return role;
  }
  return undefined;
}

/** The page as one vacancy (an employer's own, or a recruiter's for one client), or undefined. */
export function vacancyPage(doc: Document, url: URL, md: Metadata, first: PageExtraction): PageExtraction | undefined {
  const own = vacancyOffer(doc);
  // A recruiter's page for one client's role ("Our client … the successful candidate"), as the article script reads one.
  const recruiter = own ? undefined : recruiterPosting(doc);
  const offer = own ?? recruiter;
  if (!offer) return undefined;
  // The clipper's text of the page from the role's heading on: the menus above it are no part of
  // the offer (the details script has no room for a second text reader of its own).
  const at = first.text?.indexOf(offer.title) ?? -1;
  const text = at > 0 ? first.text!.slice(at) : first.text;
  const lines = (text ?? '').split('\n').map((l) => l.trim());
  const place = lines.map((l) => PLACE.exec(l)?.[1] ?? PIN.exec(l)?.[1]).find(Boolean);
  const job = prune({
    title: offer.title,
    // The employer's own site: the name its title or site name gives, else the company the clipper read.
    company: recruiter?.forClient
      ? undefined
      : (md.siteName ?? brandFromTitle(md.title, url.hostname) ?? first.company?.name ?? nameFromHost(url.hostname)),
    location: cleanLine(place) ?? recruiter?.location,
    employmentType: WORKLOAD.exec(lines.slice(0, 40).join('\n'))?.[0],
    description: cleanLine(text, 20_000),
  });
  return jobPage(url, md, job, text, 'dom');
}
