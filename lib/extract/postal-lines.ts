import { CA_CODE, CA_LINE, CA_PROVINCES, NOT_STREET, STREET_WORD, TOWN, US_LINE, US_STATES } from './postal-patterns';

/** Trailing country names the address format leaves out ("…, Fremont CA 94538 USA"). */
const COUNTRY_TAIL =
  /,?\s+(?:USA|U\.S\.A\.?|US|United States(?: of America)?|Canada|Nederland|The Netherlands|Netherlands|Deutschland|Germany|France|UK|United Kingdom|England|Belgi[eë]|Belgium|India|Australia)\.?$/;

const CONTACT_TAIL = /(?:\s+|\s*[,·|–—-]\s*)(?:tel|phone|telefon|téléphone|tél|telefoon|fax|e-?mail|mail)\b\.?\s*[:.]?\s*[+(\d@\p{L}].*$/iu;
const DASH_BEFORE_CODE = /\s+[–—/-]\s+(?=(?:[A-Z]{1,2}-)?\d{4,5}(?:\s?[A-Z]{2})?\s+\p{Lu}[^,\d]{1,40}$)/u;
/** A street and a postal line with no comma between ("8 avenue Foch 69006 Lyon", "Dagpauwoog 64 4814 VE Breda", "Norrtullsgatan 6 113 29 Stockholm"). */
const GLUED_CODE =
  /^(.*\D|.*\s\d+[a-z]?)\s+((?:(?:[A-Z]{1,2}-)?\d{5}|\d{4}\s?[A-Z]{2}|\d{3} \d{2})\s+\p{Lu}[\p{L}'’.-]*(?:[ -][\p{L}'’.-]+){0,3})$/u;

/** A line that is only a postcode, or a state or province and its code. */
const ONLY_COUNTRY =
  /^(?:Nederland|The Netherlands|Netherlands|Deutschland|Germany|België|Belgie|Belgium|France|Österreich|Austria|Schweiz|Switzerland|UK|United Kingdom|England|Scotland|Wales|USA|United States)\.?$/;
const STATE_ONLY = new RegExp(`^(?:${US_STATES})$`);
const ONLY_CODE = new RegExp(
  String.raw`^(?:(?:${CA_PROVINCES})\.?\s+)?${CA_CODE}$|^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$|^(?:${US_STATES})\.?\s+\d{5}(?:-\d{4})?$`,
  'u',
);

/**
 * The page's lines with each postal line made whole: a postcode on a line of its own joins the
 * town above it ("Burlington, Ontario" + "L7L 6C7", "New Braunfels" + "TX 78132"), a Dutch
 * "Walsoorden 4588 KD" is written "4588 KD Walsoorden", a country or a note after the town is
 * left out ("5411 LP Zeeland (Industrieterrein)", "Toronto, Ontario, Canada").
 */
