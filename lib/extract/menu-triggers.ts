import { cleanLine } from './clean';

/**
 * The control that opens a menu's panel when the menu is built of blocks, not of nested lists
 * (Webflow's `w-dropdown-toggle`, a `<button aria-controls>` or `aria-expanded`, `<details>`'
 * `<summary>`, a panel `aria-labelledby` its button): the panel's columns sit under the
 * control's text ("Products"), which no list item carries. Kept apart from lib/extract/menu-groups.ts,
 * which reads the groups; this file only says which control a group's panel hangs from.
 */

export interface Trigger {
  /** The control's text: the top item the panel belongs to. */
  label: string;
  /** The panel the control opens: the columns inside it are one menu's. */
  panel: Element;
}

/** Controls by the id of the panel they open (`aria-controls`), read once per page. */
export function controlsOf(body: Element): Map<string, Element> {
  const out = new Map<string, Element>();
  for (const c of Array.from(body.querySelectorAll('[aria-controls]')).slice(0, 2_000))
    for (const id of (c.getAttribute('aria-controls') ?? '').split(/\s+/)) if (id && !out.has(id)) out.set(id, c);
  return out;
}

/** How far up from a group its panel may sit (a grid in a column in a wrapper in a container in the panel). */
const MAX_DEPTH = 8;

/**
 * The nearest control above a group: climbing from the group, the first block that a control
 * opens. Never through a list item (a list's own item labels its submenu), never the page's
 * whole navigation (a "Menu" button that opens everything says nothing of a column).
 */
export function triggerOf(el: Element, controls: ReadonlyMap<string, Element>): Trigger | undefined {
  for (let a: Element | null = el, depth = 0; a && depth < MAX_DEPTH; a = a.parentElement, depth++) {
    if (a.tagName === 'LI' || a.tagName === 'BODY') return undefined;
    const control = labelledBy(a) ?? (a.id ? controls.get(a.id) : undefined) ?? toggleBefore(a);
    if (!control || control.contains(el)) continue;
    // A control that opens a panel holding a link or none of its own, with a short name.
    if (control.getElementsByTagName('a').length > 1) continue;
    const label = cleanLine(control.textContent, 60);
    if (label && label.length <= 40) return { label, panel: a };
  }
  return undefined;
}

function labelledBy(a: Element): Element | undefined {
  const id = a.getAttribute('aria-labelledby')?.split(/\s+/)[0];
  return (id && a.ownerDocument.getElementById(id)) || undefined;
}

/** A toggle written just before its panel: a button, a summary, or a block the theme marks as the toggle. */
function toggleBefore(a: Element): Element | undefined {
  const s = a.previousElementSibling;
  if (!s) return undefined;
  const toggle =
    s.tagName === 'BUTTON' ||
    s.tagName === 'SUMMARY' ||
    s.hasAttribute('aria-haspopup') ||
    s.hasAttribute('aria-expanded') ||
    /(?:^|[\s_-])(?:toggle|trigger)(?:$|[\s_-])/i.test(s.getAttribute('class') ?? '');
  return toggle ? s : undefined;
}
