import type { CompanyExtraction, PageExtraction, PersonMention } from '../../schema/page-extraction';
import { bareHost } from '../../text/hosts';
import { firstSentences } from '../../text/sentences';
import { cleanLine, httpUrlOf } from '../clean';
import { yearOf } from '../dates';
import { linkedinCompanyUrl, linkedinProfileUrl, parseSize } from '../facts';
import { prune } from '../../objects';
import { readMetadata } from '../metadata';
import { startupProse } from '../startup-prose';
import { pageText } from '../text';
import type { Extractor } from '../types';

/**
 * A startup directory's page about one company (Y Combinator's /companies/<slug>, Wellfound's
 * /company/<slug>): the name in the `h1` with the one-liner under it, the company's website link,
 * a facts card of labelled rows ("Founded: 2021", "Team Size: 5", "Location: New York"), founder
 * cards (a bold name, the title under it, a LinkedIn link), and the directory's own sentence
 * "Founded in 2021 by A and B, X has 5 employees based in New York" (lib/extract/startup-prose.ts).
 * The page's JSON-LD and og:site_name are the directory's, never the company's.
 */
export const startupDirectory: Extractor = {
  id: 'startup-directory',
  matches: (url) =>
    (/(^|\.)ycombinator\.com$/i.test(url.hostname) &&
      /^\/companies\/(?!industry\/|location\/|batch\/|tags?\/)[^/]+\/?$/i.test(url.pathname)) ||
    (/(^|\.)(wellfound\.com|angel\.co)$/i.test(url.hostname) && /^\/company\/[^/]+/i.test(url.pathname)),
  claims: (doc) =>
    !!doc.querySelector('.ycdc-card, [data-page*="one_liner"]') ||
    !!startupProse(doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? ''),
  extract(doc, url) {
    const md = readMetadata(doc, url);
    const main = doc.querySelector('main, [role="main"]') ?? doc.body;
    if (!main) return null;
    const text = pageText(doc, 50_000);
    const prose = startupProse(md.meta.get('description')) ?? startupProse(md.description) ?? startupProse(text);
    const rows = labelledRows(main);
    const h1 = main.querySelector('h1');
    const name = cleanLine(h1?.textContent) ?? prose?.name;
    if (!name) return null;
    const oneLiner = oneLinerAfter(h1);
    const long = cleanLine(
      main.querySelector('.whitespace-pre-line, [class*="description" i] p, [class*="about" i] p')?.textContent,
      5_000,
    );
    const website =
      httpUrlOf(rows.get('website')) ??
      Array.from(main.querySelectorAll('a[href^="http"]'))
        .map((a) => httpUrlOf(a.getAttribute('href'), url))
        .find((h) => h && bareHost(h) !== bareHost(url) && !SOCIAL.test(h));
    const sizeText = rows.get('team size') ?? rows.get('employees') ?? rows.get('company size') ?? prose?.company.size;
    const founders = founderCards(main, url);
    const company: CompanyExtraction = prune({
      name,
      website,
      domain: bareHost(website),
      summary: oneLiner ?? (long ? firstSentences(long) : undefined),
      description: long ?? oneLiner,
      industry: cleanLine(rows.get('industry') ?? rows.get('markets') ?? industryPills(main)),
      ...(sizeText ? parseSize(sizeText) : {}),
      headquarters: cleanLine(rows.get('location') ?? rows.get('headquarters')) ?? prose?.company.headquarters,
      founded: yearOf(rows.get('founded') ?? rows.get('year founded')) ?? prose?.company.founded,
      linkedinUrl: Array.from(main.querySelectorAll('a[href*="linkedin.com/company/"]'))
        .map((a) => linkedinCompanyUrl(httpUrlOf(a.getAttribute('href'), url)))
        .find(Boolean),
    });
    const people = founders.length ? founders : (prose?.founders ?? []);
    return prune<PageExtraction>({
      kind: 'company-profile',
      url: url.href,
      canonicalUrl: md.canonicalUrl,
      title: md.title,
      siteName: md.siteName,
      lang: md.lang,
      description: company.description,
      company,
      people,
      extractor: 'startup-directory',
      sources: { company: 'dom', ...(prose ? { 'company.founded': 'prose' as const } : {}), ...(people.length ? { people: 'dom' } : {}) },
      text,
    });
  },
};

const SOCIAL =
  /linkedin\.com|twitter\.com|x\.com|facebook\.com|instagram\.com|youtube\.com|github\.com|crunchbase\.com|ycombinator\.com|wellfound\.com|angel\.co|apple\.com\/app|play\.google/i;
const LABEL = /^(founded|year founded|team size|employees|company size|location|headquarters|website|industry|markets|status|batch)\s*:?$/i;

/** "Founded:" next to "2021": the facts card's rows, by label. */
function labelledRows(root: Element): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of Array.from(root.querySelectorAll('span, dt, div, p, strong, b'))) {
    if (el.children.length > 1) continue;
    const label = cleanLine(el.textContent);
    if (!label || !LABEL.test(label)) continue;
    const key = label.replace(/\s*:$/, '').toLowerCase();
    if (out.has(key)) continue;
    const next = el.nextElementSibling;
    const value = cleanLine(
      next
        ? next.querySelector('a[href]')?.getAttribute('href') && key === 'website'
          ? next.querySelector('a[href]')!.getAttribute('href')
          : next.textContent
        : undefined,
    );
    if (value && !LABEL.test(value)) out.set(key, value);
  }
  return out;
}

/** The line under the name: the one-liner. */
function oneLinerAfter(h1: Element | null): string | undefined {
  for (let el = h1?.nextElementSibling ?? h1?.parentElement?.nextElementSibling; el; el = el.nextElementSibling) {
    const t = cleanLine(el.textContent, 400);
    if (t && t.length > 15 && !el.querySelector('a[href]')) return t;
    if (t) break;
  }
  return undefined;
}

/** Founder cards under a "Founders" heading: a bold name, the title after it, a LinkedIn link. */
function founderCards(root: Element, base: URL): PersonMention[] {
  const heading = Array.from(root.querySelectorAll('h2, h3, h4, div, span')).find(
    (el) => el.children.length === 0 && /^(active |former )?founders?$/i.test(cleanLine(el.textContent) ?? ''),
  );
  const section = heading?.parentElement;
  if (!section) return [];
  const out: PersonMention[] = [];
  for (const nameEl of Array.from(section.querySelectorAll('.font-bold, h3, h4, strong'))) {
    if (nameEl === heading || nameEl.contains(heading!)) continue;
    const name = cleanLine(nameEl.textContent);
    if (!name || name.split(/\s+/).length > 5 || out.some((p) => p.name === name)) continue;
    const title = cleanLine(nameEl.nextElementSibling?.textContent, 120);
    const card = nameEl.closest('.ycdc-card, [class*="card" i], li') ?? nameEl.parentElement?.parentElement;
    const profileUrl = linkedinProfileUrl(httpUrlOf(card?.querySelector('a[href*="linkedin.com/in/"]')?.getAttribute('href'), base));
    out.push(prune({ name, title: title && title.length < 80 && !/^https?:/.test(title) ? title : 'Founder', profileUrl }));
  }
  return out;
}

/** The directory's industry tags: links into its industry listings. */
function industryPills(root: Element): string | undefined {
  const tags = Array.from(root.querySelectorAll('a[href*="/companies/industry/"], a[href*="/industry/"], a[href*="/markets/"]'))
    .map((a) => cleanLine(a.textContent))
    .filter((t): t is string => !!t);
  return tags.length ? [...new Set(tags)].join(', ') : undefined;
}
