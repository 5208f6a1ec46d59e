import type { PageExtraction } from '../schema/page-extraction';

// Stress and length marks: the phonetic alphabet's own, in no language's ordinary spelling.
const MARKS = /[ˈˌː]/;
// Phonetic letters between slashes or brackets ("/ˈnaɪki/", "[ɪˈkêːa]"). Letters alone do not
// do: æ is Danish, θ Greek, ð Icelandic, ɛ and ɔ are written in several African languages.
const TRANSCRIPTION = /\/[^/]*[ɪʊʃʒθðŋæɐɛɔʌɑɒɜʁɲʎə][^/]*\/|\[[^\]]*[ɪʊʃʒθðŋæɐɛɔʌɑɒɜʁɲʎə][^\]]*\]/;
const transcribed = (s: string) => MARKS.test(s) || TRANSCRIPTION.test(s);

/**
 * "IKEA (/aɪˈkiːə/ eye-KEE-ə, Swedish: [ɪˈkêːa]) is a multinational …": a Wikipedia lead's
 * pronunciation guide says how to say the name, not what the company does, and reads as noise in
 * "What it does". A parenthesis holding a transcription (stress or length marks, or phonetic
 * letters between slashes or brackets), or a "listen" link's label, is dropped.
 */
export function withoutPronunciation(text: string): string {
  return text.replace(/\s*\(([^()]*)\)/g, (whole, inner: string) => (transcribed(inner) || /^\s*listen\s*$/i.test(inner) ? '' : whole));
}

/**
 * The company's summary and description without a pronunciation guide. Done in the background
 * (lib/background/tab-clipper.ts) once every reading of the page is in, where it costs the
 * injected scripts nothing, and the same in extractPageFull.
 */
export function withoutPronunciations(x: PageExtraction): PageExtraction {
  const c = x.company;
  if (!c || !transcribed(`${c.summary ?? ''} ${c.description ?? ''}`)) return x;
  return {
    ...x,
    company: {
      ...c,
      ...(c.summary ? { summary: withoutPronunciation(c.summary) } : {}),
      ...(c.description ? { description: withoutPronunciation(c.description) } : {}),
    },
  };
}
