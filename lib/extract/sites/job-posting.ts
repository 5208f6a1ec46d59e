import type { PageExtraction } from '../../schema/page-extraction';
import { cleanLine } from '../clean';
import { toIsoDate } from '../dates';
import { prune } from '../../objects';
import { boardMarkup, companyFromTitle, heroMarkup, JOB_BOARD_HOSTS, jobFromLd, jobPostingNode, placeOf, remoteOf } from '../job-posting';
import { type LdNode, typesOf } from '../json-ld';
import { readMicrodata } from '../microdata';
import { brandFromTitle, type Metadata, nameFromHost, readMetadata } from '../metadata';
import { isPlatformHost } from '../platforms';
import { pageText } from '../text';
import { jobPage } from '../job-page';
import type { Extractor } from '../types';

/** Addresses of one posting: a board's job view, an ATS's posting, a careers page for one role. */
const JOB_PATH =
  /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(jobs?|careers?|positions?|openings?|vacancies|vacancy|stellen(angebote|anzeigen?)?|jobangebote|karriere|emplois?|offres?(-d-?emploi)?|offres?-emploi|carrieres|recrutement|vacatures|o|viewjob|rc\/clk|posting)\/[^/]+|^\/jobs\/view\/|\/job\/|\/viewjob/i;

const MICRODATA = '[itemscope][itemtype*="schema.org/JobPosting" i]';
const isPosting = (n: LdNode) => typesOf(n).includes('JobPosting');

// "Onsite Full-time: the work is performed at…": a workplace line that names the office.
const ON_SITE = /^(on-?site|in[\s-]office|office[\s-]based|vor ort|präsenz|présentiel|sur site)\b/i;
// A title that names an internship says the employment type, whatever schedule the page adds.
const INTERN = /\b(intern|internship|praktikum|praktikant(in)?|stagiaire)\b/i;

/**
 * Job postings as their own kind of page. The employer is `job.company`, never the board: on a
 * board (LinkedIn, SEEK, Indeed, an ATS) only the posting's own markup or JSON-LD names it; on a
 * company's own careers page, the site is the employer.
 */
export const jobPosting: Extractor = {
  id: 'job-posting',
  matches: (url) =>
    JOB_PATH.test(url.pathname) || (JOB_BOARD_HOSTS.test(url.hostname) && /job|posting|viewjob/i.test(url.pathname + url.search)),
  claims: (doc) =>
    !!boardMarkup(doc) ||
    !!doc.querySelector(MICRODATA) ||
    !!heroMarkup(doc) ||
    Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).some(
      (s) => (s.textContent?.match(/"JobPosting"/g) ?? []).length === 1,
    ),
  extract: (doc, url) => jobPostingExtraction(doc, url, readMetadata(doc, url)) ?? null,
};

/** The page as a job posting, or undefined when it is not one (a careers index lists several). */
export function jobPostingExtraction(doc: Document, url: URL, md: Metadata): PageExtraction | undefined {
  const postings = md.ld.nodes.filter((n) => [n['@type']].flat().includes('JobPosting'));
  // schema.org microdata (SuccessFactors, SmartRecruiters, older Taleo and iCIMS pages) when there is no JSON-LD.
  const micro = postings.length || doc.querySelectorAll(MICRODATA).length !== 1 ? undefined : readMicrodata(doc).find(isPosting);
  const node = postings.length === 1 ? jobPostingNode(md.ld) : micro;
  const board = boardMarkup(doc);
  const hero = board || node ? undefined : heroMarkup(doc);
  if (!node && !board && !hero) return undefined;
  const fromLd = node ? jobFromLd(md.ld, node) : {};
  const m = board ?? hero ?? {};
  const root = m.description ?? descriptionRoot(doc);
  const text = root ? pageText(doc, 50_000, { root }) : fromLd.description;
  const onBoard = JOB_BOARD_HOSTS.test(url.hostname) || isPlatformHost(url.hostname) || url.protocol === 'file:';
  const title = fromLd.title ?? m.title;
  const ownSite = onBoard ? undefined : (md.siteName ?? brandFromTitle(md.title, url.hostname) ?? nameFromHost(url.hostname));
  const job = prune({
    title,
    company: fromLd.company ?? cleanLine(m.company) ?? companyFromTitle(md.title, title) ?? ownSite,
    location: fromLd.location ?? placeOf(m.location),
    remote:
      fromLd.remote ??
      remoteOf(m.workplace, title?.match(/\b(remote|hybrid)\b/i)?.[0], m.location) ??
      (ON_SITE.test(m.workplace ?? '') ? false : remoteOf(text)),
    employmentType: fromLd.employmentType ?? (INTERN.test(title ?? '') ? 'Internship' : cleanLine(m.type)),
    postedAt: fromLd.postedAt ?? toIsoDate(m.posted) ?? embeddedListedAt(doc),
    description: fromLd.description ?? cleanLine(text, 20_000),
  });
  return jobPage(url, md, job, text, micro ? 'microdata' : node ? 'json-ld' : 'dom');
}

/** Where a posting without board markup keeps its text: its details section, never the page's navigation or footer. */
function descriptionRoot(doc: Document): Element | undefined {
  return (
    doc.querySelector(
      '[data-testid*="details" i], [class*="job-description" i], [class*="jobdescription" i], [id*="job-description" i], [class*="posting-description" i]',
    ) ?? undefined
  );
}

/** SEEK keeps the listing date in its embedded Apollo state: `"listedAt":{…,"dateTimeUtc":"…"}`. */
function embeddedListedAt(doc: Document): string | undefined {
  for (const s of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const t = s.textContent ?? '';
    if (t.length > 3_000_000 || !t.includes('"listedAt"')) continue;
    const m = /"listedAt":\{[^}]*?"dateTimeUtc":"([^"]+)"/.exec(t);
    if (m) return toIsoDate(m[1]);
  }
  return undefined;
}
