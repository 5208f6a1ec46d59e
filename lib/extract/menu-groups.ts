import { cleanLine } from './clean';
import { controlsOf, triggerOf } from './menu-triggers';

/**
 * The link groups of a page, read from its markup: lists (menus, submenus, footer columns) and runs
 * of links between line breaks, each with the label it sits under and where its items link. Which
 * group is the company's line of products is decided elsewhere (lib/extract/site-menus.ts); this
 * file only reads the DOM, so both the products reader and a person reading a page by hand see the
 * same groups.
 */

export interface Group {
  label?: string;
  items: Array<{ text: string; href?: string }>;
  /** Inside another menu's item: a submenu of a submenu. */
  nested: boolean;
  el: Element;
  /** Where the label itself links: an item to the same page is the section's overview. */
  labelHref?: string;
  /**
   * A block-built menu's top item: the text of the control that opens the panel the group sits
   * in ("Products" on a Webflow dropdown), and that panel, whose columns are one menu's.
   */
  top?: string;
  panel?: Element;
}

/** Lists of links (menus, submenus, footer columns), each with the label it sits under. */
export function listGroups(body: Element, base: URL, controls = controlsOf(body)): Group[] {
  const out: Group[] = [];
  const lists = Array.from(body.querySelectorAll('ul, ol')).slice(0, 1_500);
  for (const ul of lists) {
    const items = listItems(ul, base);
    if (items.length < 2) continue;
    const parentItem = ul.parentElement?.closest('li');
    const trigger = parentItem ? undefined : triggerOf(ul, controls);
    out.push({
      label: labelOf(ul, parentItem ?? null),
      items,
      nested: !!parentItem?.parentElement?.closest('li'),
      el: ul,
      labelHref: parentItem ? hrefOf(ownLink(parentItem), base) : undefined,
      ...(trigger && { top: trigger.label, panel: trigger.panel }),
    });
  }
  return out;
}

/** A list's items: each item's own link (or text) and where it links. */
export function listItems(ul: Element, base: URL): Group['items'] {
  const items: Group['items'] = [];
  for (let li = ul.firstElementChild; li; li = li.nextElementSibling) {
    if (li.tagName !== 'LI') continue;
    const a = ownLink(li);
    // A card in a mega menu: its heading is the item ("Marketing Hub"), not heading and blurb.
    const heading = a?.firstElementChild ? cardHeading(a) : null;
    const text = cleanLine(heading && heading.textContent ? shownText(heading) : a ? shownText(a) : ownText(li), 120);
    if (text) items.push({ text, href: hrefOf(a, base) });
  }
  return items;
}

/**
 * Footer columns written as links between line breaks or bullets, each run under the label
 * before it: "<strong>Products</strong><br><a>…</a><br><a>…</a>", or a column of
 * "<div class=label>Leistungen</div><a>…</a><a>…</a><div class=label>Für Fachgebiete</div><a>…</a>".
 */
export function linkRuns(body: Element, base: URL, controls = controlsOf(body)): Group[] {
  const out: Group[] = [];
  // Any block may hold a run (a <span> or <dl> of links in a block-built menu); only those with
  // three children and more can, and only they count towards the limit.
  const blocks = Array.from(
    body.querySelectorAll('p, div, td, section, nav, span, font, center, dl, dd, aside, header, footer, article, main'),
  );
  for (const el of blocks.filter((b) => b.childElementCount >= 3).slice(0, 3_000)) {
    let runs: Array<{ label?: string; links: Element[] }> = [{ links: [] }];
    let count = 0;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const a = c.tagName === 'A' ? c : wrappedLink(c);
      if (a) {
        runs[runs.length - 1]!.links.push(a);
        count++;
      } else if (c.tagName !== 'BR' && !c.getElementsByTagName('a').length) {
        const label = cleanLine(c.textContent, 60);
        if (label && label.length <= 40) runs.push({ label, links: [] });
      }
    }
    if (count < 3) continue;
    runs = runs.filter((r) => r.links.length >= 2);
    for (const [k, run] of runs.entries()) {
      const items = run.links
        .map((a) => {
          // A card in a block-built menu: its heading is the item ("Docs", not "DocsSimple and powerful").
          const heading = a.parentElement !== el && a.firstElementChild ? (cardHeading(a) ?? gluedName(a)) : null;
          return { text: cleanLine(shownText(heading?.textContent ? heading : a), 120) ?? '', href: hrefOf(a, base) };
        })
        .filter((x) => x.text);
      const label = run.label ?? (k === 0 ? labelOf(el, null) : undefined);
      const trigger = el.parentElement?.closest('li') ? undefined : triggerOf(el, controls);
      out.push({
        label,
        items: k === 0 && !run.label ? splitAtBreak(el, run.links, items) : items,
        nested: false,
        el,
        ...(trigger && { top: trigger.label, panel: trigger.panel }),
      });
    }
  }
  return out;
}

/**
 * A link alone in its wrapper ("<div class=menu-link><a><span>Data Analytics</span></a></div>",
 * repeated): a menu built of blocks instead of a list reads as a run of its links.
 */
function wrappedLink(c: Element): Element | null {
  // A heading that links ("<h4><a>Blueberry</a></h4>", a month's featured flavours) is a teaser, not a menu's item.
  if (/^(?:BR|UL|OL|H[1-6])$/.test(c.tagName)) return null;
  const links = c.getElementsByTagName('a');
  if (links.length !== 1) return null;
  const text = cleanLine(c.textContent, 200);
  return text && text === cleanLine(links[0]!.textContent, 200) ? links[0]! : null;
}

