import { cleanLine } from './clean';
import { MAX_LINE, NOT_AN_ITEM, OWN_OFFERINGS, PRODUCT_SECTION } from './menu-words';

/** A card the theme itself calls an offering: `service-card`, `product-item`, `leistung-box`, a training firm's `formation-card` (fresh25-alocoaching). */
const OFFERING_CARD =
  /^(?:service|product|offer|offering|leistung|dienst|prestation|formation|course|training|package)s?[-_](?:card|item|box|tile|block)$/i;

/**
 * Cards the page's own markup calls services or products (`<div class="service-card"><h3>Inkoop
 * en taxatie</h3>`), three at least, under no heading that names them: each card's heading is
 * an offering.
 */
export function markedCards(body: Element): string[] {
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

const SAME_OR_HIGHER: Record<number, string> = { 1: 'h1', 2: 'h1, h2', 3: 'h1, h2, h3' };

/** The cards of a section headed "Unsere Leistungen", "Our services", "Ce que nous faisons". */
export function sectionCards(body: Element): string[] {
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
