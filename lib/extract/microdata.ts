import type { LdNode } from './json-ld';

const MAX_ITEMS = 200;

/**
 * schema.org microdata (`itemscope`/`itemtype`/`itemprop`) as JSON-LD-shaped nodes, so the same
 * mapping reads both. Only top-level items; nested items become nested objects.
 */
export function readMicrodata(doc: Document): LdNode[] {
  const out: LdNode[] = [];
  for (const el of Array.from(doc.querySelectorAll('[itemscope][itemtype]'))) {
    if (el.hasAttribute('itemprop')) continue; // nested: read as part of its parent
    out.push(itemOf(el, 0));
    if (out.length >= MAX_ITEMS) break;
  }
  return out;
}

function itemOf(scope: Element, depth: number): LdNode {
  const node: LdNode = { '@type': (scope.getAttribute('itemtype') ?? '').split(/\s+/).map((t) => t.replace(/^.*[/#]/, '')) };
  const props = Array.from(scope.querySelectorAll('[itemprop]')).filter((p) => owner(p) === scope);
  for (const p of props) {
    const value = p.hasAttribute('itemscope') && depth < 4 ? itemOf(p, depth + 1) : valueOf(p);
    for (const name of (p.getAttribute('itemprop') ?? '').split(/\s+/).filter(Boolean)) {
      const prev = node[name];
      node[name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
    }
  }
  return node;
}

/** The item a property belongs to: its nearest ancestor with `itemscope`. */
function owner(p: Element): Element | null {
  return p.parentElement?.closest('[itemscope]') ?? null;
}

function valueOf(p: Element): string {
  const tag = p.tagName;
  if (tag === 'META') return p.getAttribute('content') ?? '';
  if (tag === 'A' || tag === 'LINK' || tag === 'AREA') return p.getAttribute('href') ?? '';
  if (tag === 'IMG' || tag === 'SOURCE' || tag === 'IFRAME' || tag === 'AUDIO' || tag === 'VIDEO') return p.getAttribute('src') ?? '';
  if (tag === 'TIME') return p.getAttribute('datetime') ?? p.textContent ?? '';
  if (tag === 'DATA' || tag === 'METER') return p.getAttribute('value') ?? '';
  return p.getAttribute('content') ?? p.textContent ?? '';
}
