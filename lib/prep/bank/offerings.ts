import { listing, possessive } from '../clean';
import type { Signals } from '../signals';
import { the } from './helpers';
import type { Template } from './types';

/** A line of business too broad to name ("IT Solutions", "Managed Services", "Products"). */
const BROAD =
  /^(?:(?:it|managed|professional|client|consulting|cloud|support|software|hardware|digital|business|other|all|our|more)\s*)*(?:solutions|services|support|products|consulting|offers?|home|about|contact)?$/i;

/**
 * "Residential Inspection" → "residential inspection": an English line of several words in title case
 * is said in small letters. A single word keeps its case (German nouns: "Entrümpelung"), and so does
 * a line already in sentence case ("Détection de réseau"), an acronym or a compound with one ("UV-Schutzfolien").
 */
function asSaid(item: string): string {
  const words = item.split(/\s+/);
  const titled = words.length >= 2 && words.every((w) => /^(?:[A-Z][a-z]+|[A-Z]{2,}|&)$/.test(w));
  return titled ? words.map((w) => (/^[A-Z]{2,}$/.test(w) ? w : w.toLowerCase())).join(' ') : item;
}

/**
 * The services or products the company names on its own pages, two to six of them, each said the
 * way a person would: none a broad line of business, none a sentence. Undefined otherwise.
 */
export function namedOfferings(value: string | undefined): string[] | undefined {
  const items = [...new Set((value ?? '').split(/\s*,\s*/).map((x) => x.trim()))].filter(Boolean);
  if (items.length < 2 || items.length > 6) return undefined;
  if (items.some((x) => x.length > 40 || x.split(/\s+/).length > 4 || /[.!?:;]/.test(x) || BROAD.test(x))) return undefined;
  return items.map(asSaid);
}

/**
 * What the company names as its own services or products, asked from inside: which of them takes
 * the work and which is growing — never what they are (the page says).
 */
export const OFFERINGS: Template[] = [
  {
    id: 'company.offerings',
    category: 'company',
    // One question on what the company sells: it and the product questions ask one thing.
    intent: 'product',
    // Below what the company says of itself (a statement, 6) and above a product asked alone (5).
    weight: 5.5,
    fill: (s: Signals) => {
      const f = s.fact('products');
      const items = namedOfferings(f?.value);
      if (!f || !items) return [];
      const co = the(s);
      return [
        {
          text: `${possessive(co)} own page names ${listing(items)}. Which of them takes most of the work, and which is growing?`,
          reason: 'What the company names as its work, in its own words: where the work really goes is what no page says.',
          basis: f.basis,
        },
      ];
    },
  },
];
