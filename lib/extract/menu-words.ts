/** A menu of what the company sells, by its label: also a firm's fields ("Kompetenzen", "Rechtsgebiete", "Areas of Practice", fresh17-viehbacher). */
export const PRODUCT_LABEL =
  /^(?:our |nos |unsere |onze |nuestros |nuestras )?(?:products|products? (?:&|and) services|services|servicios|productos|other products|practice areas|practices|capabilities|offerings|produkte|produkte (?:&|und) (?:leistungen|services)|leistungen|dienstleistungen|angebot|unser angebot|produits|produits (?:&|et) services|prestations|expertises?|diensten|producten|producten (?:&|en) diensten|aanbod|ons aanbod|what we do|wat wij doen|was wir tun|software|platform|plattform|plateforme|collectie|kollektion|sortiment|assortiment|procedures|treatments|behandlungen|soins|traitements|behandelingen|kompetenzen|competences|compétences|competencies|rechtsgebiete|tätigkeitsgebiete|tätigkeitsbereiche|fachgebiete|areas of practice|practice groups|areas of expertise|domaines d['’]expertise|domaines d['’]intervention|rechtsgebieden|expertisegebieden|specialisaties)$/i;
export const PRODUCT_SECTION =
  /^(?:our |nos |unsere |onze )?(?:products|services|leistungen|dienstleistungen|produkte|produits|prestations|expertises?|diensten|producten|what we do|was wir tun|ce que nous faisons|wat wij doen|notre expertise)\b/i;
