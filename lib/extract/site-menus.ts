import { cleanLine } from './clean';
import { bareHost } from '../text/hosts';
import {
  MAX_LEAVES,
  columnsOfOnePanel,
  panelItems,
  qualifiedOfferingLabel,
  qualifiedOfferings,
  serviceTree,
  INDUSTRIES_LABEL,
  capabilities,
  headedColumn,
} from './offering-menus';
import { type Group, firstSegment, linkRuns, listGroups, ownLink, ownText, sameHref } from './menu-groups';

/**
 * What a company sells, as its own site's menus and footers list it: the items of a menu or
 * footer column labelled "Products", "Services", "Leistungen", "Produits", "Expertises",
 * "Practice areas", "Software", "Platform" (a software maker's own line: never "Hardware" or
 * "Technology", where a reseller lists the brands it sells); failing those, the main menu when its items all live under /products/ or
 * /collections/; failing those, the cards of a section headed "Unsere Leistungen". Never the
 * About, News or Careers menus, never a menu merely named after its pages' folder (a
 * "Graszoden" menu of /graszoden/… pages holds advice and photos as well), never a catalogue. */
const PRODUCT_LABEL =
  /^(?:our |nos |unsere |onze |nuestros |nuestras )?(?:products|products? (?:&|and) services|services|servicios|productos|other products|practice areas|practices|capabilities|offerings|produkte|produkte (?:&|und) (?:leistungen|services)|leistungen|dienstleistungen|angebot|unser angebot|produits|produits (?:&|et) services|prestations|expertises?|nos expertises|diensten|producten|producten (?:&|en) diensten|onze diensten|aanbod|ons aanbod|what we do|wat wij doen|was wir tun|software|platform|plattform|plateforme|collectie|onze collectie|kollektion|sortiment|assortiment|procedures|treatments|behandlungen|soins|traitements|behandelingen)$/i;
const PRODUCT_SECTION =
  /^(?:our |nos |unsere |onze )?(?:products|services|leistungen|dienstleistungen|produkte|produits|prestations|expertises?|diensten|producten|what we do|was wir tun|ce que nous faisons|wat wij doen|our expertise|notre expertise|unsere leistungen im überblick)\b/i;
