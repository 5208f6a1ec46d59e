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
  SUPPORT_LABEL,
  soldSupport,
} from './offering-menus';
import { type Group, firstSegment, linkRuns, listGroups, ownLink, ownText } from './menu-groups';
import { itemsOf } from './menu-item-names';
import { controlsOf } from './menu-triggers';
import {
  COURSE_LABEL,
  GENERIC_LABEL,
  KINDS_LABEL,
  MAX_LINE,
  NOT_AN_ITEM,
  OFFERING_NOUN,
  PRODUCT_LABEL,
  PRODUCT_PATH,
  PRODUCT_SECTION,
  SOLUTIONS_LABEL,
  TEACHES,
  normalLabel,
  notAnItem,
  selfDescription,
  wordsOf,
} from './menu-words';
import { markedCards, sectionCards } from './offering-cards';
import { mainMenuOfferings, sideMenuOfferings } from './small-site-menus';

/**
 * What a company sells, as its own site's menus and footers list it: the items of a menu or
 * footer column labelled "Products", "Services", "Leistungen", "Produits", "Expertises",
 * "Practice areas", "Software", "Platform" (a software maker's own line: never "Hardware" or
 * "Technology", where a reseller lists the brands it sells); failing those, the main menu when its items all live under /products/ or
 * /collections/; failing those, the cards of a section headed "Unsere Leistungen". Never the
 * About, News or Careers menus, never a menu merely named after its pages' folder (a
 * "Graszoden" menu of /graszoden/… pages holds advice and photos as well), never a catalogue. */
export function menuProducts(doc: Document, url: URL): string[] {
  const body = doc.body;
  if (!body) return [];
  // The dropdown controls are read once for both readers.
  const controls = controlsOf(body);
  const groups = [...listGroups(body, url, controls), ...linkRuns(body, url, controls)];
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
    // A maintenance firm's "Support" menu sells its support plans (co-abacus: "Full Maintenance
    // Services · Next Business Day Onsite"); a help desk's is left out by its items.
    if (label && SUPPORT_LABEL.test(label) && soldSupport(g, notAnItem)) {
      keep(labelled, label, g);
      continue;
    }
    if (label && GENERIC_LABEL.test(label)) continue;
    // A column of a block-built dropdown whose control names the line ("Products" › a grid of
    // links, no list item to carry the label): the control's text is the column's label.
    const top = g.top && normalLabel(g.top);
    if (
      top &&
      !(label && INDUSTRIES_LABEL.test(label)) &&
      (PRODUCT_LABEL.test(top) || (qualifiedOfferingLabel(top) && qualifiedOfferings(top, g, url.hostname, notAnItem)))
    ) {
      keep(labelled, top, { ...g, label: g.top });
      continue;
    }
    const under = g.items.filter((i) => PRODUCT_PATH.test(firstSegment(i.href) ?? ''));
    // Or three pages inside the services folder in a footer's mixed column ("/services/ui-ux-design/"
    // beside Careers and Blog, fresh18-theappsolutions).
    if (
      !byPath &&
      !g.nested &&
      g.items.length >= 3 &&
      g.items.length <= MAX_LINE &&
      (under.length >= 0.6 * g.items.length || under.filter((i) => i.href!.split('/').filter(Boolean).length > 1).length >= 3)
    )
      byPath = { ...g, items: under };
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

/**
 * "What we do?" › "Targeted Branding" › "Programmatic · Digital PR", "SXO" › "SEO · SEM": when the
 * items of a product menu head menus of their own, they are families and their items the
 * offerings — unless the families hold a catalogue (two dozen items and more), where the
 * families are the line. An item that heads no menu stays.
 */
function familiesOpened(g: Group, groups: readonly Group[], depth = 0): Group {
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
  // A family may hold families of its own ("Traditional Accounting" › "Audit & Assurance" ›
  // "Internal Audits · Specialized Audits", fresh17-warrenaverett): the leaves are the offerings.
  const items = g.items.flatMap((i, k) => {
    const sub = subs[k];
    return sub ? (depth < 2 ? familiesOpened(sub, groups, depth + 1) : sub).items : [i];
  });
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
