import { cleanLine } from '../clean';
import { withoutLegalForm } from './legal-form';
import { descriptionSignature, namesSite, namesSiteByForm, squash, titleParts, titleSuffix } from './site-title';

/**
 * Publications whose pages name them by their domain ("Bloomberg.com") or by an agency's name:
 * the name their readers know. A short list of the large ones; every other site is named by its
 * own metadata.
 */
const KNOWN: Record<string, string> = {
  'bloomberg.com': 'Bloomberg',
  'reuters.com': 'Reuters',
  'apnews.com': 'AP News',
  'wsj.com': 'The Wall Street Journal',
  'nytimes.com': 'The New York Times',
  'washingtonpost.com': 'The Washington Post',
  'ft.com': 'Financial Times',
  'economist.com': 'The Economist',
  'theguardian.com': 'The Guardian',
  'bbc.co.uk': 'BBC',
  'bbc.com': 'BBC',
  'cnbc.com': 'CNBC',
  'forbes.com': 'Forbes',
  'businessinsider.com': 'Business Insider',
  'techcrunch.com': 'TechCrunch',
  'theverge.com': 'The Verge',
  'wired.com': 'Wired',
  'axios.com': 'Axios',
  'spiegel.de': 'DER SPIEGEL',
  'faz.net': 'Frankfurter Allgemeine Zeitung',
  'handelsblatt.com': 'Handelsblatt',
  'lemonde.fr': 'Le Monde',
  'lesechos.fr': 'Les Echos',
  'nikkei.com': '日本経済新聞',
  'usatoday.com': 'USA TODAY',
  'latimes.com': 'Los Angeles Times',
  'cnn.com': 'CNN',
  'npr.org': 'NPR',
  'nbcnews.com': 'NBC News',
  'time.com': 'TIME',
  'theatlantic.com': 'The Atlantic',
  'newyorker.com': 'The New Yorker',
  'usnews.com': 'U.S. News',
  'telegraph.co.uk': 'The Telegraph',
  'independent.co.uk': 'The Independent',
  'zeit.de': 'DIE ZEIT',
  'sueddeutsche.de': 'Süddeutsche Zeitung',
  'lefigaro.fr': 'Le Figaro',
  'elpais.com': 'EL PAÍS',
  // The large wires: a release they carry is theirs to publish, whoever issued it (its
  // pages name the wire only in "/PRNewswire/" datelines, so the issuer was taken for it).
  'prnewswire.com': 'PR Newswire',
  'businesswire.com': 'Business Wire',
  'globenewswire.com': 'GlobeNewswire',
};

/** The name of a large publication this host belongs to, if it is one. */
export function knownPublication(hostname: string): string | undefined {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  return Object.entries(KNOWN).find(([d]) => host === d || host.endsWith('.' + d))?.[1];
}

export interface PublicationClues {
  hostname: string;
  ogSiteName?: string;
  /** The `publisher` of the page's Article JSON-LD: an agency's name on a syndicated story. */
  ldPublisher?: string;
  appName?: string;
  title?: string;
  /** The page's description, which some agencies sign with their name. */
  description?: string;
  /** The holder of the page's copyright line: a voice that agrees with one of the names, never a name alone. */
  copyright?: string;
  /** The name of the Organization the page's JSON-LD gives for this site (its `url` is the site's). */
  siteOrganization?: string;
  /** The headline the page shows, when it has one: a title that is not it may be the site's name. */
  headline?: string;
  /** The `copyright` meta tag ("Copyright (c) 2013 Chicago Tribune UGC"): where a paper may write its name in words. */
  copyrightMeta?: string;
}

/**
 * The publication's name: `og:site_name`, the Article's publisher, the application name, the
 * site's part of the title, or the name of a known publication — whichever names this site.
 * A syndicated story's JSON-LD names the agency ("Associated Press" on timesunion.com): a name
 * that is not this site's loses to one that is. The title's form of the same name is the one
 * readers see ("Barron's" for "Barrons", "MacRumors" for "MacRumors.com"); a tagline after the
 * name goes ("Postlight — Digital Strategy, Design and Engineering" → "Postlight"); of two names
 * where one extends the other ("The Real Deal New York"), the shorter is the publication.
 */
