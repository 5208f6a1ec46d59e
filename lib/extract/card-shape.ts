import { INLINE_TAG } from './team-card';

// The shape of an element on a page of repeated cards (a team's, a staff list's): its tag and class
// and its parents', so that lines written alike in every card compare equal. Read by lib/extract/team.ts.

/**
 * The tags and classes of an element and its parents, `depth` of them. Nested inline tags written
 * alike count once when `collapse` ("<strong><strong>Brian Hunter</strong></strong>" is written like
 * "<strong>Emily Mathews</strong>").
 */
function pathOf(el: Element, depth: number, collapse: boolean): string {
  const parts: string[] = [];
  for (let e: Element | null = el; e && parts.length < depth; e = e.parentElement) {
    const part = `${e.tagName}.${stripe(e.getAttribute('class') ?? '')}`;
    if (collapse && part === parts[parts.length - 1] && INLINE_TAG.test(e.tagName)) continue;
    parts.push(part);
  }
  return parts.join('<');
}

/** Where a line sits in its card: its tag and class and its two parents'. */
export const slotOf = (el: Element): string => pathOf(el, 3, false);

/** A striped table's rows are one shape: "sectiontableentry1" and "…2", "odd" and "even". */
const stripe = (cls: string) => cls.replace(/\d+/g, '').replace(/(^|\s)(odd|even|alt|alternate)(?=\s|$)/gi, '$1');

const shapes = new WeakMap<Element, string>();
/** The shape of a repeated card's line: its tag and class and three parents', kept per element. */
export function shapeOf(el: Element): string {
  let s = shapes.get(el);
  if (s === undefined) shapes.set(el, (s = pathOf(el, 4, true)));
  return s;
}
