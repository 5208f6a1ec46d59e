import { cleanLine } from './clean';

/**
 * One job offer on a recruiter's or a small employer's own site, with neither JobPosting JSON-LD
 * nor an ATS's markup ("Chief Commercial Officer – Digital Health" on an executive-search firm's
 * page, a WordPress job board's single listing). No single cue says so — stories name roles in
 * their headlines, company pages say "join our team" — so three independent kinds are weighed:
 * a short heading that names a role, the wording of an offer in the prose beside it ("our client",
 * "the successful candidate", "is currently seeking"), and a posting's structure ("Job
 * Description", "How to Apply", an apply form, a job-listing template). The role heading and two
 * further cues are needed; anything less reads as no posting.
 *
 * The article script asks it of pages the clipper reads as stories (lib/extract/recruiter-job.ts),
 * the company-details script of pages it reads as company pages (lib/extract/vacancy-page.ts): the
 * clipper has no room for it.
 */

// The nouns job titles end on, in the languages the corpus holds.
const ROLE =
  /\b(officer|manager|director|engineer|developer|technician|consultant|analyst|specialist|assistant|coordinator|head|lead|designer|administrator|representative|adviser|advisor|accountant|architect|scientist|nurse|driver|mechanic|operator|supervisor|controller|recruiter|salesperson|executive|intern|leiter(in)?|entwickler(in)?|ingenieur(in)?|berater(in)?|responsable|chargée?|ingénieur|directeur|directrice)s?\b/i;
// The wording of an offer: who is hiring (for whom), who is wanted, how to answer.
const OFFER = [
  /\b(our|my) client\b/i,
  /\bthe (successful|ideal|right) (candidate|applicant)\b/i,
  /\bis (currently )?(seeking|looking for|recruiting) an? \w+/i,
  /\bto join (their|our) (expanding |growing )?team\b/i,
  /\binterested in this (opportunity|position|role)\b/i,
  /\b(apply|applications?) (for|to) this (job|position|role)\b/i,
];
// A posting's section headings.
const SECTION =
  /^(job description|job details|how to apply|apply for this (job|position|role)|requirements|responsibilities|qualifications|about the role|the role|stellenbeschreibung|ihr profil|description du poste|profil recherché)$/i;
// "Unfilled – Technician": a listing's status before its title.
const STATUS = /^(unfilled|filled|closed|open|new|urgent|expired)\s*[-–—:]\s*/i;

export interface RecruiterPosting {
  title: string;
  /** Where the offer's text sits: the heading's smallest block that holds prose. */
  root: Element;
  location?: string;
  posted?: string;
  /** The recruiter writes for a client: the site is not the employer. */
  forClient: boolean;
}

/** Hidden from the reader: by an attribute, or by a style written on the element or a parent. */
export const hidden = (el: Element) =>
  !!el.closest('[style*="display:none" i], [style*="display: none" i], [hidden], [aria-hidden="true"]');

/** The posting's title, without the listing's badges ("Vancouver") and status ("Unfilled –"). */
function headingText(h1: Element): string | undefined {
  const copy = h1.cloneNode(true) as Element;
  for (const badge of Array.from(copy.querySelectorAll('[class*="type" i], [class*="tag" i], [class*="badge" i], [class*="label" i]')))
    badge.remove();
  return cleanLine(copy.textContent)?.replace(STATUS, '');
}

/** "Karen Lee – Vancouver, British Columbia, Canada": a place of two or three named parts beside the title. */
function placeBeside(header: Element, h1: Element): string | undefined {
  for (const el of Array.from(header.children)) {
    if (el === h1 || el.contains(h1)) continue;
    for (const part of (cleanLine(el.textContent) ?? '').split(/\s+[-–—|]\s+/)) {
      if (part.length <= 60 && /^\p{Lu}[\p{L} .'-]+(, \p{Lu}[\p{L} .'-]+){1,2}$/u.test(part)) return part;
    }
  }
  return undefined;
}

export function recruiterPosting(doc: Document): RecruiterPosting | undefined {
  const h1s = Array.from(doc.querySelectorAll('h1')).filter((h) => !hidden(h));
  if (h1s.length !== 1) return undefined;
  const h1 = h1s[0]!;
  const title = headingText(h1);
  if (!title || title.split(/\s+/).length > 8) return undefined;
  // The heading's block: grown until it holds the offer's wording (never past the body).
  let root: Element = h1.parentElement ?? h1;
  const holdsOffer = (el: Element) => OFFER.some((re) => re.test(el.textContent ?? ''));
  while (root.parentElement && root !== doc.body && !holdsOffer(root)) root = root.parentElement;
  const prose = cleanLine(root.textContent) ?? '';
  // A role's heading: a job title's noun, or the word the offer asks for ("seeking a certified welder").
  const last = /([\p{L}]{3,})\W*$/u.exec(title)?.[1];
  const asked = !!last && new RegExp(`\\b(seeking|looking for|recruiting) an? ([\\p{L}-]+ ){0,3}${last}\\b`, 'iu').test(prose);
  if (!ROLE.test(title) && !asked) return undefined;
  const offer = OFFER.filter((re) => re.test(prose)).length;
  const sections = Array.from(root.querySelectorAll('h2, h3, h4')).some((h) => SECTION.test(cleanLine(h.textContent) ?? ''));
  const form = !!root.querySelector('form input[type="file"], form[action*="apply" i]');
  const template = /\bjob[_-]?listing\b|\bsingle-job\b/i.test(doc.body?.getAttribute('class') ?? '');
  if (offer + Number(sections) + Number(form) + Number(template) < 2 || offer === 0) return undefined;
  const header = h1.parentElement ?? root;
  const dateEl = header.querySelector('[class*="date" i], time');
  return {
    title,
    root,
    location: placeBeside(header, h1),
    posted: cleanLine(dateEl?.getAttribute('datetime') ?? dateEl?.textContent),
    forClient: OFFER[0]!.test(prose),
  };
}
