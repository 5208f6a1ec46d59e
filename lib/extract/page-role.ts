/**
 * What part of a company's own site a page is, from its address and title: the home page, an
 * About page, a team or leadership page, a contact page, a careers index, or something else
 * (a product page, a post). English, German, French, Dutch and Spanish wordings.
 */
export type PageRole = 'home' | 'about' | 'team' | 'contact' | 'careers' | 'other';

const ROLE_WORDS: Array<[Exclude<PageRole, 'home' | 'other'>, RegExp]> = [
  [
    'team',
    /\b(team|teams|staff|our-?people|people|leadership|management|executives?|executive-team|board|founders|attorneys|lawyers|partners-and-staff|brokers|unser-team|mitarbeiter|geschaeftsfuehrung|equipe|l-equipe|notre-equipe|medewerkers|ons-team|equipo|nuestro-equipo)\b/i,
  ],
  [
    'about',
    /\b(about|about-us|aboutus|who-we-are|company|our-story|history|company-profile|profile|mission|ueber|ueber-uns|uber-uns|unternehmen|wir|a-propos|qui-sommes-nous|societe|entreprise|over-ons|bedrijf|wie-zijn-wij|quienes-somos|sobre-nosotros|nosotros|empresa|nuestra-historia)\b/i,
  ],
  [
    'contact',
    /\b(contact|contact-us|contacts|kontakt|impressum|nous-contacter|contactez-nous|locations?|offices?|standorte?|contacto|contactenos)\b/i,
  ],
  [
    'careers',
    /\b(careers?|jobs?|join-us|work-with-us|karriere|stellenangebote|offene-stellen|open-positions|vacancies|emplois?|recrutement|carrieres|vacatures|werken-bij|empleo|trabaja-con-nosotros)\b/i,
  ],
];

const TITLE_WORDS: Array<[Exclude<PageRole, 'home' | 'other'>, RegExp]> = [
  [
    'team',
    /^(meet (the|our)\b|our (team|staff|people|leadership)|(management|leadership|executive) team|team\b|staff\b|attorneys\b|unser team|das team|notre équipe|l['’]équipe|ons team)/i,
  ],
  [
    'about',
    /^(about\b|who we are|our story|company (profile|overview)|über uns|über\b|à propos|qui sommes-nous|over ons|quiénes somos|sobre nosotros)/i,
  ],
  ['contact', /^(contact\b|kontakt\b|impressum\b|nous contacter|contactez-nous)/i],
  ['careers', /^(careers?\b|jobs?\b|join (us|our team)|karriere\b|stellenangebote|offene stellen|open (positions|roles)\b|vacancies\b|emplois?\b|recrutement|vacatures|werken bij)/i],
];

export const STORY_SEGMENT =
  /^(news|blog|blogs|press|press-releases?|pressemitteilungen|presse|actualites|nieuws|stories|articles?|posts?|insights|\d{4})$/i;

export function pageRole(url: URL, title?: string): PageRole {
  const path = url.pathname.replace(/\/(index|default|home)(\.\w+)?$/i, '/');
  // (WordPress's plain permalinks put a post at the root: "/?p=31228" is a post, not the home page.)
  if ((path === '/' || path === '') && !/[?&]p=\d+/.test(url.search)) return 'home';
  // The last segments say what the page is: "/about-us/meet-our-staff/" is a team page.
  const segments = path
    .toLowerCase()
    .replace(/\.\w+$/, '')
    .split(/[/?#]+/)
    .filter(Boolean);
  // A story's address ("/news/business/bakery-to-create-120-jobs") is a story, whatever its words.
  if (segments.some((seg) => STORY_SEGMENT.test(seg))) return 'other';
  for (const seg of segments.reverse()) {
    const words = seg.replace(/[_.]+/g, '-');
    // A role page's slug is short ("meet-our-staff", "attorneys-and-staff"), not a headline.
    if (words.split('-').length > 4) continue;
    for (const [role, re] of ROLE_WORDS) if (re.test(words)) return role;
  }
  const t = (title ?? '').trim();
  for (const [role, re] of TITLE_WORDS) if (re.test(t)) return role;
  // "pagina.php?link6=contact": old sites name the page in the query.
  const query = url.search.toLowerCase().replace(/[_=&?]+/g, '-');
  for (const [role, re] of ROLE_WORDS) if (query && re.test(query)) return role;
  return 'other';
}
