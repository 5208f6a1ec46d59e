import type { Group } from './menu-groups';

/**
 * How a site's menus say they list its own offerings beyond a bare "Services": a label that
 * qualifies the kind ("Managed Services", "IT Solutions", "Our Pest Control Services",
 * "Electrical Services", "Featured Products"), and a mega menu whose columns sit under one top
 * item. Kept apart from lib/extract/site-menus.ts, which decides which group is the line.
 */

/** The most leaves a services menu may hold (families › leaves); beyond, it is a catalogue. */
export const MAX_LEAVES = 60;

/** One to three words, then the kind: "Managed Services", "IT Solutions", "Unsere Sanitär-Leistungen". */
const QUALIFIED =
  /^(?:our |nos |unsere |onze |nuestros |nuestras )?(?:[\p{L}&/-]+ ){1,3}(?:services|solutions|products|leistungen|dienstleistungen|produkte|lösungen|prestations|produits|diensten|producten|oplossingen|servicios|productos|soluciones)$|^(?:[\p{L}-]+-)(?:leistungen|dienstleistungen|produkte|lösungen|diensten|producten)$/iu;
/**
 * Qualifiers that make the label someone else's list: the customers' help desk ("Customer
 * Services", "Online Services" — a login), the related or other companies' ("Partner Solutions"),
 * the industries served ("Solutions by Industry" never matches: the kind comes last).
 */
const NOT_OWN =
  /^(?:our |nos |unsere |onze )?(?:customer|client|member|members|student|guest|visitor|online|self|partner|partners|third[- ]party|related|other|more|all|popular|recent|special|additional|order|ordering|residential|commercial|industrial|global|international|kunden|klanten|clients?|partenaires?)\b/i;

/** "Managed Services", "IT Solutions", "Featured Products": a label that names the company's offerings of a kind. */
export function qualifiedOfferingLabel(label: string): boolean {
  return QUALIFIED.test(label) && !NOT_OWN.test(label) && label.split(/\s+/).length <= 5;
}

/** A company's name among the items: a group's subsidiaries ("L&T Infotech Limited", "EWAC Limited"). */
const COMPANY_ITEM = /\b(?:limited|ltd|inc|llc|gmbh|ag|plc|corp(?:oration)?|b\.?v|s\.?a|works|business unit)\.?$/i;

/**
 * The items of a qualified label read as the company's offerings: not a brand's range that
 * repeats the label's qualifier ("Regin Products" › "Regin Tapes · Regin Tools", where Regin is
 * not the site), not subsidiaries, not a section's pages ("Overview", "Where We Are", "Case
 * Studies": two such items and the list is a section menu).
 */
export function qualifiedOfferings(label: string, g: Group, host: string, notAnItem: (text: string) => boolean): boolean {
  const items = g.items.map((i) => i.text);
  if (items.filter((t) => COMPANY_ITEM.test(t)).length >= 2) return false;
  if (items.filter((t) => notAnItem(t) || /\b(?:case stud|where we|about|who we)/i.test(t)).length >= 2) return false;
  const qualifier = label
    .replace(/^(?:our|nos|unsere|onze)\s+/i, '')
    .split(/\s+/)[0]!
    .toLowerCase();
  const repeats = items.filter((t) => t.toLowerCase().startsWith(qualifier + ' ')).length;
  return !(repeats >= 0.6 * items.length && !host.toLowerCase().includes(qualifier));
}

/**
 * Two lists that are columns of one mega menu panel: both hang under the same top item (so both
 * take its label), neither inside the other.
 */
export function columnsOfOnePanel(a: Group, b: Group): boolean {
  if (a.nested || b.nested || a.el.contains(b.el) || b.el.contains(a.el)) return false;
  const top = a.el.parentElement?.closest('li');
  return !!top && top === b.el.parentElement?.closest('li');
}

/**
 * A panel's columns, in order. When its first column has one item per other column ("AI ·
 * Business Consulting · Data", then a column for each), the first is the panel's tabs — the
 * families — and the other columns are the offerings.
 */
export function panelItems(columns: readonly Group[]): Group['items'] {
  const [first, ...rest] = columns;
  if (!first) return [];
  const tabs = rest.length >= 2 && Math.abs(first.items.length - rest.length) <= 1;
  const items = (tabs ? rest : columns).flatMap((c) => c.items);
  return items.slice(0, MAX_LEAVES);
}
