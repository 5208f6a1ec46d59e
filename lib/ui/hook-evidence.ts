import { foldWords } from '../text/fold';

/**
 * The sentence a hook was read from, worth showing under it only when it says more than the hook:
 * a company's own claim is often the whole hook already ('By its own count: 100+ projects
 * delivered' over “100+ projects delivered”, The App Solutions, dossiers-blind-16), and printing
 * it twice reads as a glitch.
 */
export function evidenceBeyond(text: string, evidence: string | undefined): string | undefined {
  if (!evidence) return undefined;
  const said = foldWords(evidence);
  return said && !foldWords(text).includes(said) ? evidence : undefined;
}

/**
 * The sentence in quotation marks, once: a story's sentence that opens on a quotation (“There is a
 * tradition of us getting funding …,” admits Ralf Groene …) already shows its own, and wrapping it
 * again printed ““There is a tradition … (The Verge's Surface Studio story, microsoft-surface).
 */
export const quoted = (sentence: string): string => (/^[“"„«‘']/u.test(sentence) ? sentence : `“${sentence}”`);
