import { cleanLine } from '../clean';
import { withoutLegalForm } from '../article/legal-form';
import { genericExtraction } from '../generic';
import { ARTICLE_TYPES, isType, objectsOf, textOf, typesOf } from '../json-ld';
import type { Story } from '../article/story';
import { type Metadata, readMetadata } from '../metadata';
import { type PageRole, pageRole, STORY_SEGMENT } from '../page-role';
import { isPlatformHost } from '../platforms';
import { linkedOrigin } from '../page-address';
import { ownPage } from '../kind-own-page';
import type { Extractor } from '../types';

/**
 * A company's own site: what the generic reader finds, plus the facts its About page states in
 * prose, the people its team page lists, the roles its careers page offers, and — for a post on
 * its blog or a press release from its newsroom — the company the story is about (itself).
 */
export const companySite: Extractor = {
  id: 'company-site',
  matches: (url) => /^https?:$/.test(url.protocol) && !isPlatformHost(url.hostname),
  // A page saved from a company's site and opened from disk is still that site's page, when it
  // says which address it is (the registry then checks that address is a company's site).
  // A page that names no address but whose menus all link to one site is that site's page too.
  claims: (doc) =>
    /^https?:\/\//i.test(
      (
        doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ??
        doc.querySelector('meta[property="og:url" i][content]')?.getAttribute('content') ??
        ''
      ).trim(),
    ) || !!linkedOrigin(doc, isPlatformHost),
  extract(doc, opened, opts) {
    const url = /^https?:$/.test(opened.protocol) ? opened : savedPageAddress(doc, opened);
    if (!url || isPlatformHost(url.hostname)) return null;
    const md = readMetadata(doc, url);
    const role = pageRole(url, md.title);
    const x = genericExtraction(doc, url, md, opts, (story, articleLd, byline) =>
      notAStory(md, role, story, articleLd, offeringPage(url), () => ownPage(doc, url, role, articleLd) && !byline()),
    );
    x.extractor = 'company-site';
    // Read as the site's page, kept as where it was opened from (the site is only what its links claim).
    if (url !== opened) Object.assign(x, { url: opened.href, canonicalUrl: x.canonicalUrl ?? url.href });
    // A company page's details (people, products, address, the About text) come from a second
    // script the background injects for company pages only (lib/extract/company-details.ts).
    if (x.kind === 'company-page') return opts?.companyDetails ? opts.companyDetails(doc, url, x, { md, role }) : x;
    if (x.kind === 'article') {
      const about = x.article?.aboutCompany ?? ownStorySubject(md.ld, md.siteName, x.text);
      if (about && x.article) {
        x.article = { ...x.article, aboutCompany: about };
        x.sources['article.aboutCompany'] ??= 'json-ld';
      }
    }
    return x;
  },
};

/**
 * The address of a page saved to disk that names none: the site its menus link to, with the
 * file's own name as its path ("About Us – Acme.html" is still the About page).
 */
function savedPageAddress(doc: Document, file: URL): URL | undefined {
  const origin = linkedOrigin(doc, isPlatformHost);
  if (!origin) return undefined;
  const name = file.pathname.split('/').pop() ?? '';
  return new URL(`/${name}`, origin);
}

/**
 * A company's page that looks like a story but is not one: its home page (a story never sits at
 * the root of a site), or a landing page that says it is a "website" and carries a publishing date
 * only because its site builder stamps one on every page, with no date shown, no dateline and no
 * story's worth of text. Article JSON-LD makes a story unless the page shows none and presents the
 * company (../kind-own-page.ts): SEO plugins stamp it on every page.
 */