/**
 * "<a><span>Docs</span><span>Simple and powerful</span></a>": a name and its blurb written as
 * blocks with nothing between them (the page's style sets them on two lines): the first is the name.
 */
function gluedName(a: Element): Element | null {
  const parts = Array.from(a.children).filter((c) => c.textContent?.trim());
  if (parts.length < 2) return null;
  // Nothing at all between them, not even a space: written as two lines, never as one phrase.
  return parts[0]!.nextSibling === parts[1] ? parts[0]! : null;
}

/** A row of footer links broken by a <br> is two groups; the first is the one its label names. */
function splitAtBreak(el: Element, links: Element[], items: Group['items']): Group['items'] {
  const breaks = el.getElementsByTagName('br');
  if (!breaks.length || links.length < 4) return items;
  const firstBreak = Array.from(el.childNodes).findIndex((n) => n.nodeName === 'BR');
  const before = links.filter((a) => Array.from(el.childNodes).indexOf(a) < firstBreak).length;
  // A break after every link is a column; a single break in a row cuts it in two.
  return before >= 2 && breaks.length === 1 ? items.slice(0, before) : items;
}

/** The label a list sits under: its parent item's own link or text, a heading before it, or its column's heading. */
function labelOf(list: Element, parentItem: Element | null): string | undefined {
  if (parentItem) {
    const own = ownLink(parentItem) ?? parentItem.querySelector(':scope > span, :scope > button, :scope > strong');
    const text = cleanLine(own ? shownText(own) : ownText(parentItem), 60);
    if (text) return text;
  }
  for (let e: Element | null = list, depth = 0; e && depth < 3; e = e.parentElement, depth++) {
    for (let s = e.previousElementSibling, k = 0; s && k < 2; s = s.previousElementSibling, k++) {
      if (s.tagName === 'UL' || s.tagName === 'OL' || s.getElementsByTagName('a').length > 1) break;
      const text = cleanLine(s.textContent, 80);
      if (text && text.length <= 40) return text;
    }
    if (e.parentElement?.tagName === 'LI') break;
  }
  return undefined;
}

function cardHeading(a: Element): Element | null {
  const h = a.querySelector('h2, h3, h4, h5');
  if (h) return h;
  for (const el of Array.from(a.getElementsByTagName('*')).slice(0, 20)) if (/title/i.test(el.getAttribute('class') ?? '')) return el;
  return null;
}

/** An item's own link: a direct child, or one inside a wrapper that holds no list. */
export function ownLink(li: Element): Element | null {
  for (let c = li.firstElementChild; c; c = c.nextElementSibling) {
    if (c.tagName === 'A') return c;
    if (c.tagName === 'UL' || c.tagName === 'OL') return null;
    const a = c.querySelector('a');
    if (a && !c.querySelector('ul, ol')) return a;
  }
  return null;
}

/**
 * An element's text without its icons': a menu's arrow is an svg whose <title>Expand</title>
 * would be glued to the label ("High Value Electronics TransportationExpand"); a line break
 * inside a label ("Personal<br>Car Finance") is a space. An item drawn
 * only as an icon keeps the icon's title (its name, then).
 */
export function shownText(el: Element): string {
  const walk = (e: Element): string => {
    let t = '';
    for (let c = e.firstChild; c; c = c.nextSibling)
      t +=
        c.nodeType === 3
          ? c.nodeValue
          : c.nodeType !== 1
            ? ''
            : (c as Element).tagName === 'BR'
              ? ' '
              : (c as Element).tagName.toLowerCase() !== 'svg'
                ? walk(c as Element)
                : '';
    return t;
  };
  const t = walk(el);
  return t.trim() ? t : (el.textContent ?? '');
}

export function ownText(el: Element): string {
  let t = '';
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) t += c.nodeValue ?? '';
  return t;
}

function hrefOf(a: Element | null, base: URL): string | undefined {
  const raw = a?.getAttribute('href');
  if (!raw || raw.startsWith('#') || /^(javascript|mailto|tel):/i.test(raw)) return undefined;
  try {
    const u = new URL(raw, base);
    return u.hostname.replace(/^www\./, '') === base.hostname.replace(/^www\./, '') ? u.pathname : undefined;
  } catch {
    return undefined;
  }
}

export const sameHref = (a: string, b: string) => a.replace(/\/+$/, '').toLowerCase() === b.replace(/\/+$/, '').toLowerCase();

export function firstSegment(path: string | undefined): string | undefined {
  const seg = path
    ?.split('/')
    .filter(Boolean)
    .find((s) => !/^[a-z]{2}(-[a-z]{2})?$/i.test(s));
  return seg?.replace(/\.\w+$/, '').toLowerCase();
}

/** The link groups a page has, with their labels (for tests and for reading a page by hand). */
export function menuGroups(doc: Document, url: URL): Array<{ label?: string; items: string[]; nested: boolean }> {
  if (!doc.body) return [];
  const controls = controlsOf(doc.body);
  return [...listGroups(doc.body, url, controls), ...linkRuns(doc.body, url, controls)].map((g) => ({
    label: g.label,
    items: g.items.map((i) => i.text),
    nested: g.nested,
  }));
}
