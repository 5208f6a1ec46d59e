import { cleanLine } from '../clean';
import { folded } from './title-forms';

/**
 * The page's own mark for a kicker: "<span class=dachzeile>Schlachtbetriebe</span>" over the
 * headline in mdr.de's h1 ("Dachzeile", "Spitzmarke" and "Topline" are its German names;
 * "kicker", "overline", "eyebrow", "supertitle" its English ones).
 */
const KICKER_CLASS =
  /(?:^|[\s_-])(?:kicker|dachzeile|spitzmarke|topline|overline|eyebrow|roofline|supertitle|super-title|surtitre)(?:$|[\s_-])/i;

/**
 * The headline without the kicker its heading holds, when the page marks that part as a kicker by
 * its class and no metadata title carries it ("Schlachtbetriebe: Das harte Geschäft …" in the h1,
 * "… Das harte Geschäft mit dem Tod | MDR.DE" as its title): the kicker labels the topic, the
 * rest is the headline. A kicker every title repeats ("Kollaps der Silicon Valley Bank: …" in
 * og:title too) is the headline's own opening and stays.
 */
export function withoutKicker(text: string, el: Element | undefined, titles: ReadonlyArray<string | undefined>): string {
  const mark = el ? Array.from(el.children).find((c) => KICKER_CLASS.test(c.getAttribute('class') ?? '')) : undefined;
  const kicker = cleanLine(mark?.textContent);
  if (!kicker || !text.startsWith(kicker)) return text;
  // "<span class=article-kicker>…</span><span itemprop=headline>…</span>" (stuttgarter-zeitung.de):
  // the page marks which part is the headline, whatever its titles repeat.
  const marked = cleanLine(el?.querySelector(':scope > [itemprop="headline"]')?.textContent);
  if (marked && marked !== kicker && text.endsWith(marked)) return marked;
  const rest = text
    .slice(kicker.length)
    .replace(/^\s*[:|–—-]?\s*/u, '')
    .trim();
  if (rest.split(/\s+/).length < 3) return text;
  const k = folded(kicker);
  return titles.some((t) => !!t && folded(t).includes(k)) ? text : rest;
}

/**
 * A headline that is only its heading's opening words, when a metadata title is the whole
 * heading: aerokurier.de's JSON-LD headline is the kicker alone ("EU-Experte vertritt die Business
 * Aviation"), its heading and og:title both go on ": Krahmer wird neuer EBAA-Generalsekretär".
 */
export function wholeHeading(text: string, el: Element | undefined, titles: ReadonlyArray<string | undefined>): string {
  const heading = folded(el?.textContent ?? '');
  const whole = titles.find((t) => !!t && folded(t) === heading);
  return whole && heading.startsWith(folded(text) + ' ') ? whole : text;
}