/** "Our Pest Control Services", "Unsere Sanitär-Leistungen", "Nos prestations de nettoyage": a section of the company's own offerings. */
export const OWN_OFFERINGS =
  /^(?:our|nos|unsere|onze)\s+(?:[\p{L}&-]+\s+){0,3}(?:services|products|leistungen|dienstleistungen|produkte|prestations|produits|diensten|producten)\b(?!\s+(?:for|in|at|für|pour|voor)\b)|^(?:nos|unsere|onze)\s+(?:prestations|services|produits|leistungen|diensten)\s+(?:de|d['’]|en|für|voor)\s/iu;
export const SOLUTIONS_LABEL = /^(?:our |unsere |nos |onze )?(?:solutions|lösungen|oplossingen)$/;
export const OFFERING_NOUN =
  /\b(?:platforms?|systems?|software|suites?|solutions?|services?|apps?|plattform|lösungen|plateformes?|logiciels?|oplossingen|diensten)\)?$/i;
/** "Lock Types", "Boiler Categories", "Shop by Lock Type": counted when the thing is the one the site names itself after. */
export const KINDS_LABEL =
  /^(?:shop (?:by |for )?)?([\p{L}-]+(?: [\p{L}-]+)?) (?:types?|categories|kategorien|catégories|categorieën|soorten|arten)$/u;
/** A training provider's line: a "Courses" menu, counted only where the site calls itself a place to learn. */
export const COURSE_LABEL = /^(?:our |nos |unsere |onze )?(?:courses|kurse|formations|cursussen|opleidingen|trainings)$/i;
export const TEACHES =
  /^(?:course|training|formation|kurs|kurse|cursus|opleiding|schulung|academy|akademie|académie|certificat|certificate|lehrgang)/;
/** Path segments under which a site keeps what it sells. */
export const PRODUCT_PATH =
  /^(products?|(?:our-|nos-)?services?|leistungen|unsere-leistungen|produkte|produits?|collections|practice-areas|diensten|onze-diensten|producten|solutions-produits|procedures|treatments)$/i;
/** Menus every site has, whatever it sells. */
export const GENERIC_LABEL =
  /^(?:projects|projecten|projekte|projets|references|referenzen|références|referenties|cases|case studies|portfolio|gallery|galerie|galería|galerij|fotoalbum|downloads|faq|clients|kunden|klanten|publications|webinars|videos|podcasts|stories|hilfe|aide|impressum|datenschutz|privacy|mentions légales|locations|offices|standorte|niederlassungen|vestigingen|agences|solutions|industries|sectors|use cases|features|technology|technologies|brands|vendors|manufacturers|hersteller|marken|marques|about|about us|company|who we are|team|news|newsroom|press|blog|resources|contact|contact us|careers|jobs|investors|support|help|customers|partners|events|media|legal|community|education|training|learn|insights|library|docs|documentation|developers|pricing|login|account|more|follow us|social|connect|info|informatie|over ons|bedrijf|nieuws|vacatures|unternehmen|über uns|karriere|presse|aktuelles|kontakt|entreprise|à propos|qui sommes-nous|actualités|recrutement|société|home|startseite|accueil|regions?|countries|languages?|sprachen|langues|europe|europa|americas|asia|asia[- ]pacific|apac|emea|worldwide|global)$/i;
/** Items that are a menu's furniture, not an offering. */
export const NOT_AN_ITEM =
  /^(?:(?:shop|view|see|browse) all|all(?:\s+(?:our\s+)?(?:products|services|items|categories|collections|models|solutions|brands|offers|features))?$|overview|übersicht|alle\b|tous\b|toutes\b|more\b|mehr\b|meer$|plus\b|home$|downloads?$|release notes|changelog|contact|kontakt|get (?:a|started)|request|book|sign|log ?in)|\?|\b(?:your|uw|ihr|votre|vos|tips?|how to|faq|breakdown of|explained|overview|übersicht|aperçu|overzicht|pricing|prices|preise|tarifs|integrations|order form|buy online|online kaufen|acheter en ligne|trust and security|what['’]s new|finder|data sheets?|datenblätter)\b|^(?:north|south|central|latin) america$|^(?:europe|asia|africa|oceania|americas|asia[- ]pacific|apac|emea)$|^europe, middle east|^middle east\b|^(?:promotions?|promos?|soldes|sale|outlet|nouveautés|new arrivals|neuheiten|nieuw binnen|idées? cadeaux?|gift ideas|geschenkideen|nos exclusivités|exclusivités)$|\S→$|\s[–-]\s(?:deutsch|english|français|nederlands|español|italiano|polski|svenska|suomi|dansk|norsk|português)$/i;

/**
 * An industry the company serves ("Gen-AI in Healthcare Industry"), listed among its services:
 * left out of the line, though the family it sits in still opens (lib/fixtures README: industries
 * served are not products).
 */
export const SERVED = /\b(?:industry|industries|sectors?|branchen?|secteurs?)$/i;

export const MAX_LINE = 24;

/** Furniture, a generic section or a call to act: never an offering. */
export const notAnItem = (t: string) => NOT_AN_ITEM.test(t) || FURNITURE.test(t) || GENERIC_LABEL.test(normalLabel(t));

/** The site's own pages every menu has: Home, About, Contact, News, Careers (or "About Acme"), the legal pages. */
export const FURNITURE =
  /^(?:home|start|startseite|accueil|inicio|about|over|über|ueber|à propos|a propos|qui sommes|wie zijn|wer wir|quiénes somos|quienes somos|team|équipe|contact|kontakt|contacto|galería|blog|news|nieuws|aktuelles|actualités|careers?|jobs|karriere|vacatures|recrutements?|impressum|imprint|privacy|datenschutz|terms|legal|mentions|faq|login|sitemap|site map)\b/i;
/** Words too common to tell what a site sells. */
const PLAIN =
  /^(?:and|und|et|en|the|der|die|das|les|des|het|een|our|your|with|for|from|about|more|other|services?|products?|solutions?|company|group|info|information)$/i;

/** The words of a text, lowercased, a plural's final s dropped, without the plain ones. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 4 && !PLAIN.test(w))
    .map((w) => w.replace(/s$/, ''));
}

/**
 * A text in the site's own words: one of its words is one the site uses of itself, or holds it or
 * is held by it as a compound's part or a word's stem ("Interieuradvies" on Joosse Interieurs,
 * "Remodels" where the site speaks of remodeling): five letters at least in common.
 */
export function inOwnWords(text: string, self: ReadonlySet<string>): boolean {
  return wordsOf(text).some(
    (w) => self.has(w) || [...self].some((s) => s.length >= 5 && w.length >= 5 && (w.includes(s) || s.includes(w))),
  );
}

/** The words a site uses of itself: its title, description, keywords and first heading. */
export function selfDescription(doc: Document): Set<string> {
  const metas = Array.from(doc.querySelectorAll('meta[name="description" i], meta[name="keywords" i], meta[property="og:description" i]'));
  const texts = [doc.title, ...metas.map((m) => m.getAttribute('content') ?? ''), doc.querySelector('h1')?.textContent ?? ''];
  return new Set(texts.flatMap((t) => wordsOf(t.slice(0, 1_000))));
}

/** "Products Products" (a visually hidden copy beside the text) → "products". */
export function normalLabel(label: string): string {
  const l = label.toLowerCase().trim();
  const half = l.length / 2;
  const once = Number.isInteger(half - 0.5) && l.slice(0, half - 0.5) === l.slice(half + 0.5) ? l.slice(0, half - 0.5) : l;
  // "What we do?" is the menu "What we do".
  // A submenu's arrow drawn as text ("A Complete Service »") is no part of the label.
  // "Gefahrstoff-Service (current)": a screen reader's mark of the section open now (Bootstrap's sr-only span).
  return once.replace(/\s*\(current\)$/, '').replace(/\s*[?:!»›▾▼]$/, '');
}
