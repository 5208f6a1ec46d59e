import { INLINE_TAG } from './team-card';

// The shape of an element on a page of repeated cards (a team's, a staff list's): its tag and class
// and its parents', so that lines written alike in every card compare equal. Read by lib/extract/team.ts.

/** Where a line sits in its card: its tag and class and its two parents'. */
export function slotOf(el: Element): string {
  const parts: string[] = [];
  for (let e: Element | null = el; e && parts.length < 3; e = e.parentElement)
    parts.push(`${e.tagName}.${stripe(e.getAttribute('class') ?? '')}`);
  return parts.join('<');
}

/** A striped table's rows are one shape: "sectiontableentry1" and "…2", "odd" and "even". */
const stripe = (cls: string) => cls.replace(/\d+/g, '').replace(/(^|\s)(odd|even|alt|alternate)(?=\s|$)/gi, '$1');

const shapes = new WeakMap<Element, string>();
export function shapeOf(el: Element): string {
  let s = shapes.get(el);
  if (s === undefined) {
    const parts: string[] = [];
    for (let e: Element | null = el; e && parts.length < 4; e = e.parentElement) {
      const part = `${e.tagName}.${stripe(e.getAttribute('class') ?? '')}`;
      // "<strong><strong>Brian Hunter</strong></strong>" is written like "<strong>Emily Mathews</strong>".
      if (part === parts[parts.length - 1] && INLINE_TAG.test(e.tagName)) continue;
      parts.push(part);
    }
    s = parts.join('<');
    shapes.set(el, s);
  }
  return s;
}
