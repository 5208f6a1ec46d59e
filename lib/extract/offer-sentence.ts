/**
 * The offerings a company lists in one sentence of its own: "Wir bieten Entrümpelung,
 * Haushaltsauflösung, Wohnungsauflösung sowie Umzug & Transport an", "We offer Residential
 * Inspection, Mold Inspection and Radon Inspection", "Nous proposons Soins dentaires, Greffe de
 * cheveux et Implants". The list must follow the verb at once and be the whole rest of the
 * sentence: three items or more, each a name (capitalised, four words at most). "We offer a
 * friendly work environment", "We offer SSO, SCIM as well as custom data retention policies" are
 * not such lists.
 */
export function offeredList(lines: readonly string[]): string[] {
  for (const line of lines) {
    const m = OFFER.exec(line);
    if (!m) continue;
    const items = m[1]!.split(/,\s+|\s+(?:and|und|sowie|et|en|y)\s+/).map((i) => i.trim());
    if (items.length >= 3 && items.every((i) => ITEM.test(i))) return items;
  }
  return [];
}

const OFFER =
  /(?:^|[.!?]\s+)(?:We|Wir|Nous|Wij)\s+(?:offer|provide|speciali[sz]e in|bieten|proposons|offrons|bieden)\s+((?:\p{Lu}[^.!?;:]{2,300}?))(?:\s+(?:an|aan))?[.!](?:\s|$)/u;

/** A name: capitalised, up to four words ("Umzug & Transport", "Greffe de cheveux"). */
const ITEM = /^\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:&|[\p{L}\p{N}'’-]+)){0,3}$/u;
