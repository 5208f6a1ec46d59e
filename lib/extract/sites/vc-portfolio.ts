import type { CompanyExtraction, JobOpening, PageExtraction, PersonMention } from '../../schema/page-extraction';
import { bareHost } from '../../text/hosts';
import { firstSentences } from '../../text/sentences';
import { cleanLine, httpUrlOf } from '../clean';
import { yearOf } from '../dates';
import { linkedinCompanyUrl } from '../facts';
import { prune } from '../../objects';
import { readMetadata } from '../metadata';
import { pageText } from '../text';
import type { Extractor } from '../types';

/**
 * An investor's page about one portfolio company (Sequoia's /companies/<slug>/ and the many
 * WordPress portfolios built like it): the company's logo in the `h1` (its `alt` is the name, its
 * link the website), a description paragraph, social links, category pills, and labelled lists —
 * "Milestones" ("Founded 2010", "IPO 2020"), "Team" / "Founders" (the founders), "Partners" (the
 * investor's own people: never the company's), "Jobs" (open roles on the company's site).
 *
 * The page's Organization JSON-LD, og:site_name and title suffix are the investor's, not the
 * company's: none of them is read as the company.
 */
export const vcPortfolio: Extractor = {
  id: 'vc-portfolio',
  matches: (url) => /(^|\.)sequoiacap\.com$/i.test(url.hostname) && /^\/companies\/[^/]+/i.test(url.pathname),
  claims: (doc) => !!doc.querySelector('.company__logo-image, section.company .clist__title'),
  extract(doc, url) {
    const md = readMetadata(doc, url);
    const root = doc.querySelector('section.company, main') ?? doc.body;
    if (!root) return null;
    const h1 = root.querySelector('h1');
    const name =
      cleanLine(h1?.querySelector('img[alt]')?.getAttribute('alt')) ??
      cleanLine(h1?.textContent) ??
      cleanLine(md.title.split(/\s+[|–-]\s+/)[0]);
    if (!name) return null;
    const external = (a: Element) => {
      const href = httpUrlOf(a.getAttribute('href'), url);
      return href && bareHost(href) !== bareHost(url) ? href : undefined;
    };
    const website =
      (h1?.querySelector('a[href]') ? external(h1.querySelector('a[href]')!) : undefined) ??
      Array.from(root.querySelectorAll('a.button[href], a[class*="website" i][href]'))
        .map(external)
        .find((h) => h && !/linkedin|twitter|x\.com|facebook|instagram|youtube|github/i.test(h));
    const description = cleanLine(root.querySelector('.wysiwyg p, .company__description p, .company__description')?.textContent, 5_000);
    const linkedinUrl = Array.from(root.querySelectorAll('a[href*="linkedin.com/company/"]'))
      .map((a) => linkedinCompanyUrl(httpUrlOf(a.getAttribute('href'), url)))
      .find(Boolean);
    const categories = Array.from(root.querySelectorAll('a.pill--facet, [data-bs-toggle="facet"]'))
      .map((a) => cleanLine(a.textContent))
      .filter(Boolean);

    let founded: number | undefined;
    const people: PersonMention[] = [];
    const jobs: JobOpening[] = [];
    for (const list of Array.from(root.querySelectorAll('.clist'))) {
      const label = cleanLine(list.querySelector('.clist__title, h2, h3')?.textContent) ?? '';
      const items = Array.from(list.querySelectorAll('li'));
      if (/^milestones?$/i.test(label)) {
        const f = items.map((li) => cleanLine(li.textContent) ?? '').find((t) => /^founded\b/i.test(t));
        founded = yearOf(f?.replace(/^founded\s*/i, ''));
      } else if (/^(team|founders?|founding team)$/i.test(label)) {
        for (const li of items) {
          const n = cleanLine(li.textContent);
          if (n) people.push({ name: n, title: 'Founder' });
        }
      } else if (/^(jobs|open roles|careers)$/i.test(label)) {
        for (const a of items.map((li) => li.querySelector('a[href]')).filter((a): a is Element => !!a)) {
          const title = cleanLine(a.textContent);
          if (title) jobs.push(prune({ title, url: httpUrlOf(a.getAttribute('href'), url) }));
        }
      }
    }
    const company: CompanyExtraction = prune({
      name,
      website,
      domain: bareHost(website),
      summary: description ? firstSentences(description) : undefined,
      description,
      industry: cleanLine(categories.join(', ')),
      founded,
      linkedinUrl,
    });
    return prune<PageExtraction>({
      kind: 'company-profile',
      url: url.href,
      canonicalUrl: md.canonicalUrl,
      title: md.title,
      siteName: md.siteName,
      lang: md.lang,
      description,
      company,
      people,
      jobs,
      extractor: 'vc-portfolio',
      sources: { company: 'dom', ...(people.length ? { people: 'dom' } : {}), ...(jobs.length ? { jobs: 'dom' } : {}) },
      text: pageText(doc, 50_000),
    });
  },
};