function notAStory(md: Metadata, role: PageRole, story: Story, articleLd: boolean, offering: boolean, own: () => boolean): boolean {
  const unshown = !story.shownDate && !story.dateline;
  // A page its metadata alone calls a story, showing none, that presents the company (../kind-own-page.ts).
  if (unshown && own()) return true;
  if (articleLd) return false;
  if (role === 'home') return true;
  // A page in the site's services or products folder presents what it sells: a quote signed
  // "Name, VP, Company" on it is a testimonial, not a byline. Only a shown date makes it a story.
  if (offering && unshown && !md.meta.has('article:published_time')) return true;
  const told = story.paragraphs.reduce((n, p) => n + p.length, 0);
  return md.ogType === 'website' && unshown && told < 600;
}

/** The folders a company keeps its offerings in: "/services/…", "/technology-solutions/…", "/produkte/…". */
const OFFERING_SEGMENT =
  /^(?:[a-z]+-)?(?:services?|solutions?|products?|capabilities|offerings|leistungen|dienstleistungen|produkte|produits|prestations|diensten|producten|oplossingen|loesungen|lösungen)$/i;

/** A page under an offerings folder ("/services/data-to-insights"), not a post filed beneath one. */
function offeringPage(url: URL): boolean {
  const segments = url.pathname.toLowerCase().split('/').filter(Boolean);
  // "/en-us/services/…": a locale comes first on many sites.
  const first = segments.find((s) => !/^[a-z]{2}(?:[-_][a-z]{2})?$/.test(s));
  return segments.length >= 2 && !!first && OFFERING_SEGMENT.test(first) && !segments.some((s) => STORY_SEGMENT.test(s));
}

// ("TOKYO, June 22, 2015 - (JCN Newswire) - Eisai Co., Ltd. …": the wire between dashes is the dateline's.)
const DATELINE =
  /^\s*[\p{Lu}][\p{L} .,'-]{1,60},\s+[\p{L}]+\.?\s+\d{1,2},\s+\d{4}\s*(?:\/[^/]{2,40}\/)?\s*(?:(?:--|—|–|-)\s*\([^()]{2,40}\)\s*)?(?:--|—|–|-)\s*(.{2,200}?),?\s+(?:the|a|an|one of|which|today|has|announced|today announced)\b/mu;

/** Words only a publication's name ends or opens with. */
const PUBLICATION_NAME =
  /\b(?:news|nieuws|nachrichten|noticias|nouvelles|times|post|herald|journal|daily|gazette|tribune|chronicle|courier|observer|magazine|mag|weekly|report|reporter|review|dispatch|bulletin|examiner|inquirer|standard|telegraph|mirror|express|independent|zeitung|tageblatt|kurier|rundschau|anzeiger|nouvelliste|quotidien)\b/i;

/** Whose story this is when the company tells it: a blog post or a press release on its own site. */
export function ownStorySubject(
  ld: ReturnType<typeof readMetadata>['ld'],
  siteName: string | undefined,
  text: string | undefined,
): string | undefined {
  const article = ld.nodes.find((n) => isType(n, ARTICLE_TYPES));
  const publisher = article ? objectsOf(ld, article, 'publisher')[0] : undefined;
  const publisherIsNews = publisher ? typesOf(publisher).includes('NewsMediaOrganization') : false;
  const types = article ? typesOf(article) : [];
  const publisherName = cleanLine(textOf(ld, publisher, 'name'));
  // A news site that types its stories BlogPosting ("Ilanga News", "The Wexcombe Herald") is a publication, not a company speaking.
  if (types.includes('BlogPosting') && publisherName && !publisherIsNews && !PUBLICATION_NAME.test(publisherName)) return publisherName;
  const dateline = DATELINE.exec(text?.slice(0, 3_000) ?? '');
  if (dateline || types.includes('PressRelease')) {
    if (publisherName && !publisherIsNews) return publisherName;
    const first = cleanLine(dateline?.[1]?.split(',')[0]);
    // "Eisai Co., Ltd." is Eisai, as the story's subject is named everywhere else.
    const subject = first ? withoutLegalForm(first).base : undefined;
    return subject || siteName;
  }
  return undefined;
}
