import { cleanLine } from '../clean';

/**
 * The line a wire closes a release with, naming who issued it: "Original-Content von: Acme GmbH,
 * übermittelt durch news aktuell" (ots), "SOURCE Acme Corp" (PR Newswire). Read from the end.
 */
const CREDIT =
  /^(?:Original-Content von|Original content of|Contenu original de)\s*:\s*(.{2,80}?),\s*(?:übermittelt durch|transmitted by|transmis par)\b|^SOURCE:?\s+(\p{Lu}.{1,80})$/u;
export function creditedIssuer(paragraphs: readonly string[]): string | undefined {
  for (let i = paragraphs.length - 1; i >= Math.max(0, paragraphs.length - 20); i--) {
    const m = CREDIT.exec(paragraphs[i]!.trim());
    if (m) return cleanLine(m[1] ?? m[2]);
  }
  return undefined;
}

/** A release's address: "/press-release/…", "/pressemitteilung/…", "/persbericht/…", "/communique-de-presse/…". */
export const RELEASE_PATH =
  /\/(?:press-?releases?|pressemitteilung(?:en)?|persberichte?n?|communiques?-de-presse|comunicados?-de-prensa|comunicati-stampa)\/[^/]/i;

/** "“Crime Writers On” releases …": the quotes a show's or a podcast's name is set in are no part of it. */
export const unquoted = (text: string) => text.trim().replace(/^[“"«„]([^”"»“]{2,60})[”"»“]/u, '$1');

/**
 * The company a wire release opens with, after its dateline: "Acme Corp. (NYSE: ACME), a leading
 * maker of widgets, today announced …", "Acme today announced …", "Die Acme GmbH eröffnet …".
 */
export function leadIssuer(rest: string): string | undefined {
  const m =
    /^(?:The\s+|Die\s+|Der\s+|Das\s+)?([\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*|&|of|de))*?)(?:,?\s*\([^)]{2,40}\))?(?:,\s+(?:a|an|the|one of|ein|eine|der|die)\b|\s+(?:today|has|have|announced|announces|unveiled|unveils|launched|launches|releases|released|publishes|reveals|will|is|gibt|hat|eröffnet|startet|übernimmt|annonce|lance)\b)/u.exec(
      rest.trim(),
    );
  return m ? cleanLine(m[1]) : undefined;
}
