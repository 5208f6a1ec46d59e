import { escapeRegExp } from '../text/regexp';

// A flaw in the company's product that a story says was fixed ("Glass’s vulnerability to rogue QR
// codes was patched before it could be exploited"), read by lib/prep/events.ts. A flaw alone is a
// setback to handle with care; reported and fixed, it is how the company's engineers work, and a
// coach raises it with someone in that work. Three cues agree: a flaw noun, a fix said as done (not
// hoped for), and a product the story ties to the company ("Google Glass", "Google's Glass").

const FLAW = String.raw`(?:flaw|bug|vulnerabilit(?:y|ies)|security (?:hole|flaw|bug)|exploit)`;
const DONE = String.raw`(?:was|were|has been|have been|had been|got)\s+(?:quickly\s+|already\s+|since\s+)?(?:fixed|patched|resolved|closed)`;
/** "Glass’s vulnerability to rogue QR codes was patched" */
const OWNED = new RegExp(
  String.raw`(?<product>\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*){0,2})['’]s\s+(?<flaw>${FLAW}(?:\s+(?:to|in|with|on)\s+[^,.;:]{3,40}?)?)\s+${DONE}\b`,
  'u',
);
/** "the flaw in Glass was patched", "the QR code bug in Glass has been fixed" */
const IN = new RegExp(
  String.raw`\bthe\s+(?<flaw>(?:[\p{L}-]+\s+){0,3}?${FLAW})\s+(?:in|on|affecting)\s+(?:the\s+)?(?<product>\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*){0,2})\s+${DONE}\b`,
  'u',
);

export interface FixedFlaw {
  /** As the story puts it: "Glass’s vulnerability to rogue QR codes", "the QR code bug in Glass". */
  what: string;
  product: string;
  flaw: string;
  evidence: string;
}

/** The company's product named with it: "Google Glass", "Google's Glass", "Glass from Google". */
function owned(product: string, text: string, names: string[]): boolean {
  const co = names.map(escapeRegExp).join('|');
  if (!co) return false;
  const p = escapeRegExp(product);
  return new RegExp(`(?:${co})(?:['’]s)?\\s+${p}\\b|\\b${p}\\s+(?:from|by)\\s+(?:${co})\\b`, 'u').test(text);
}

/** The first flaw in the company's product that a story's lines say was fixed. */
export function fixedFlaw(lines: string[], names: string[]): FixedFlaw | undefined {
  const all = lines.join('\n');
  for (const line of lines) {
    const own = OWNED.exec(line);
    const m = own ?? IN.exec(line);
    if (!m?.groups) continue;
    const product = m.groups.product!.trim();
    // "Google’s vulnerability" is the company's own: a flaw in what, it does not say.
    if (names.some((n) => n.toLowerCase() === product.toLowerCase()) || !owned(product, all, names)) continue;
    const flaw = m.groups.flaw!.trim();
    return { what: own ? `${product}’s ${flaw}` : `the ${flaw} in ${product}`, product, flaw, evidence: line };
  }
  return undefined;
}
