import { NEWS_PATH, POST_PATH } from './article/story';
import { urlDate } from './article/published';
import type { PageRole } from './page-role';

/**
 * A company's own page that only its metadata calls a story: WordPress and its SEO plugins stamp
 * og:type "article", `article:published_time` and even Article JSON-LD on every page (a contact
 * form, an About page, a town's service page, a testimonials page: fresh6-promiseprenatal,
 * fld22-gorillajunk, fresh22-losangeleshousecleaners and -makemoremusic). The caller has checked
 * that no date shows beside its headline, no dateline opens it and no byline signs it; here, that
 * its address files it under no date and no news or blog folder (nor a post's slug under /tips/, /guides/…), and that the page
 * presents the company: it is its About, team, contact or careers page (only without Article
 * JSON-LD, which a publication's story may carry on such an address), or it gives the company's
 * telephone to call more than once (no news story in the corpus links one), or its address is
 * nothing but an About or team slug ("/ueber-uns.html": fresh25-alteuhle's static-site builder
 * puts Article JSON-LD on every page; a publication's story is never filed so).
 */
export function ownPage(doc: Document, url: URL, role: PageRole, articleLd: boolean): boolean {
  return (
    ((!articleLd && role !== 'other' && role !== 'home') ||
      OWN_SLUG.test(url.pathname) ||
      doc.querySelectorAll('a[href^="tel:"]').length > 1) &&
    !urlDate(url) &&
    !NEWS_PATH.test(url.pathname) &&
    // A post filed in a blog's own folder ("/tips/how-to-…/") with the header's phone twice is still a post.
    !POST_PATH.test(url.pathname)
  );
}

/** The last segment of an address that is only an About, team or careers page's name: "/ueber-uns.html", "/over-ons/", "/about-us", "/jobs/". */
const OWN_SLUG =
  /\/(?:about|about-us|aboutus|who-we-are|ueber-uns|uber-uns|wir-ueber-uns|over-ons|wie-zijn-wij|a-propos|qui-sommes-nous|team|our-team|unser-team|das-team|ons-team|notre-equipe|equipe|careers?|jobs|karriere|stellenangebote|offene-stellen|vacatures|emplois|carrieres)(?:\.html?|\.php)?\/?$/i;
