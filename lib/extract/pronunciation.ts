import type { PageExtraction } from '../schema/page-extraction';

// Letters of the phonetic alphabet that no ordinary word of a company's description holds.
const IPA = /[ˈˌːəɪʊʃʒθðŋæɐɛɔʌɑɒɜʁɲʎ]/;

/**
 * "IKEA (/aɪˈkiːə/ eye-KEE-ə, Swedish: [ɪˈkêːa]) is a multinational …": a Wikipedia lead's
 * pronunciation guide says how to say the name, not what the company does, and reads as noise in
 * "What it does". A parenthesis holding phonetic letters, or a "listen" link's label, is dropped.
 */
export function withoutPronunciation(text: string): string {
  return text.replace(/\s*\(([^()]*)\)/g, (whole, inner: string) => (IPA.test(inner) || /^\s*listen\s*$/i.test(inner) ? '' : whole));
}

/**
 * The company's summary and description without a pronunciation guide. Done in the background
 * (lib/background/tab-clipper.ts) once every reading of the page is in, where it costs the
 * injected scripts nothing, and the same in extractPageFull.
 */
export function withoutPronunciations(x: PageExtraction): PageExtraction {
  const c = x.company;
  if (!c || !IPA.test(`${c.summary ?? ''} ${c.description ?? ''}`)) return x;
  return {
    ...x,
    company: {
      ...c,
      ...(c.summary ? { summary: withoutPronunciation(c.summary) } : {}),
      ...(c.description ? { description: withoutPronunciation(c.description) } : {}),
    },
  };
}