/** "Our Pest Control Services", "Unsere Sanitär-Leistungen", "Nos prestations de nettoyage": a section of the company's own offerings. */
const OWN_OFFERINGS =
  /^(?:our|nos|unsere|onze)\s+(?:[\p{L}&-]+\s+){0,3}(?:services|products|leistungen|dienstleistungen|produkte|prestations|produits|diensten|producten)\b(?!\s+(?:for|in|at|für|pour|voor)\b)|^(?:nos|unsere|onze)\s+(?:prestations|services|produits|leistungen|diensten)\s+(?:de|d['’]|en|für|voor)\s/iu;
const SOLUTIONS_LABEL = /^(?:our |unsere |nos |onze )?(?:solutions|lösungen|oplossingen)$/;
const OFFERING_NOUN =
  /\b(?:platforms?|systems?|software|suites?|solutions?|services?|apps?|plattform|lösungen|plateformes?|logiciels?|oplossingen|diensten)\)?$/i;
/** "Lock Types", "Boiler Categories", "Shop by Lock Type": counted when the thing is the one the site names itself after. */
const KINDS_LABEL =
  /^(?:shop (?:by |for )?)?([\p{L}-]+(?: [\p{L}-]+)?) (?:types?|categories|kategorien|catégories|categorieën|soorten|arten)$/u;
/** A training provider's line: a "Courses" menu, counted only where the site calls itself a place to learn. */
const COURSE_LABEL = /^(?:our |nos |unsere |onze )?(?:courses|kurse|formations|cursussen|opleidingen|trainings)$/i;
const TEACHES =
  /^(?:course|training|formation|kurs|kurse|cursus|opleiding|schulung|academy|akademie|académie|certificat|certificate|lehrgang)/;
/** Path segments under which a site keeps what it sells. */
const PRODUCT_PATH =
  /^(products?|(?:our-|nos-)?services?|leistungen|unsere-leistungen|produkte|produits?|collections|practice-areas|diensten|onze-diensten|producten|solutions-produits|procedures|treatments)$/i;
/** Menus every site has, whatever it sells. */
const GENERIC_LABEL =
  /^(?:projects|projecten|projekte|projets|references|referenzen|références|referenties|cases|case studies|portfolio|gallery|galerie|galería|galerij|fotoalbum|downloads|faq|clients|kunden|klanten|publications|webinars|videos|podcasts|stories|hilfe|aide|impressum|datenschutz|privacy|mentions légales|locations|offices|standorte|niederlassungen|vestigingen|agences|solutions|industries|sectors|use cases|features|technology|technologies|brands|vendors|manufacturers|hersteller|marken|marques|about|about us|company|who we are|team|news|newsroom|press|blog|resources|contact|contact us|careers|jobs|investors|support|help|customers|partners|events|media|legal|community|education|training|learn|insights|library|docs|documentation|developers|pricing|login|account|more|follow us|social|connect|info|informatie|over ons|bedrijf|nieuws|vacatures|unternehmen|über uns|karriere|presse|aktuelles|kontakt|entreprise|à propos|qui sommes-nous|actualités|recrutement|société|home|startseite|accueil|regions?|countries|languages?|sprachen|langues|europe|europa|americas|asia|asia[- ]pacific|apac|emea|worldwide|global)$/i;
/** Items that are a menu's furniture, not an offering. */
const NOT_AN_ITEM =
  /^(?:(?:shop|view|see|browse) all|all(?:\s+(?:our\s+)?(?:products|services|items|categories|collections|models|solutions|brands|offers|features))?$|overview|übersicht|alle\b|tous\b|toutes\b|more\b|mehr\b|meer$|plus\b|home$|downloads?$|release notes|changelog|contact|kontakt|get (?:a|started)|request|book|sign|log ?in)|\?|\b(?:your|uw|ihr|votre|vos|tips?|how to|faq|breakdown of|explained|overview|übersicht|aperçu|overzicht|pricing|prices|preise|tarifs|integrations|order form|buy online|online kaufen|acheter en ligne|trust and security|what['’]s new|finder|data sheets?|datenblätter)\b|^(?:north|south|central|latin) america$|^(?:europe|asia|africa|oceania|americas|asia[- ]pacific|apac|emea)$|^europe, middle east|^middle east\b|^(?:promotions?|promos?|soldes|sale|outlet|nouveautés|new arrivals|neuheiten|nieuw binnen|idées? cadeaux?|gift ideas|geschenkideen|nos exclusivités|exclusivités)$|\S→$|\s[–-]\s(?:deutsch|english|français|nederlands|español|italiano|polski|svenska|suomi|dansk|norsk|português)$/i;

/**
 * An industry the company serves ("Gen-AI in Healthcare Industry"), listed among its services:
 * left out of the line, though the family it sits in still opens (lib/fixtures README: industries
 * served are not products).
 */
const SERVED = /\b(?:industry|industries|sectors?|branchen?|secteurs?)$/i;

const MAX_LINE = 24;

/** Furniture, a generic section or a call to act: never an offering. */
const notAnItem = (t: string) => NOT_AN_ITEM.test(t) || FURNITURE.test(t) || GENERIC_LABEL.test(normalLabel(t));

export function menuProducts(doc: Document, url: URL): string[] {
  const body = doc.body;
  if (!body) return [];
  const groups = [...listGroups(body, url), ...linkRuns(body, url)];
  const labelled = new Map<string, Group>();
  const panels = new Map<string, Group[]>();
  let byPath: Group | undefined;
  const keep = (map: Map<string, Group>, label: string, g: Group) => {
    // Two dozen links and more are a catalogue (every model, every article), not a line of products.
    if (g.items.length > MAX_LINE) return;
    const prev = map.get(label);
    if (!prev) map.set(label, g);
    // Columns of one mega menu panel ("Managed Services" › three columns of plans): one line, read whole.
    else if (columnsOfOnePanel(panels.get(label)?.[0] ?? prev, g)) {
      const cols = panels.get(label) ?? [prev];
      panels.set(label, [...cols, g]);
      map.set(label, { ...cols[0]!, items: panelItems([...cols, g]) });
    }
    // Two writings of one list (a mega menu and its footer column): the later one, a footer's
    // column, writes items in full; of a list and a part of it, the longer one is the line. Not
    // when the menu's families open submenus of their own: the footer names only the families
    // (fresh16-shtarklaw: "Elder Law" › "Medicaid Planning · Disability Planning").
    else if (shared(prev, g)) {
      if (g.items.length >= prev.items.length && familiesOpened(prev, groups) === prev) map.set(label, g);
    }
    // Otherwise the first one met is the line; the later ones are its branches' columns, which a
    // mega menu may head with the same label ("Services" › "Microsoft · NetSuite · Salesforce").
  };
  let teaches: boolean | undefined;
  // A site with an "Industries" menu of its own keeps its capabilities under "Solutions".
  let servedApart: boolean | undefined;
  const sellsCourses = () => (teaches ??= [...selfDescription(doc)].some((w) => TEACHES.test(w)));
  let self: Set<string> | undefined;
  // "Lock Types" on bike-locks.com: the kinds of the thing the site names itself after.
  const kindsOfOwnLine = (label: string) => {
    const m = KINDS_LABEL.exec(label);
    return (
      !!m && wordsOf(m[1]!).some((w) => (self ??= new Set([...selfDescription(doc), ...wordsOf(url.hostname.replace(/-/g, ' '))])).has(w))
    );
  };
  for (const g of groups) {
    const label = g.label && normalLabel(g.label);
    if (
      label &&
      (PRODUCT_LABEL.test(label) ||
        (qualifiedOfferingLabel(label) && qualifiedOfferings(label, g, url.hostname, notAnItem)) ||
        (COURSE_LABEL.test(label) && sellsCourses()) ||
        (label === 'product' && brandedLine(g, url)) ||
        kindsOfOwnLine(label))
    ) {
      keep(labelled, label, headedColumn(g, groups, url, notAnItem));
      continue;
    }
    // A "Solutions" menu lists industries and use cases on most sites; its items are the
    // offerings only when they name themselves so ("… Workflow Platform", "… Risk Solutions").
    if (
      label &&
      SOLUTIONS_LABEL.test(label) &&
      (g.items.filter((i) => OFFERING_NOUN.test(i.text)).length >= Math.max(2, 0.8 * g.items.length) ||
        (servedApart ??= groups.some((o) => !!o.label && INDUSTRIES_LABEL.test(normalLabel(o.label))) && capabilities(g, notAnItem)))
    ) {
      keep(labelled, label, g);
      continue;
    }
    if (label && GENERIC_LABEL.test(label)) continue;
    const segments = g.items.map((i) => firstSegment(i.href));
    if (
      !byPath &&
      !g.nested &&
      g.items.length >= 3 &&
      g.items.length <= MAX_LINE &&
      segments.filter((s) => s && PRODUCT_PATH.test(s)).length >= 0.6 * segments.length
    )
      byPath = { ...g, items: g.items.filter((i) => PRODUCT_PATH.test(firstSegment(i.href) ?? '')) };
  }
  const panel = labelled.size ? undefined : productPanel(groups, body);
  // A main menu of service lines, each opening its services, names more of them than a section's cards or a footer column.
  const tree = serviceTree(groups, notAnItem);
  const labelledItems = labelled.size ? [...labelled.values()].reduce((n, g) => n + g.items.length, 0) : 0;
  const chosen =
    tree && tree.items.length > labelledItems
      ? [familiesOpened(tree, groups)]
      : labelled.size
        ? shallowest([...labelled.values()]).map((g) => familiesOpened(g, groups))
        : panel
          ? [panel]
          : byPath
            ? [byPath]
            : [];
  const out = itemsOf(chosen);
  // A section of the page that presents the offerings as cards names them in full; the menu may list only some.
  const cards = sectionCards(body);
  if (out.length) return unite(out, cards);
  if (cards.length) return cards;
  const marked = markedCards(body);
  if (marked.length) return marked;
  const words = selfDescription(doc);
  const main = mainMenuOfferings(groups, words);
  return main.length ? main : sideMenuOfferings(groups, words);
}

/**
 * A "Product" menu (singular) tours one product's features on most software sites ("Intake ·
 * Plan · Build", "Track leads · Deal tracking"); it is a line of products when two items at least
 * carry the company's name ("Figma Design · Dev Mode · FigJam · Figma Slides", "Postman CLI").
 */
function brandedLine(g: Group, url: URL): boolean {
  const brand = (bareHost(url) ?? '').split('.')[0]!;
  return brand.length >= 3 && g.items.filter((i) => i.text.toLowerCase().startsWith(brand)).length >= 2;
}

/** A card the theme itself calls an offering: `service-card`, `product-item`, `leistung-box`. */
const OFFERING_CARD = /^(?:service|product|offer|leistung|dienst)s?[-_](?:card|item|box|tile|block)$/i;

/**
 * Cards the page's own markup calls services or products (`<div class="service-card"><h3>Inkoop
 * en taxatie</h3>`), three at least, under no heading that names them: each card's heading is
 * an offering.
 */
function markedCards(body: Element): string[] {
  const titles: string[] = [];
  for (const el of Array.from(body.querySelectorAll('[class]')).slice(0, 5_000)) {
    if (!(el.getAttribute('class') ?? '').split(/\s+/).some((c) => OFFERING_CARD.test(c))) continue;
    const h = el.querySelector('h2, h3, h4, h5');
    const t = cleanLine(h?.textContent, 80);
    if (t && t.length <= 50 && !NOT_AN_ITEM.test(t)) titles.push(t);
  }
  // A card inside a card gives its heading twice: once.
  const unique = [...new Set(titles)];
  return unique.length >= 3 && unique.length <= MAX_LINE ? unique : [];
}

/**
 * "What we do?" › "Targeted Branding" › "Programmatic · Digital PR", "SXO" › "SEO · SEM": when the
 * items of a product menu head menus of their own, they are families and their items the
 * offerings — unless the families hold a catalogue (two dozen items and more), where the
 * families are the line. An item that heads no menu stays.
 */
function familiesOpened(g: Group, groups: readonly Group[]): Group {
  // A family's menu holds names (never a blurb and its "Explore SuiteCRM" link).
  const names = (s: Group) => s.items.length >= 2 && s.items.every((i) => i.text.split(/\s+/).length <= 6 && !NOT_AN_ITEM.test(i.text));
  // "Why Bike Totaal?", "Tips from the expert": an item that is no offering opens no family.
  const subs = g.items.map((i) =>
    NOT_AN_ITEM.test(i.text)
      ? undefined
      : groups.find((s) => s !== g && s.label === i.text && (g.el.contains(s.el) || !s.nested) && names(s)),
  );
  // A family's own submenu, inside the menu, opens however few there are ("Electrical Services" ›
  // "Lighting" › "Recessed Lighting · Landscape Lighting"); menus met elsewhere on the page open
  // only when they are most of the families.
  const inside = subs.filter((sub) => sub && g.el.contains(sub.el)).length;
  if (!inside && subs.filter(Boolean).length < Math.max(2, 0.4 * g.items.length)) return g;
  const items = g.items.flatMap((i, k) => subs[k]?.items ?? [i]);
  return items.length > MAX_LEAVES ? g : { ...g, items };
}

/**
 * A mega menu whose top item is "Products" and whose columns are headed by the product families
 * ("Stand Alone Controls", "Wireless Systems"): the columns together are the line. Two cues must
 * agree on every item: it sits under the "Products" item, and it links under the site's product
 * folder (/en-US/Products/…); the rest of the panel (a "What's New" link, fabrics, case studies)
 * is not an offering.
 */
function productPanel(groups: readonly Group[], body: Element): Group | undefined {
  for (const li of Array.from(body.querySelectorAll('li')).slice(0, 1_500)) {
    if (li.parentElement?.closest('li')) continue;
    const own = ownLink(li) ?? li.querySelector(':scope > span, :scope > button, :scope > strong');
    const label = cleanLine(own?.textContent ?? ownText(li), 60);
    if (!label || !PRODUCT_SECTION.test(normalLabel(label))) continue;
    const inside = groups.filter((g) => li.contains(g.el) && g.items.length <= MAX_LINE);
    if (inside.length < 2) continue;
    const items = inside.flatMap((g) => g.items).filter((i) => PRODUCT_PATH.test(firstSegment(i.href) ?? ''));
    if (items.length >= 3) return { label: undefined, items, nested: false, el: li };
  }
  return undefined;
}

/**
 * A mega menu's top level names the line ("Products", "Services"); a label met again a level
 * further down names a branch of one item (HubSpot's "Products › Services" for its software, a
 * bike shop's "Bikes › Collection" beside "Brands"). When both are there, the top level is the
 * list of what the company sells.
 */
/** Most of the shorter list's items are the longer one's, or open its items ("Finanzierung" · "Finanzierung & Leasing"). */
function shared(a: Group, b: Group): boolean {
  const [small, big] = a.items.length <= b.items.length ? [a, b] : [b, a];
  const bigTexts = big.items.map((i) => i.text.toLowerCase());
  const hits = small.items.filter((i) => {
    const t = i.text.toLowerCase();
    return bigTexts.some((x) => x === t || x.startsWith(t + ' ') || t.startsWith(x + ' '));
  }).length;
  return hits >= 0.6 * small.items.length;
}

function shallowest(groups: Group[]): Group[] {
  const top = groups.filter((g) => !g.nested);
  return top.length ? top : groups;
}

/**
 * The menu's offerings, then the cards' that the menu does not name. A card that words a menu
 * item more fully ("Marketing Analytics Consulting" for "Marketing Analytics", "Data Lake
 * Consulting" for "Data Lake Solutions") is the same offering read twice: the menu's writing stays.
 */
function unite(a: readonly string[], b: readonly string[]): string[] {
  return [...a, ...b.filter((x) => !a.some((y) => sameOffering(x, y)))].slice(0, MAX_LEAVES);
}

/** Words that say what kind of offering it is, not which one. */
const KIND_WORD =
  /^(?:services?|consulting|consultancy|solutions?|expert|and|the|our|diensten|dienstleistungen|leistungen|prestations?|conseil)$/;

/** One's distinctive words (two at least) are all the other's. */
function sameOffering(a: string, b: string): boolean {
  const core = (s: string) =>
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w && !KIND_WORD.test(w));
  const [x, y] = [core(a), core(b)];
  const [small, big] = x.length <= y.length ? [x, y] : [y, x];
  return a.toLowerCase() === b.toLowerCase() || (small.length >= 2 && small.every((w) => big.includes(w)));
}

/** The site's own pages every menu has: Home, About, Contact, News, Careers (or "About Acme"), the legal pages. */
const FURNITURE =
  /^(?:home|start|startseite|accueil|inicio|about|over|über|ueber|à propos|a propos|qui sommes|wie zijn|wer wir|quiénes somos|quienes somos|team|équipe|contact|kontakt|contacto|galería|blog|news|nieuws|aktuelles|actualités|careers?|jobs|karriere|vacatures|recrutements?|impressum|imprint|privacy|datenschutz|terms|legal|mentions|faq|login|sitemap|site map)\b/i;
/** Words too common to tell what a site sells. */
const PLAIN =
  /^(?:and|und|et|en|the|der|die|das|les|des|het|een|our|your|with|for|from|about|more|other|services?|products?|solutions?|company|group|info|information)$/i;

/**
 * A small site's main menu names what it sells between its furniture: "Home · Land Brokerage ·
 * Property Management · Consulting · About · Blog". The menu is the first one with furniture (two
 * items at least: Home, About, Contact…) in the page's header or navigation; the offerings are its
 * longest run of three to ten items between the furniture, without the generic sections
 * (Technology, Partners) and the calls to act ("Get a Quote"). A menu says nothing of what an item
 * is, so an item counts only where the site describes itself with its words (its title, its
 * description and keywords, its first heading: "experienced in oilfield insurance, personal
 * insurance and commercial insurance"), and the run only when most of its items do.
 */
function mainMenuOfferings(groups: readonly Group[], selfWords: ReadonlySet<string>): string[] {
  const menu = groups.find(
    (g) =>
      !g.el.parentElement?.closest('li') &&
      g.items.length >= 5 &&
      g.items.length <= 16 &&
      !!g.el.closest('nav, header, [id*="nav" i], [class*="nav" i], [id*="menu" i], [class*="menu" i]') &&
      !g.el.closest('footer') &&
      g.items.filter((i) => FURNITURE.test(i.text)).length >= 2,
  );
  if (!menu) return [];
  let best: Group['items'] = [];
  let run: Group['items'] = [];
  for (const item of [...menu.items, { text: 'home' }]) {
    // "Services" among them: a menu of sections, whose offerings sit a level down.
    if (FURNITURE.test(item.text) || PRODUCT_LABEL.test(normalLabel(item.text))) {
      if (run.length > best.length) best = run;
      run = [];
    } else if (item.href && !GENERIC_LABEL.test(normalLabel(item.text)) && !NOT_AN_ITEM.test(item.text)) run.push(item);
  }
  if (best.length < 3 || best.length > 10 || best.some((i) => i.text.split(/\s+/).length > 5)) return [];
  const named = best.filter((i) => wordsOf(i.text).some((w) => selfWords.has(w)));
  if (named.length < 2 || named.length * 2 <= best.length) return [];
  return itemsOf([{ ...menu, items: named, label: undefined }]);
}

/**
 * A small site's menu of its offerings set apart from the main menu (a sidebar's "Terras Veranda ·
 * Serres · Overkappingen" beside "home · producten · contact", co2-marchal; a row of "Personal
 * Car Finance · Business Car Finance · Novated Leases" under the header, fresh6-fincar): a list
 * of three to twelve short names without a heading, none of them furniture or a section, outside
 * the footer, a breadcrumb or a dropdown, on a site whose main menu is furniture — and most items in the words the site
 * describes itself with, which a blog's categories or a list of articles seldom are.
 */
function sideMenuOfferings(groups: readonly Group[], selfWords: ReadonlySet<string>): string[] {
  if (!groups.some((g) => g.items.filter((i) => FURNITURE.test(i.text)).length >= 2)) return [];
  for (const g of groups) {
    // The call to act that closes a list ("Contact", "Contact Interior Designer", fresh15-zynkdesign)
    // is no offering, and no reason to refuse the rest.
    const items = notAnItem(g.items[g.items.length - 1]?.text ?? '') ? g.items.slice(0, -1) : g.items;
    if (
      !g.label &&
      !g.nested &&
      items.length >= 3 &&
      g.items.length <= 12 &&
      // Never a breadcrumb ("Esprit Barbecue › Barbecue › Barbecue charbon"), nor one item's dropdown
      // ("Fietsen" › "Nieuwe fietsen · Gebruikte fietsen"), nor a list in a sentence's words ("basic custom aluminum").
      !g.el.closest('[class*="breadcrumb" i], [class*="drop" i], [class*="submenu" i]') &&
      // A footer's row ("Health Spa & Fitness Centre Interior Design | Hotel & Spa Interior Design | …",
      // fresh15-zynkdesign) only when every item is a page of one section of the site (/our-work/…).
      (!g.el.closest('footer, [id*="footer" i], [class*="footer" i]') || oneSection(items)) &&
      items.every((i) => i.href && /^[\p{Lu}\d]/u.test(i.text) && i.text.split(/\s+/).length <= 7 && !notAnItem(i.text)) &&
      items.filter((i) => wordsOf(i.text).some((w) => selfWords.has(w))).length >= 0.6 * items.length
    )
      return itemsOf([{ ...g, items }]);
  }
  return [];
}

/** Every item a page inside the same folder of the site (pages at its root each have their own). */
const oneSection = (items: Group['items']) => items.every((i) => firstSegment(i.href) === firstSegment(items[0]!.href));

/** The words of a text, lowercased, a plural's final s dropped, without the plain ones. */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 4 && !PLAIN.test(w))
    .map((w) => w.replace(/s$/, ''));
}

