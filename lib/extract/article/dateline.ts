import { cleanLine } from '../clean';
import { dateInText } from '../dates';

export interface Dateline {
  /** The place, in the case a reader writes it: "BAAR, SWITZERLAND" → "Baar, Switzerland". */
  place?: string;
  date?: string;
  /** Carried by a press-release wire ("/PRNewswire/", "(BUSINESS WIRE)", "(ots)"), not a news agency. */
  release?: boolean;
  /** The text after the dateline: the lead sentence, which names the issuer first. */
  rest: string;
}

const WORD = String.raw`\p{Lu}[\p{L}.'’-]*`;
const PLACE = String.raw`${WORD}(?:[ -](?:${WORD}|am|an|de|del|la|le|sur|upon|on))*`;
/** Months start the date, not a region: "BERLIN, March 4, 2025". */
const MONTH = `(?:${'jan feb mar apr may jun jul aug sep oct nov dec märz okt dez févr avr mai juin juil août déc'
  .split(' ')
  .map((m) => `[${m[0]!.toUpperCase()}${m[0]}]${m.slice(1)}`)
  .join('|')})`;
const REGION = String.raw`(?:,\s*(?!${MONTH}\p{L}*\.?\s+\d)(?:${WORD}(?: ${WORD}){0,2}|\p{Lu}{2}))`;
const MONTH_DATE = String.raw`(?:(?:le\s)?\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})`;
/** "/PRNewswire/", "(ots)", "(dpa)", "(AP)", "(BUSINESS WIRE)", "(JCN Newswire)": the wire that carried it, after a dash or not. */
const WIRE = String.raw`(?:\/\s?[\p{L} -]{2,30}\s?\/|\((?:ots|dpa|AP|afp|Reuters|BUSINESS WIRE|GLOBE NEWSWIRE|PRNewswire|Marketwired|ACCESSWIRE|pts|APA|[\p{Lu}]{2,4} Newswire)[^)]{0,20}\))`;
const DASH = String.raw`(?:--|[-–—])`;
/**
 * A press release opens with where and when it was issued: "NEW YORK, Nov. 19, 2019
 * /PRNewswire/ -- Acme …", "San Francisco, CA – March 4, 2025 – Acme …", "München, 4. März
 * 2025 – Die Acme GmbH …", "Paris, le 4 mars 2025 – …", "New York, NY – With …", and set close
 * after the year ("CUPERTINO, California—April 27, 2015—Apple® today …"): a dash without spaces
 * elsewhere is a hyphenated word's.
 */
const OPENING = new RegExp(
  String.raw`^(${PLACE}${REGION}{0,2})(?:,?\s*\(?(${MONTH_DATE})\)?)?\s*(?:${DASH}\s*(${MONTH_DATE})\s*)?(?:${DASH}\s*(?=\(|\/))?(${WIRE})?\s*(?:${DASH}\s+|(?<=\d{4})[–—])(?=\S)`,
  'u',
);
/** A line that is a place and the wire that carried the release, nothing else: "Köln (ots)". */
const WIRE_LINE = new RegExp(String.raw`^(${PLACE}${REGION}{0,2})\s*(${WIRE})$`, 'u');
/** A line that is nothing but a place in capitals: "BAAR, SWITZERLAND" above the lead. */
const PLACE_LINE = /^\p{Lu}[\p{Lu} .'’-]{1,40}(?:,\s*\p{Lu}[\p{Lu} .'’-]{1,30}){0,2}$/u;

/** Words of headings, buttons and a price table's badges ("BEST VALUE", "MOST POPULAR"), never of a place. */
const HEADING_WORDS =
  /\b(?:best|value|popular|recommended|sale|package|pricing|how|it|works|learn|more|miss|out|don'?t|why|what|who|we|our|your|you|get|started|read|see|all|features|about|contact|overview|introduction|summary|benefits|services|solutions|products|free|now|shop|buy|order|call|book|join|sign|download|watch|discover|explore|find|try|start|view|click|here|step|tips?|faq)\b/i;
/** A lead sentence starts as prose: a word in mixed case (not a run of capitals). */
const LEAD = /^\s*(?:\p{Lu}\p{Ll}|\d|\p{Lu}{1,4}\b(?!\s+\p{Lu}{2,}))/u;

/** The dateline of a story's first paragraphs, if it opens with one. */
export function dateline(paragraphs: readonly string[]): Dateline | undefined {
  for (const [i, p] of paragraphs.slice(0, 4).entries()) {
    // A line of capitals that is a button or a heading ("LEARN MORE", "OUR SERVICES") names no place.
    // A town's name is a few words ("SALT LAKE CITY, UTAH"); "WHEN TIME IS OF THE ESSENCE" is a slogan.
    if (
      PLACE_LINE.test(p) &&
      !/\d|RELEASE|PRESS|NEWS|MEDIA|ALERT|CONTACT|UPDATE/.test(p) &&
      !HEADING_WORDS.test(p) &&
      p.split(',')[0]!.trim().split(/\s+/).length <= 4 &&
      paragraphs[i + 1]
    )
      return { place: placeCase(p), rest: paragraphs.slice(i + 1).join(' ') };
    // "Köln (ots)" on a line of its own over the lead, as news aktuell sets it.
    const alone = WIRE_LINE.exec(p);
    if (alone && paragraphs[i + 1])
      return {
        place: placeCase(alone[1]!),
        release: !/\((?:AP|afp|dpa|Reuters|APA)\b/i.test(alone[2]!) || undefined,
        rest: paragraphs.slice(i + 1).join(' '),
      };
    const m = OPENING.exec(p);
    if (!m) continue;
    const [whole, place, date1, date2, wire] = m;
    const date = dateInText(date1 ?? date2);
    const capitals = place === place!.toUpperCase();
    // A bare "Word –" opening is any sentence's dash; a date, a wire, capitals or a region make it a dateline.
    if (!date && !wire && !capitals && !/,/.test(place!)) continue;
    // Capitals alone are also a page's headings and buttons ("LEARN MORE –", "HOW IT WORKS —"),
    // and a heading over a feature list ("ACOUSTIC NOISE CANCELLING – FUTURE UPDATES …").
    if (!date && !wire && !/,/.test(place!) && (HEADING_WORDS.test(place!) || !LEAD.test(p.slice(whole.length)))) continue;
    if (place!.split(/\s+/).length > 6 || place!.replace(/[^\p{L}]/gu, '').length < 3) continue;
    const release = !!wire && !/\((?:AP|afp|dpa|Reuters|APA)\b/i.test(wire);
    return { place: placeCase(place!), date, release: release || undefined, rest: p.slice(whole.length) };
  }
  return undefined;
}

/** "BAAR, SWITZERLAND" → "Baar, Switzerland"; "New York, NY" stays; "CUPERTINO, California" → "Cupertino, California". */
function placeCase(place: string): string | undefined {
  const words = place.replace(/\s+/g, ' ').trim();
  // Each part on its own: "CUPERTINO, California" is a city in capitals and a state as written;
  // a short part in capitals beside mixed case is an abbreviation ("New York, USA").
  const mixed = words !== words.toUpperCase();
  return cleanLine(
    words
      .replace(/,\s*$/, '')
      .split(/(,\s*)/)
      .map((part) =>
        /^\p{Lu}{2}$/u.test(part) || part !== part.toUpperCase() || (mixed && part.length < 5)
          ? part
          : part.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, s: string, c: string) => s + c.toUpperCase()),
      )
      .join(''),
  );
}
