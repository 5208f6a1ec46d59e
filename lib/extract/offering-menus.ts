import { type Group, listItems } from './menu-groups';

/**
 * How a site's menus say they list its own offerings beyond a bare "Services": a label that
 * qualifies the kind ("Managed Services", "IT Solutions", "Our Pest Control Services",
 * "Electrical Services", "Featured Products"), and a mega menu whose columns sit under one top
 * item. Kept apart from lib/extract/site-menus.ts, which decides which group is the line.
 */

/** The most leaves a services menu may hold (families › leaves); beyond, it is a catalogue. */
export const MAX_LEAVES = 60;

/**
 * One to three words, then the kind: "Managed Services", "IT Solutions", "Unsere Sanitär-Leistungen";
 * or the service the firm offers as a whole ("A Complete Service" › "Bathroom Installation · Wet
 * Rooms", fresh15-flintandson), where a bare "Service" menu is the help desk.
 */
const QUALIFIED =
  /^(?:our |nos |unsere |onze |nuestros |nuestras )?(?:[\p{L}&/-]+ ){1,3}(?:services|solutions|products|leistungen|dienstleistungen|produkte|lösungen|prestations|produits|diensten|producten|oplossingen|servicios|productos|soluciones)$|^(?:[\p{L}-]+-)(?:leistungen|dienstleistungen|produkte|lösungen|diensten|producten|service)$|^an? (?:[\p{L}-]+ ){1,2}service$/iu;
/**
 * Qualifiers that make the label someone else's list: the customers' help desk ("Customer
 * Services", "Online Services" — a login), the related or other companies' ("Partner Solutions"),
 * the industries served ("Solutions by Industry" never matches: the kind comes last).
 */
const NOT_OWN =
  /^(?:our |nos |unsere |onze )?(?:customer|client|member|members|student|guest|visitor|online|self|partner|partners|third[- ]party|related|other|more|all|popular|recent|special|additional|order|ordering|residential|commercial|industrial|global|international|kunden|klanten|clients?|partenaires?)\b/i;

/** "Managed Services", "IT Solutions", "Featured Products": a label that names the company's offerings of a kind. */
export function qualifiedOfferingLabel(label: string): boolean {
  // "Why Choose Our Services?": a question or a pitch about the offerings, not their list.
  const qualifier = label
    .replace(/^(?:our|nos|unsere|onze|nuestros|nuestras)\s+/i, '')
    .split(/\s+/)
    .slice(0, -1);
  if (qualifier.some((w) => PITCH_WORD.test(w))) return false;
  return QUALIFIED.test(label) && !NOT_OWN.test(label) && label.split(/\s+/).length <= 5;
}

/** Words that make a label a sentence about the offerings ("Why Choose Our Services", "How We Deliver Solutions"). */
const PITCH_WORD =
  /^(?:why|how|what|when|choose|choosing|about|our|your|we|you|the|for|with|of|to|from|warum|wie|ihre|pourquoi|comment|vos|waarom|hoe|uw|por|qué|sus)$/i;

/** A sentence among a list's items: a comma list, a pronoun ("We’ll keep working until you’re satisfied"). */
const SENTENCE = /,\s|\b(?:we|we['’]ll|you|you['’]re|us|wir|sie|nous|vous|wij|jij|u)\b/i;

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
  if (items.filter((t) => SENTENCE.test(t)).length >= 2) return false;
  if (items.filter((t) => notAnItem(t) || /\b(?:case stud|where we|about|who we)/i.test(t)).length >= 2) return false;
  const qualifier = label
    .replace(/^(?:our|nos|unsere|onze)\s+/i, '')
    .split(/\s+/)[0]!
    .toLowerCase();
  const repeats = items.filter((t) => t.toLowerCase().startsWith(qualifier + ' ')).length;
  return !(repeats >= 0.6 * items.length && !host.toLowerCase().includes(qualifier));
}

/**
 * Two lists that are columns of one mega menu panel: both hang under the same top item or the
 * same dropdown's panel (so both take its label), neither inside the other.
 */
export function columnsOfOnePanel(a: Group, b: Group): boolean {
  if (a.nested || b.nested || a.el.contains(b.el) || b.el.contains(a.el)) return false;
  // A block-built dropdown's panel, or the list item the columns hang under.
  const top = a.panel ?? a.el.parentElement?.closest('li');
  return !!top && top === (b.panel ?? b.el.parentElement?.closest('li'));
}