/** The words a site uses of itself: its title, description, keywords and first heading. */
function selfDescription(doc: Document): Set<string> {
  const metas = Array.from(doc.querySelectorAll('meta[name="description" i], meta[name="keywords" i], meta[property="og:description" i]'));
  const texts = [doc.title, ...metas.map((m) => m.getAttribute('content') ?? ''), doc.querySelector('h1')?.textContent ?? ''];
  return new Set(texts.flatMap((t) => wordsOf(t.slice(0, 1_000))));
}

/** "Products Products" (a visually hidden copy beside the text) → "products". */
function normalLabel(label: string): string {
  const l = label.toLowerCase().trim();
  const half = l.length / 2;
  const once = Number.isInteger(half - 0.5) && l.slice(0, half - 0.5) === l.slice(half + 0.5) ? l.slice(0, half - 0.5) : l;
  // "What we do?" is the menu "What we do".
  // A submenu's arrow drawn as text ("A Complete Service »") is no part of the label.
  return once.replace(/\s*[?:!»›▾▼]$/, '');
}

function itemsOf(groups: Group[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const g of groups)
    for (const item of g.items) {
      // "Cosmelan® Peel": the trademark signs are the maker's, not the name; nor is a "New!" badge.
      const text = item.text
        .replace(/^[→›»>•·▸▶►\s]+/, '')
        .replace(/\s*[®™℠]/g, '')
        .replace(/\s+(?:new|neu|nieuw|nouveau|nouveauté)\s*!$/i, '')
        // "Figma DrawNew", "Figma BuzzBeta": a mega menu's badge glued to the name.
        .replace(/(?<=\p{Ll})(?:New|Beta|Alpha|Neu)$/u, '')
        .trim();
      const key = text.toLowerCase();
      if (seen.has(key) || NOT_AN_ITEM.test(text) || SERVED.test(text) || text.length > 60 || key === g.label?.toLowerCase()) continue;
      // "Procedures" › "Skin Care Procedures" to the same page: the section's overview, not an offering.
      if (item.href && g.labelHref && g.label && sameHref(item.href, g.labelHref) && key.includes(g.label.toLowerCase().trim())) continue;
      seen.add(key);
      out.push(text);
    }
  return out.slice(0, MAX_LEAVES);
}

