import { cleanLine } from '../clean';
import { ORNAMENT } from '../title-ornament';
import { namesSite, titleParts } from './site-title';

/**
 * The publication's name as its logo shows it: the image in the link back to the home page,
 * whose text (`alt`, else `title`) is the address's name ("eWeek - Enterprise IT Technology
 * News …" on eweek.com, "The Inquirer-Home" on theinquirer.net). Three cues agree — a logo, a
 * link home, the domain — for sites that set no `og:site_name` and no title suffix. A logo whose
 * text is not the address's name (a parent group's, a campaign's) names nothing.
 */
export function logoName(doc: Document, url: URL): string | undefined {
  const links = Array.from(doc.querySelectorAll('a[href]')).slice(0, 400);
  for (const a of links) {
    if (!linksHome(a.getAttribute('href') ?? '', url)) continue;
    for (const img of Array.from(a.querySelectorAll('img')).slice(0, 3)) {
      const text = cleanLine(img.getAttribute('alt') || img.getAttribute('title'));
      if (!text) continue;
      // "The Inquirer-Home", "Acme logo": the words that say what the image is go first.
      const bare = text.replace(/\s*[-–—|:]?\s*\b(?:home(?: ?page)?|startseite|accueil|logo)$/i, '').trim();
      const name = unadorned(titleParts(bare)[0] ?? '');
      if (name && name.length >= 2 && namesSite(name, [], url.hostname)) return cleanLine(name);
    }
  }
  return undefined;
}

/** "/", "index.html", "https://www.example.com/": the site's home page. */
function linksHome(href: string, url: URL): boolean {
  let target: URL;
  try {
    target = new URL(href, url);
  } catch {
    return false;
  }
  const host = (h: string) => h.toLowerCase().replace(/^www\d?\./, '');
  return host(target.hostname) === host(url.hostname) && /^\/(?:index\.\w+)?$/.test(target.pathname);
}

/** ".:: NMB-Media ::.": the dots and colons an old shop's logo text frames its name with. */
const unadorned = (text: string) => text.replace(/^\.(?=[:|*~=•·])|(?<=[:|*~=•·])\.$/g, '').replace(ORNAMENT, '');