/**
 * A panel's columns, in order. When its first column has one item per other column ("AI ·
 * Business Consulting · Data", then a column for each), and a third of its items at least share a
 * word with their column ("Data & Analytics" › "Data Governance", "Security & Compliance" ›
 * "Governance Risk & Compliance"), the first is the panel's tabs — the families — and the other
 * columns are the offerings. A first column that names offerings of its own ("Infrastructure as a
 * Service (IaaS) · Platform as a Service (PaaS)" beside columns of cloud plans) stays.
 */
export function panelItems(columns: readonly Group[]): Group['items'] {
  const [first, ...rest] = columns;
  if (!first) return [];
  const words = (t: string) => stems(t).filter((w) => !/^(?:servic|consult|solution|with|and)/.test(w));
  const heads = first.items.filter((item, k) => {
    const own = words(item.text);
    return rest[k]?.items.some((i) => words(i.text).some((w) => own.includes(w)));
  }).length;
  const tabs = rest.length >= 2 && Math.abs(first.items.length - rest.length) <= 1 && heads >= Math.max(1, first.items.length / 3);
  const items = (tabs ? rest : columns).flatMap((c) => withoutTiers(c.items));
  return items.slice(0, MAX_LEAVES);
}

/** Words that name a service: what a trade or a firm does, not a thing it sells. */
const SERVICE_NOUN =
  /\b(?:repairs?|installations?|maintenance|removal|cleaning|clean ?up|restoration|inspections?|consulting|consultancy|development|design|treatments?|therapy|services?|abatement|replacement|drying|extraction|remediation|testing|audits?|migrations?|training|management|rewiring|wiring|reparatur|wartung|reinigung|sanierung|beratung|montage|onderhoud|reparatie|installatie|reiniging|advies|entretien|réparation|nettoyage|conseil|rénovation|dépannage)\b/i;

const stems = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 4)
    .map((w) => w.replace(/(?:ing|s)$/, ''));

/**
 * A small firm's main menu whose items are its service lines, each opening the services of that
 * line: "Fire Damage Restoration" › "Smoke Removal · Soot Removal", "Heating" › "Heating Repair ·
 * Furnaces". A line counts when its menu holds names (six words at most) that repeat the line's
 * word or name a service ("Repair", "Installation", "Beratung"); the tree counts when two lines
 * and more do and a fifth of all the leaves name a service — a shop's tree ("Women" › "Dresses ·
 * Shoes") names none. `skip` says which top items are furniture or generic sections (About,
 * Industries, Insights), never lines. Returns the leaves, or nothing.
 */
export function serviceTree(groups: readonly Group[], skip: (text: string) => boolean): Group | undefined {
  for (const top of groups) {
    if (top.nested || top.el.parentElement?.closest('li') || top.items.length < 2 || top.items.length > 12) continue;
    // Each line's menu of names, and whether it says it holds services; in the menu's order.
    const opened: Array<{ items: Group['items']; said: boolean }> = [];
    for (const item of top.items) {
      if (skip(item.text)) continue;
      const menus = groups.filter((s) => s !== top && s.label === item.text && top.el.contains(s.el));
      // "Products" › "Products · Hardwood Flooring": the line's own name again is its overview page.
      const items = menus
        .flatMap((s) => s.items)
        .filter((i) => !/^(?:main menu|back|overview)$/i.test(i.text) && i.text !== item.text && !skip(i.text));
      if (items.length < 2 || items.some((i) => i.text.split(/\s+/).length > 6)) continue;
      const own = new Set(stems(item.text));
      const said = items.filter((i) => SERVICE_NOUN.test(i.text) || stems(i.text).some((w) => own.has(w))).length;
      opened.push({ items, said: said >= items.length / 3 });
    }
    const lines = opened.filter((o) => o.said);
    // Two lines that say they hold services make the menu a firm's service lines: its other lines
    // are lines of the same firm, named by their products ("Air Quality" › "Energy Recovery
    // Ventilators · UV Germicidal Light" beside "Heating" › "Heating Repair", co2-associatedheating).
    const said = lines.flatMap((o) => o.items);
    const all = opened.flatMap((o) => o.items);
    const leaves = all.length <= MAX_LEAVES ? all : said;
    const services = said.filter((i) => SERVICE_NOUN.test(i.text)).length;
    if (lines.length >= 2 && leaves.length <= MAX_LEAVES && services >= 0.2 * said.length)
      return { ...top, label: undefined, items: leaves };
  }
  return undefined;
}

/** A help desk's or an after-sales menu's label, which most sites give their customers' pages. */
export const SUPPORT_LABEL = /^(?:support|service|kundendienst|maintenance)$/i;