export function publicationName(c: PublicationClues): string | undefined {
  const known = knownPublication(c.hostname);
  const suffix = titleSuffix(c.title, c.hostname);
  const named = [ogSiteName(c), c.ldPublisher, c.siteOrganization, c.appName, suffix, descriptionSignature(c.description, c.hostname)]
    .map((n) => withoutTagline(n, c.hostname))
    .filter((n): n is string => !!n);
  // "Agora SA" (publisher and copyright line) beside "trojmiasto.wyborcza.pl": a name with a legal
  // form is the company that publishes, not the publication readers know, when the site names
  // itself otherwise too. (Alone, it may be a company's own site: "KELDA B.V" on kelda.nl.)
  const plain = named.filter((n) => !withoutLegalForm(n).legal || (!!known && sameName(known, n)));
  const names = plain.length ? plain : named;
  const own = names.filter((n) => namesSite(n, [], c.hostname) || namesSiteByForm(n, c.hostname));
  // Named alike by two of the sources (the same string twice counts: og:site_name and the title).
  const voices = [...names, withoutTagline(c.copyright, c.hostname) ?? ''];
  const agreed = names.filter((n, i) => voices.some((m, j) => j !== i && sameName(m, n)));
  let name = own[0] ?? agreed[0] ?? names[0] ?? known;
  if (!name) return undefined;
  // "Spokesman.com" in og:site_name, "The Spokesman-Review" after the title and in the copyright
  // line: the address form gives way to the name the site writes for itself in two places.
  const written = DOMAIN_FORM.test(name) ? agreed.find((n) => !DOMAIN_FORM.test(n) && namesSite(n, [], c.hostname)) : undefined;
  if (written && !sameName(written, name)) return cleanLine(written);
  if (known && sameName(known, name)) return known;
  // "WSJ.com" (the title's suffix on the Journal's old pages): the address form of a known
  // publication's host is its known name.
  if (known && /\.[a-z]{2,6}$/i.test(name) && c.hostname.toLowerCase().endsWith(name.toLowerCase())) return known;
  const key = squash(name);
  const og = withoutTagline(ogSiteName(c), c.hostname);
  // "Sky News" in og:site_name and in the title, "Sky" as the JSON-LD publisher: the site's own
  // two places agree on the fuller name, which the publisher's short form does not override.
  // "Fortune.com" is the same name in its address form, not a fuller one.
  const fuller = agreed.find((n) => squash(n) !== key && squash(n).startsWith(key) && !sameName(n, name!));
  if (fuller) name = fuller;
  else if (name === name.toLowerCase()) {
    // A lower-case fragment ("canada" for Canada.com) gives way to a fuller form of it.
    name = names.find((n) => n !== n.toLowerCase() && squash(n).startsWith(key)) ?? name;
  } else {
    // A name two sources agree on ("Sky News" in og:site_name and the title) keeps its words; only
    // its domain form goes ("Clubic.com" → "Clubic").
    const confirmed = agreed.some((n) => squash(n) === key);
    const current = name;
    // "Slate.fr" in og:site_name is the name the site gives itself for its pages; the title's
    // "| Slate" alone does not shorten it; its application-name or publisher does ("Clubic" for
    // "Clubic.com", the publisher "SpaceNews" for "SpaceNews.com").
    const ogAddress = !!og && current === og && DOMAIN_FORM.test(og);
    name =
      names.find(
        (n) =>
          squash(n) !== key &&
          key.startsWith(squash(n)) &&
          namesSite(n, [], c.hostname) &&
          (!confirmed || sameName(n, current)) &&
          !(ogAddress && n !== withoutTagline(c.appName, c.hostname) && n !== withoutTagline(c.ldPublisher, c.hostname)),
      ) ?? name;
  }
  // "Quartz" in og:site_name, "Quartz Africa" in the title and the app name: the site names
  // itself, and the longer name is one of its editions.
  if (og && og.length >= 3 && name.toLowerCase().startsWith(og.toLowerCase() + ' ')) name = og;
  // The title's spelling wins ("Barron's" over "Barrons"), but not its address form: a site that
  // names itself "Fortune" in its metadata is not "Fortune.com" for the title's suffix.
  if (
    suffix &&
    sameName(suffix, name) &&
    suffix.toLowerCase() !== name.toLowerCase() &&
    (!DOMAIN_FORM.test(suffix) || DOMAIN_FORM.test(name)) &&
    !(DOMAIN_FORM.test(name) && name === og && /\p{Lu}/u.test(name)) &&
    !(/^the\s/i.test(name) && !/^the\s/i.test(suffix))
  )
    name = suffix;
  // "MMM" in og:site_name, "Medical Marketing and Media" after the title: an acronym whose
  // letters are the initials of the title's name is that name, spelled out where readers see it.
  const lastPart = titleParts(c.title ?? '')
    .slice(1)
    .pop();
  if (lastPart && /^\p{Lu}{2,6}$/u.test(name) && spellsOut(name, lastPart)) name = lastPart;
  // "chicagotribune.com" in og:site_name and the title, "Chicago Tribune" in the copyright line:
  // an address in lower case is the paper's name run together, and any place that writes those
  // very letters in capitalised words gives the name its readers know.
  if (name === name.toLowerCase() && DOMAIN_FORM.test(name)) {
    const words = spelledAddress(name, [c.ldPublisher, c.copyrightMeta, c.copyright, c.appName, ...titleParts(c.title ?? '')]);
    if (words) return words;
  }
  // "Mindwell -": a separator left over from a template that meant to add a tagline.
  return cleanLine(name.replace(/\s+[-–—|:·•]+$/u, ''));
}

