import { genericExtraction } from '../generic';
import type { Story } from '../article/story';
import { type Metadata, readMetadata } from '../metadata';
import { type PageRole, pageRole, STORY_SEGMENT } from '../page-role';
import { isPlatformHost } from '../platforms';
import { linkedOrigin } from '../page-address';
import { ownPage } from '../kind-own-page';
import { pricedHeadline } from '../priced-offering';
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
      notAStory(md, role, story, articleLd, offeringPage(url), () => ownPage(doc, url, role, articleLd) && !byline(), byline),
    );
    x.extractor = 'company-site';
    // Read as the site's page, kept as where it was opened from (the site is only what its links claim).
    if (url !== opened) Object.assign(x, { url: opened.href, canonicalUrl: x.canonicalUrl ?? url.href });
    // A company page's details (people, products, address, the About text) come from a second
    // script the background injects for company pages only (lib/extract/company-details.ts).
    if (x.kind === 'company-page') return opts?.companyDetails ? opts.companyDetails(doc, url, x, { md, role }) : x;
    if (x.kind === 'article') {
      // Only the article script reads a story (x.article): the clipper carries no subject reader.
      const about = x.article && (x.article.aboutCompany ?? opts?.storySubject?.(md.ld, md.siteName, x.text));
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
function notAStory(
  md: Metadata,
  role: PageRole,
  story: Story,
  articleLd: boolean,
  offering: boolean,
  own: () => boolean,
  byline: () => boolean,
): boolean {
  const unshown = !story.shownDate && !story.dateline;
  // A page its metadata alone calls a story, showing none, that presents the company (../kind-own-page.ts).
  // A place alone, with no date or wire, shows none: a line in capitals over the text is as often a
  // card's title or a slogan ("CHEF DE PROJET": fresh26-mdmygroup; "SEEING IS BELIEVING": fld22-majesticshowers).
  if (!story.shownDate && !story.dateline?.date && !story.dateline?.release && own()) return true;
  const published = articleLd || md.meta.has('article:published_time');
  // A page that prices what its headline names sells it (../priced-offering.ts). A story's own
  // metadata (Article JSON-LD, a publishing time: a market story's share-price box), a dateline,
  // or a date beside the headline with a byline (a review's price box) still make a story.
  if (!published && !story.dateline && pricedHeadline(story.headline?.el) && !(story.shownDate && byline())) return true;
  // A page in the site's services or products folder presents what it sells: a quote signed
  // "Name, VP, Company" on it is a testimonial, not a byline. Only a shown date makes it a story
  // (SEO plugins stamp Article JSON-LD and a publishing time on such pages too).
  if (offering && unshown && (!published || !byline())) return true;
  if (articleLd) return false;
  if (role === 'home') return true;
  const told = story.paragraphs.reduce((n, p) => n + p.length, 0);
  return md.ogType === 'website' && unshown && told < 600;
}

/** The folders a company keeps its offerings in: "/services/…", "/technology-solutions/…", "/produkte/…", a law firm's "/spezialisierung/…" (fresh17-viehbacher) or "/practice-areas/…". */
const OFFERING_SEGMENT =
  /^(?:[a-z]+-)?(?:services?|solutions?|products?|capabilities|offerings|leistungen|dienstleistungen|produkte|produits|prestations|diensten|producten|oplossingen|loesungen|lösungen|practice-areas?|expertises?|spezialisierung(?:en)?|rechtsgebiete|fachgebiete|kompetenzen|aanbod|behandelingen|treatments)$/i;

/** A page under an offerings folder ("/services/data-to-insights"), not a post filed beneath one. */
function offeringPage(url: URL): boolean {
  const segments = url.pathname.toLowerCase().split('/').filter(Boolean);
  // "/en-us/services/…": a locale comes first on many sites.
  const first = segments.find((s) => !/^[a-z]{2}(?:[-_][a-z]{2})?$/.test(s));
  return segments.length >= 2 && !!first && OFFERING_SEGMENT.test(first) && !segments.some((s) => STORY_SEGMENT.test(s));
}