/**
 * A "Support" menu that sells support: its items are plans and services ("Full Maintenance
 * Services · Next Business Day Onsite · IBM i Operating Environment Services", co-abacus), where a
 * help desk's lists "Help Center · Documentation · Contact Support · Status". Two items in three
 * at least name a service, and none is a help desk's page.
 */
export function soldSupport(g: Group, notAnItem: (text: string) => boolean): boolean {
  const items = g.items.map((i) => i.text);
  if (items.length < 2 || items.some((t) => HELP_DESK.test(t) || notAnItem(t))) return false;
  return (
    items.filter((t) => SERVICE_NOUN.test(t) || /\b(?:plans?|contracts?|onsite|on-site|remote)\b/i.test(t)).length >= (2 / 3) * items.length
  );
}

/** A help desk's own pages: where customers ask, read and log in, never what is sold. */
const HELP_DESK =
  /\b(?:help|hilfe|aide|faqs?|docs|documentation|status|contact|kontakt|community|forum|tickets?|downloads?|drivers|manuals?|warranty|garantie|returns?|rma|portal|log ?in|sign ?in|knowledge ?base|guides?|tutorials?|academy|training|certification|developers?|api)\b/i;

/** The menu of industries served, which a consulting firm keeps beside its "Solutions". */
export const INDUSTRIES_LABEL = /^(?:industries|sectors|branchen|secteurs|sectoren|industrias|who we serve|wen wir unterstützen)$/i;

/**
 * A "Solutions" menu read as the firm's capabilities ("Cloud · Cybersecurity · Internal Audit"):
 * short names (four words at most, none a sentence like "Drive Innovation with AI"), no industry,
 * no furniture (one in ten may be). Only asked where the industries have a menu of their own.
 */
export function capabilities(g: Group, notAnItem: (text: string) => boolean): boolean {
  // One item in ten may be a section's name ("Technology") that the firm also offers.
  const named = g.items.filter(
    (i) => i.text.split(/\s+/).length <= 4 && !/\b(?:with|your|for|industry|industries|sector)\b/i.test(i.text) && !notAnItem(i.text),
  ).length;
  return g.items.length >= 3 && named >= 0.9 * g.items.length;
}

/**
 * Tiers of one offering ("Ingest with 30 Day Retention · … 60 Day … · … 1 Year …", "Start
 * Recovery in <1 Hour · <12 Hours"): three items and more that differ only in their numbers are
 * sizes or plans, not offerings (tests/fixtures/README.md: then the level above counts).
 */
export function withoutTiers(items: Group['items']): Group['items'] {
  const shape = (t: string) =>
    t
      .toLowerCase()
      .replace(/\d+(?:[.,]\d+)?/g, '#')
      .replace(/\b(?:days?|weeks?|months?|years?|hours?|minutes?)\b/g, 'unit')
      .trim();
  const count = new Map<string, number>();
  for (const i of items) if (/\d/.test(i.text)) count.set(shape(i.text), (count.get(shape(i.text)) ?? 0) + 1);
  return items.filter((i) => !/\d/.test(i.text) || (count.get(shape(i.text)) ?? 0) < 3);
}

/**
 * One heading over a column of family lists ("Services", then "Paid Media: Search / Display /
 * Social · Paid Search · Paid Social", "SEO: Search Engine Optimization · Content Development ·
 * Local SEO", "CRO: Conversion Rate Optimization", fresh15-forthea): the lists that follow the
 * labelled one in the same column, with no heading of their own, are the rest of its line. In
 * each family, a generic section ("Portfolio") is left out, and the first item that links to the
 * folder holding the others' pages is the family's overview: its leaves are the offerings.
 */
export function headedColumn(g: Group, groups: readonly Group[], base: URL, notAnItem: (text: string) => boolean): Group {
  if (g.el.parentElement?.closest('li')) return g;
  const family: Array<Group['items']> = [g.items];
  // A family of one ("AEO/GEO: Answer Engine Optimization") is a list too short to be a group.
  for (let s = g.el.nextElementSibling; s && (s.tagName === 'UL' || s.tagName === 'OL'); s = s.nextElementSibling) {
    const next = groups.find((o) => o.el === s);
    if (next?.label && next.label !== g.label) break;
    family.push(next?.items ?? listItems(s, base));
  }
  if (family.length < 3) return g;
  const items = family.flatMap((f) => {
    const [head, ...rest] = f.filter((i) => !notAnItem(i.text));
    const folder = head?.href?.replace(/\/?$/, '/');
    return folder && rest.length && rest.every((i) => i.href?.startsWith(folder)) ? rest : head ? [head, ...rest] : [];
  });
  return items.length > MAX_LEAVES ? g : { ...g, items };
}
