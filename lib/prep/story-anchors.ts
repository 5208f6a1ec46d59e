import { fold } from '../text/fold';

const MONTH =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** "Vivaldi 3.2 für Android" → "Vivaldi 3.2 for Android": a product with its version (a platform after it keeps its English preposition). */
const VERSIONED =
  /(?<![\p{L}\p{N}.])(\p{Lu}[\p{L}\p{N}+-]*(?:\s+\p{Lu}[\p{L}\p{N}+-]*){0,2})\s+v?(\d+(?:\.\d+){1,2})(?![\p{N}.]\d)(?:\s+(?:for|für|pour|voor|para|per|za)\s+(Android|iOS|iPhone|iPad|Windows|macOS|Mac|Linux|Chrome(?:OS)?|Web))?/gu;
/** A figure with what it counts: "697 MGas/s", "2–10x", "734 out of a possible 1,000 points", "80%", "$2.2 billion", "8,200 business and leisure travelers". */
const FIGURE =
  /(?<![\p{L}\p{N}.,])(?:[$€£]\s?)?\d[\d.,]*(?:\s?[–-]\s?\d[\d.,]*)?(?:\s?(?:%|x\b|percent\b|per cent\b|(?:[KMGT](?:B|Gas|Hz)|GGas|MGas)(?:\/s)?(?![\p{L}\p{N}]))|\s+(?:out of (?:a possible )?[\d.,]+\s+)?(?:million|billion|thousand|points?|minutes?|hours?|seconds?|days?|times|customers|users|clients|travell?ers|people|employees|countries|cities|companies|teams|blocks|transactions|requests|downloads|branches|stores|offices|locations|sites|products|features|games|partners|markets|languages|engineers|[\p{Lu}][\p{L}]*\/s|[KMGT](?:B|Gas|Hz)\b|GGas|MGas)(?:\s+(?:per|a)\s+\p{L}+)?)/gu;
/**
 * A figure with a unit that reads the same across languages ("rund 700 Megawattstunden", "1,2 milliards
 * d'euros", "40 procent"): what survives translation of a story not in English, beside products and names
 * (blind-12 rwe-gundremmingen-student: a 700 MWh battery plant on an old nuclear site was left unasked).
 */
const FOREIGN_FIGURE =
  /(?<![\p{L}\p{N}.,])(?:[$€£]\s?)?\d[\d.,]*\s?(?:%|Prozent\b|pour ?cent\b|por ciento\b|procent\b|per cento\b|[kMGT]Wh?\b|(?:Kilo|Mega|Giga|Tera)watt(?:stunden)?\b|(?:kilo|méga|mega|giga|téra)watts?(?:[- ]heures?)?\b|(?:Millionen|Milliarden|Mio\.|Mrd\.|millions?|milliards?|millones|mil millones|miljoen|miljard)(?:\s+(?:d['’]\s?)?(?:Euro|euros?|Franken|francs|Dollar|dollars?|dólares))?)/gu;

/** A name as written mid-sentence: capitalised words ("J.D. Power", "EasyList Germany", "Grafana", "K6"). */
const NAME = /(?<=\s)(?:\p{Lu}[\p{L}\p{N}.&+'’-]*)(?:\s+(?:of\s+|&\s+)?\p{Lu}[\p{L}\p{N}.&+'’-]*){0,3}/gu;

/** "Version 3.2", "Build 1967.41", "Figure 2": a word that counts versions or pages is no product's name. */
const GENERIC_PRODUCT = /^(?:Version|Versión|Release|Build|Update|Patch|Figure|Abbildung|Table|Step|Chapter|Section|Kapitel|Seite|Page)$/i;

/** The language of a page, named in English ("de" → "German"); nothing for English or an unknown tag. */
export function languageName(lang: string | undefined): string | undefined {
  const tag = lang?.toLowerCase().split(/[-_]/)[0];
  if (!tag || tag === 'en') return undefined;
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(tag);
    return name && name !== tag ? name : undefined;
  } catch {
    return undefined;
  }
}

/** The anchors of one sentence: products with versions, figures with units, names that are not the company's. */
export function anchorsOf(sentence: string, names: string[], english: boolean): { products: string[]; figures: string[]; named: string[] } {
  const products = [...sentence.matchAll(VERSIONED)]
    .filter((m) => !MONTH.test(m[1]!.split(/\s+/).pop()!) && !GENERIC_PRODUCT.test(m[1]!.split(/\s+/).pop()!))
    .map((m) => {
      // "Mit Vivaldi 3.2": the product's name starts at the company's name when it holds it.
      const at = names
        .map((n) => m[1]!.indexOf(n))
        .filter((i) => i > 0)
        .sort((x, y) => x - y)[0];
      return `${at ? m[1]!.slice(at) : m[1]} ${m[2]}${m[3] ? ` for ${m[3]}` : ''}`;
    });
  const inProduct = (t: string) => products.some((p) => p.includes(t));
  const figures = !english
    ? [...sentence.matchAll(FOREIGN_FIGURE)].map((m) => m[0].trim().replace(/[.,]$/, '')).filter((f) => !inProduct(f))
    : [...sentence.matchAll(FIGURE)]
        .map((m) => m[0].trim().replace(/[.,]$/, ''))
        .filter(
          (f) =>
            !/^(?:19|20)\d{2}$/.test(f) &&
            !inProduct(f) &&
            /\D/.test(f.replace(/[\d.,\s]/g, '') || 'x') &&
            f.replace(/[^\d]/g, '').length > 0,
        );
  const company = names.map(fold);
  const named = [...sentence.matchAll(NAME)]
    .map((m) => m[0].replace(/[.,;:’']+$/, '').replace(/[’']s$/, ''))
    .filter((n) => {
      if (
        MONTH.test(n) ||
        inProduct(n) ||
        figures.some((f) => f.includes(n)) ||
        company.some((c) => fold(n).includes(c) || c.includes(fold(n)))
      )
        return false;
      // In a language that capitalises its nouns, only what is written as a name: an inner capital or a digit ("EasyList", "K6").
      if (!english) return /\p{Ll}\p{Lu}|\p{L}\d|\d\p{L}/u.test(n);
      return (
        n.length >= 2 &&
        !/^(?:I|We|Our|It|Its|They|This|That|These|Those|The|A|An|But|And|Or|If|When|While|With|For|In|On|At|As|By|To|From|After|Before|Since|Both|Each|Every|All|Some|Many|Most|Such|However|Instead)$/.test(
          n,
        )
      );
    });
  return { products, figures, named: [...new Set(named)] };
}

/** "7.4 million Lumia smartphones" and "7.4 million smart devices" are one figure: anchors compare by their number. */
export const anchorKey = (x: string) => fold(/^[$€£]?\s?\d[\d.,]*(?:\s?(?:million|billion|thousand|%|percent))?/i.exec(x)?.[0] ?? x);
