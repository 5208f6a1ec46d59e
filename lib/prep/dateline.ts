// A whole word: "Mar" of "Marketing" is no month.
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?:\.|(?!\p{L}))`;
/**
 * "February 24, 2020", "Feb. 24", "24 February 2020", "2020-02-24". A day is one or two digits and
 * no more: "March 2020 Acme opened …" has no day, and its "20" is no day leaving "20 Acme opened …".
 */
const DATE = String.raw`(?:${MONTH}\s+\d{1,2}(?!\d)(?:st|nd|rd|th)?(?:,?\s+\d{4}(?!\d))?|\d{1,2}\s+${MONTH}(?:\s+\d{4}(?!\d))?|\d{4}-\d{2}-\d{2})`;
/** "9:25pm", "10:21 a.m. ET", "21.05 Uhr". */
const TIME = String.raw`\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?\s?[Mm]\.?|Uhr)?(?:\s+(?:[ECMP][SD]?T|GMT|UTC|CES?T|BST)\b)?`;
/**
 * A wire or a release service, in brackets or slashes: "(Reuters)", "(AP)", "(dpa)", "/PRNewswire/",
 * "(JCN Newswire)": a name, every word of it capitalised. A bracket that describes or glosses ("(the
 * company)", a ticker "(NYSE: IBM)" after the company's name) is part of the sentence, not its dateline.
 */
const WIRE = String.raw`(?:\((?:\p{Lu}[\p{L}.&'’-]*|dpa|afp|apa|sda|ots)(?:[ /-]\p{Lu}[\p{L}.&'’-]*){0,3}\)|\/[^/\s][^/]{1,38}\/)`;
const DASH = String.raw`\s*(?:--|[—–-])\s*`;

/**
 * A page's stamp before the first sentence: "February 24, 2020 | 9:25pm " (Page Six), "Updated:
 * March 3, 2020 10:21 a.m. ET", "Feb 24, 2020, 9:25 PM —".
 */
const STAMP = new RegExp(
  String.raw`^(?:(?:Updated|Published|Posted|UPDATED|PUBLISHED|Aktualisiert|Veröffentlicht)\s*:?\s*)?${DATE}(?:\s*(?:[|·•,]|at)?\s*${TIME})?\s*(?:[|·•]\s*|${DASH})?(?=\S)`,
  'u',
);
/**
 * A news dateline: the place in capitals, perhaps its state and a date, perhaps the wire, then a
 * dash ("NEW YORK, March 3 (Reuters) — ", "HELSINKI (AP) — ", "TOKYO, June 22, 2015 - (JCN Newswire) - ",
 * "CUPERTINO, California—April 27, 2015—"). A word in capitals and a dash alone ("IBM — the
 * company …") is no dateline: it needs the date or the wire. A quote may open on the wire alone,
 * its place cut off with the page's heading: "(Reuters) - Apple said …".
 */
const DATELINE = new RegExp(
  String.raw`^(?:\p{Lu}[\p{Lu}\p{M} .'-]{1,40}(?:,\s*\p{Lu}[\p{L} .]{1,30}?)?(?:(?:,\s*|${DASH})${DATE}(?:\s*${WIRE})?|\s*${WIRE})|${WIRE})${DASH}(?:${WIRE}${DASH})?(?=\S)`,
  'u',
);

/**
 * A sentence quoted on the sheet without the page's date stamp or the story's dateline before it:
 * "NEW YORK, March 3 (Reuters) — Acme said …" reads "Acme said …" (the Myers sheet, dossiers-blind-16,
 * quoted "February 24, 2020 | 9:25pm Dee Dee Myers — …"). The date is on the sheet already, by its source.
 */
export function withoutDateline(sentence: string): string {
  const rest = sentence.replace(STAMP, '').replace(DATELINE, '');
  // Never leave a quote that is only its stamp, or that begins mid-word.
  return rest.length >= 12 && /^[\p{Lu}\p{N}“"‘'«„(]/u.test(rest) ? rest : sentence;
}