export function postalLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  // "_Adres winkel:__ __ Brouwerijstraat 5 ______ _4501 CM Oostburg": an old page's underscores
  // draw its columns; each run of them ends a line.
  for (const raw of lines.flatMap((l) => (l.includes('__') ? l.split(/\s*_{2,}\s*/) : [l]))) {
    // "📍 Musterstraße 1, …", "📞 +49 …" (fresh12-darula): an icon drawn as an emoji before the line is no part of it.
    // "© 2008 Acme, Inc." keeps its sign: without it the year reads as a house number (fresh5-stearns).
    // "…, WI, 53203, United States4143132807kristen@…" (fresh21-ward4mke): the telephone and email run
    // into the country after a town; the country ends the address.
    let line = raw
      .replace(/(\s(?:United States|USA|Canada|United Kingdom|UK))\+?\d{7,}.*$/, '$1')
      .replace(/^(?:(?![©®™])[\p{Extended_Pictographic}\uFE0F\s])+/u, '')
      .replace(/^_|_$/g, '')
      .replace(/\s*\([^)]{0,60}\)\s*$/, '')
      .replace(COUNTRY_TAIL, '')
      .trim();
    if (!line) continue;
    // "Hauptstr. 5, 10115 Berlin Tel: 030 …", "… 75002 Paris – E-mail : …": the contact details after the town.
    // "Av. Aragón 330 ; 28022 MADRID" (fresh15-auxadi): a semicolon between the parts is a comma.
    line = line
      .replace(CONTACT_TAIL, '')
      .trim()
      .replace(/\s+;\s+/g, ', ');
    // "Belmont, California – 1301 Shoreway Road, …" (fresh18-folio3): an office list's place label
    // before the street is no part of the address.
    line = line.replace(/^\p{Lu}[\p{L}'’. ]{1,30}(?:,\s*\p{Lu}[\p{L}. ]{1,30})?\s+[–—-]\s+(?=\d{1,6}\s+\p{Lu})/u, '');
    // "Musterstraße 12 – 80331 München", "8 avenue Foch 69006 Lyon": the street and the postal line in one.
    line = line.replace(DASH_BEFORE_CODE, ', ');
    const glued = GLUED_CODE.exec(line);
    if (glued && STREET_WORD.test(glued[1]!) && !glued[1]!.includes(',')) line = `${glued[1]}, ${glued[2]}`;
    // "Walsoorden 4588 KD": the Dutch postcode after the town.
    line = line.replace(/^(\p{Lu}[\p{L}'’ -]{1,40}?)\s+(\d{4}\s?[A-Z]{2})$/u, '$2 $1');
    // "V7P 1B3, BC.": a Canadian code before its province.
    line = line.replace(new RegExp(String.raw`^(${CA_CODE}),?\s+(${CA_PROVINCES})\.?$`, 'u'), '$2 $1');
    let prev = out[out.length - 1];
    // "Southgate" › "MI" › "48195" (fresh19-aspest): a state on its own line, then its ZIP code, are one.
    if (prev !== undefined && /^\d{5}(?:-\d{4})?$/.test(line) && STATE_ONLY.test(prev) && out.length > 1) {
      out.pop();
      line = `${prev} ${line}`;
      prev = out[out.length - 1];
    }
    // An old contact block's lines ("Meridiaan 2" › "Hulst" › "Nederland" › "4561 PH"): the
    // country alone is no part of the address, and a Dutch or German code alone goes before its town.
    if (prev !== undefined && ONLY_COUNTRY.test(line)) continue;
    if (
      prev !== undefined &&
      prev.length <= 60 &&
      /^(?:\d{4}\s?[A-Z]{2}|\d{5})$/.test(line) &&
      new RegExp(`^${TOWN}$`, 'u').test(prev) &&
      !STREET_WORD.test(prev)
    ) {
      out[out.length - 1] = `${line} ${prev}`;
      continue;
    }
    if (prev !== undefined && ONLY_CODE.test(line) && prev.length <= 60 && !NOT_STREET.test(prev)) {
      const town = prev.replace(/,\s*$/, '');
      // A state and ZIP go after a comma ("New Braunfels, TX 78132"); a postcode after a space.
      out[out.length - 1] = /^[A-Z]{2}\s+\d{5}/.test(line) && !/,/.test(town) ? `${town}, ${line}` : `${town} ${line}`;
      continue;
    }
    // "Suite 500 Denver, CO 80210" (fld22-callpaul): a suite written on the town's line is a street line of its own.
    const suite = /^((?:suite|ste\.?|unit|#)\s*[\w-]+),?\s+(?=\p{Lu})(.+)$/iu.exec(line);
    // "Suite 12 Concord, ON L4K 0A8" (fld22-canakwindows) likewise.
    if (suite && (US_LINE.test(suite[2]!) || CA_LINE.test(suite[2]!))) out.push(suite[1]!, suite[2]!);
    else out.push(line);
  }
  return out;
}
