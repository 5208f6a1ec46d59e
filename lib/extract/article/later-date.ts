import { dateInText, toIsoDate } from '../dates';

/** "Datum:", "Stand: 28.04.2020 18:00 Uhr" (German broadcasters' "as of"), "Published:". */
const LABELLED = /^(?:published|posted|date|datum|stand|veröffentlicht am)\s*:\s*(.{0,40})$/iu;

/**
 * Dates the clipper's reading passes over (its bundle has no room left), read by the article
 * script when nothing beside the headline showed one: the date the page marks as published a
 * block or two beyond the headline's own (eurailpress.de closes the headline's section and opens
 * the next with it), and a date after its label ("<h5>Datum: </h5>03.11.2021" on autohaus.de,
 * "Stand: 28.04.2020 18:00 Uhr" on tagesschau.de). Only just under the headline: further down, a
 * teaser's.
 */
export function laterDate(headlineEl: Element | undefined): string | undefined {
  const doc = headlineEl?.ownerDocument;
  let after = 0;
  for (const el of Array.from(doc?.querySelectorAll('[itemprop="datePublished"], h4, h5, h6, span, strong, b, p, dt, th, label') ?? [])) {
    if (!(headlineEl!.compareDocumentPosition(el) & 4) || headlineEl!.contains(el)) continue;
    // A few dozen elements: a short story's related-story teasers follow soon after, with dates of their own.
    if (++after > 40) break;
    if (el.getAttribute('itemprop') === 'datePublished')
      return toIsoDate(el.getAttribute('datetime') ?? el.getAttribute('content') ?? undefined) ?? dateInText(el.textContent ?? '');
    if (el.childElementCount) continue;
    const label = LABELLED.exec((el.textContent ?? '').replace(/\s+/g, ' ').trim());
    const text = label?.[1] || (label && el.nextSibling?.nodeType === 3 ? el.nextSibling.textContent : '');
    const date = text ? dateInText(text) : undefined;
    if (date) return date;
  }
  return undefined;
}
