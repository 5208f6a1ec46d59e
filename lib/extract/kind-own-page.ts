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
 * telephone to call more than once (no news story in the corpus links one).
 */
export function ownPage(doc: Document, url: URL, role: PageRole, articleLd: boolean): boolean {
  return (
    ((!articleLd && role !== 'other' && role !== 'home') || doc.querySelectorAll('a[href^="tel:"]').length > 1) &&
    !urlDate(url) &&
    !NEWS_PATH.test(url.pathname) &&
    // A post filed in a blog's own folder ("/tips/how-to-…/") with the header's phone twice is still a post.
    !POST_PATH.test(url.pathname)
  );
}