const SAME_OR_HIGHER: Record<number, string> = { 1: 'h1', 2: 'h1, h2', 3: 'h1, h2, h3' };

/** The cards of a section headed "Unsere Leistungen", "Our services", "Ce que nous faisons". */
function sectionCards(body: Element): string[] {
  for (const h of Array.from(body.querySelectorAll('h1, h2, h3')).slice(0, 100)) {
    const heading = cleanLine(h.textContent, 80);
    if (!heading || !(PRODUCT_SECTION.test(heading) || OWN_OFFERINGS.test(heading))) continue;
    const level = Number(h.tagName[1]);
    const deeper = (el: Element) => Array.from(el.querySelectorAll('h2, h3, h4, h5')).filter((t) => Number(t.tagName[1]) > level);
    // Up from the heading's wrapper ("section-header": the heading and a line) to the block that
    // holds the cards, never into a block that holds another section's heading.
    let scope = h.parentElement;
    for (let k = 0; scope && k < 3 && deeper(scope).length < 2; k++) {
      const up: HTMLElement | null = scope.parentElement;
      if (!up || up.tagName === 'BODY' || up.querySelectorAll(SAME_OR_HIGHER[level] ?? 'h1').length > 1) break;
      scope = up;
    }
    if (!scope || scope.tagName === 'BODY') continue;
    const titles = deeper(scope)
      .map((t) => cleanLine(t.textContent, 80))
      .filter((t): t is string => !!t && t.length <= 50 && !NOT_AN_ITEM.test(t));
    if (titles.length >= 2) return [...new Set(titles)].slice(0, 30);
  }
  return [];
}
