import type { PageExtraction } from '../schema/page-extraction';
import { prune } from '../objects';
import { jobPage } from './job-page';
import { cleanLine } from './clean';
import { toIsoDate } from './dates';
import type { Metadata } from './metadata';
import { nameFromHost } from './title-brand';
import { recruiterPosting } from './recruiter-posting';
import { pageText } from './text';

/** The page as one job offer, or undefined: what the article script asks before reading a story. */
export function recruiterJob(doc: Document, url: URL, md: Metadata): PageExtraction | undefined {
  const offer = recruiterPosting(doc);
  if (!offer) return undefined;
  const text = pageText(doc, 50_000, { root: offer.root });
  const job = prune({
    title: offer.title,
    // A recruiter writing for "our client" is not the employer; a small employer's own page is.
    company: offer.forClient ? undefined : (md.siteName ?? nameFromHost(url.hostname)),
    location: offer.location,
    postedAt: toIsoDate(offer.posted),
    description: cleanLine(text, 20_000),
  });
  return jobPage(url, md, job, text, 'dom');
}
