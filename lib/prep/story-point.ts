/**
 * The points a coach underlines in the BODY of a clipped story about the company (an article, the
 * company's own blog post, a press release, a report), beyond its headline: what shipped and what
 * it does, the figures, the study and the rank, the partners named. Each sentence of the story is
 * weighed by how specific it is (a product with its version, figures with their units, named
 * organisations) and how much it is the company's (it names the company, or "we" on its own page),
 * with a word of shipping, measuring or ranking; the best two or three, on different anchors,
 * become points. From a story not in English only what survives translation is kept (a product and
 * its version, names written as names): the point is named by them and by the story's language,
 * never by a sentence the user cannot read.
 */
export interface StoryPoint {
  /**
   * What the point is about: "ship" (a release, a feature), "measure" (figures, a benchmark), "rank"
   * (a study, a ranking), "decide" (a price cut, a move), "expand" (new stores, offices, markets),
   * "appoint" (a new leader brought in), "tool" (the tools its people work with), "build" (a plant or
   * site being built, told in another language), "other".
   */
  kind: 'ship' | 'measure' | 'rank' | 'decide' | 'partner' | 'account' | 'expand' | 'appoint' | 'tool' | 'build' | 'other';
  /** For an English sentence: the company's deed as a short clause ("Nethermind developed a new benchmarking framework"). */
  clause?: string;
  /** The company's own sentence in the first person ("We are continuing to reduce … by up to 39%"), quoted as said on its own post. */
  quote?: string;
  /** What survives translation: products with versions, figures with units, named organisations. */
  anchors: string[];
  /** The product and version the story is about, when it names one ("Vivaldi 3.2 for Android"). */
  product?: string;
  /** The story's sentence, as evidence under the hook (never pasted into an English question when not English). */
  evidence: string;
  /** The story's language in English ("German"), when it is not English. */
  language?: string;
  /** The company's own post or release: asked as "your post" only when its byline is the person's, else as the company's. */
  own: boolean;
  /** The company's name as the story says it: whose post an own post is. */
  company?: string;
  /** The story's bylines, to tell the person's own post from their company's. */
  authors?: string[];
  headline: string;
  clipId: string;
  url: string;
  source: string;
  date?: string;
  recent: boolean;
}

/** A point as a hook's line: the company's clause, or the product and its names with the story's language. */
export function storyPointHook(p: StoryPoint): string {
  if (p.clause) return p.clause.charAt(0).toUpperCase() + p.clause.slice(1);
  if (p.quote) return `The company’s post: “${p.quote}”`;
  // Named by a figure alone, in another language: the company and its figure, the story's own sentence shown beneath it.
  if (p.language && !p.product) return `${p.company ? `${p.company}: ` : ''}${p.anchors.slice(0, 3).join(', ')} (a story in ${p.language})`;
  const named = p.anchors.filter((a) => a !== p.product).slice(0, 3);
  return `${p.product ?? p.headline}${named.length ? `: ${named.join(', ')}` : ''}${p.language ? ` (a story in ${p.language})` : ''}`;
}

/** Words of size a figure may carry that say nothing of what it counts ("5 Mio", "100.000 bis 5 Mio."). */
const MAGNITUDE =
  /^(?:mio|mrd|million|millions|millionen|milliarden|milliards?|billion|billions|bn|mn|m|k|tsd|tausend|bis|to|and|und|et|à|tot|en|rund|etwa|about|around|over|ca)$/i;

/**
 * A figure says something only with its noun ("700 Megawattstunden", "64,2 Mrd. Euro", "€5m",
 * "44 Prozent"); "5 Mio" alone is a number in search of a subject (blind-15 creditshelf's hook
 * "creditshelf: 5 Mio"). Names (no digit) always say something.
 */
export function saysSomething(anchor: string): boolean {
  if (!/\d/.test(anchor)) return true;
  if (/[$€£¥%]/.test(anchor)) return true;
  return anchor
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .some((w) => w.length >= 2 && !MAGNITUDE.test(w));
}

/**
 * A point of a story not in English keeps only what the engine understood of it: its names and its
 * figures with their nouns. With nothing of these, and no product, the point is dropped: its
 * sentence alone cannot be summarised, and a question never pastes it.
 */
export function understood(p: StoryPoint): StoryPoint | undefined {
  if (!p.language || p.product || p.clause || p.quote) return p;
  const anchors = p.anchors.filter(saysSomething);
  return anchors.length ? { ...p, anchors } : undefined;
}