/**
 * `og:site_name`, unless the page put its whole title there ("Crocs: Wie die Schuhbrand mit
 * mutigen Releases … macht" on omr.com): a template that fills it with the title names no site.
 */
function ogSiteName(c: PublicationClues): string | undefined {
  return namedSite(cleanLine(c.ogSiteName), c.title, c.headline, c.hostname);
}

/**
 * A site name, unless it is the page's whole title (five words or more). A title that is not the
 * headline and opens or closes on the site's name ("AUTO&Wirtschaft - Das Monatsmagazin für die
 * Automobilbranche" on auto-wirtschaft.ch over "Für die Freiheit auf Rädern") is that name and its tagline.
 */
export function namedSite(og: string | undefined, title: string | undefined, headline?: string, hostname?: string): string | undefined {
  if (!og || !title || og.split(/\s+/).length < 5) return og;
  if (headline && hostname && !squash(og).includes(squash(headline)) && titleParts(og).some((p) => namesSite(p, [], hostname))) return og;
  return squash(og) === squash(title) ? undefined : og;
}

/** The capitalised words of a text whose letters are an address's ("Stuttgarter Zeitung" for stuttgarter-zeitung.de). */
function spelledAddress(address: string, texts: ReadonlyArray<string | undefined>): string | undefined {
  const key = squash(address.replace(DOMAIN_FORM, ''));
  if (key.length < 5) return undefined;
  for (const t of texts) {
    const words = (t ?? '').split(/[\s,;|()]+/).filter(Boolean);
    for (let i = 0; i < words.length; i++)
      for (let n = 1; n <= 4 && i + n <= words.length; n++) {
        const run = words.slice(i, i + n);
        if (!run.every((w) => /^\p{Lu}/u.test(w))) break;
        if (n > 1 && squash(run.join(' ')) === key) return run.join(' ');
      }
  }
  return undefined;
}

const DOMAIN_FORM = /\.(com|net|org|de|co\.uk|fr|jp|it|es|ca)$/i;

/** Two spellings of one name: "Barrons" = "Barron's", "MacRumors.com" = "MacRumors", "Washington Post" = "The Washington Post". */
function sameName(a: string, b: string): boolean {
  const bare = (n: string) => squash(n.replace(/\.(com|net|org|de|co\.uk|fr|jp|it|es|ca)$/i, '').replace(/^the\s+/i, ''));
  const [x, y] = [bare(a), bare(b)];
  return !!x && x === y;
}

/** "MMM" = "Medical Marketing and Media": each capital is the initial of the next word of the name that is not a joining word. */
function spellsOut(acronym: string, name: string): boolean {
  const initials = name
    .split(/\s+/)
    .filter((w) => !/^(?:and|of|for|the|&|und|et|de)$/i.test(w))
    .map((w) => w[0] ?? '')
    .join('');
  return initials === acronym;
}

function withoutTagline(name: string | undefined, hostname: string): string | undefined {
  const n = cleanLine(name);
  // "https://www.hawaiinewsnow.com" is an address, not a name.
  if (!n || /^https?:\/\/|^www\./i.test(n)) return undefined;
  const parts = titleParts(n);
  if (parts.length < 2) {
    // "News8Plus-Realtime Updates On Breaking News": the site's name, then its tagline without spaces around the dash.
    const glued = /^([^\s-]{3,})-(\p{Lu}\S*\s.+)$/u.exec(n);
    // ("Rhein-Neckar Löwen GmbH" on rhein-neckar-loewen.de is one name: the whole of it names the site.)
    return glued && namesSite(glued[1]!, [], hostname) && !namesSite(n, [], hostname) ? glued[1] : n;
  }
  return parts.find((p) => namesSite(p, [], hostname)) ?? parts[0];
}

/** Words only a publication's name is made of ("Yahoo! News", "BusinessWeek", "Daily Herald"). */
const PRESS_WORD =
  /^(?:news|times|post|herald|journal|daily|gazette|tribune|chronicle|magazine|weekly|week|reporter|zeitung|nieuws|nachrichten|noticias|quotidien)$/i;

/**
 * A site name a publication has by its form: one of its words (camel case split: "BusinessWeek")
 * is a newspaper's word, and the name is not a company's own section, named by the company's
 * address beside that word ("Redfin Real Estate News" on redfin.com).
 */
export function soundsLikePublication(name: string | undefined, hostname: string): boolean {
  if (!name) return false;
  const words = name
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .map((w) => w.toLowerCase());
  if (!words.some((w) => PRESS_WORD.test(w))) return false;
  return !hostname
    .toLowerCase()
    .split('.')
    .some((label) => label.length >= 3 && words.includes(label) && !PRESS_WORD.test(label));
}
