import type { PageExtraction } from '../schema/page-extraction';
import { prune } from '../objects';
import type { Metadata } from './metadata';

/**
 * A page read as one job posting, around the posting's facts: the page's address and metadata, its
 * text, and where the posting was read from. Written once for the job boards' and ATS pages
 * (lib/extract/sites/job-posting.ts), a recruiter's page (recruiter-job.ts) and an employer's own
 * vacancy page (vacancy-page.ts); small, as the company-details script carries it.
 */
export function jobPage(
  url: URL,
  md: Pick<Metadata, 'canonicalUrl' | 'title' | 'siteName' | 'lang' | 'description'>,
  job: NonNullable<PageExtraction['job']>,
  text: string | undefined,
  from: 'json-ld' | 'microdata' | 'dom',
): PageExtraction {
  return prune<PageExtraction>({
    kind: 'job-posting',
    url: url.href,
    canonicalUrl: md.canonicalUrl,
    title: md.title,
    siteName: md.siteName,
    lang: md.lang,
    description: md.description,
    job,
    text,
    extractor: 'job-posting',
    sources: { job: from, ...(text ? { text: 'dom' } : {}) },
  });
}
