import { cleanLine } from './clean';
import { prune } from '../objects';

/**
 * The street address a company's site prints (a contact block, a footer, a vCard) and the place
 * it names: "1190 Kennestone Circle NW, Suite 120, Marietta, GA 30066" is at "Marietta, GA";
 * "Zuidweg 38, 4316 LB Zonnemaire" is at "Zonnemaire". The lines are read as a person reads them:
 * a line with a postal code and a town, and the street lines above it.
 */
export interface PostalAddress {
  /** Street lines and the postal line, joined with ", " as the page orders them. */
  address: string;
  /** "City, Region" for the US, Canada and the UK ("Marietta, GA", "Wilmslow, Cheshire"), else the town. */
  place: string;
  /** The name the block is addressed to, the line above its street ("Hertogh Metaal"), when it has one. */
  addressee?: string;
}

const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming';
const TOWN = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ -](?:(?:de|la|le|sur|lez|lès|en|am|an|der|im|bei|aan|op|upon|on)[ -])?[\p{L}'’.-]+){0,3}`;
/** "Redwood City, CA 94065", "Houston TX, 77019", "Goodland, Kansas 67735", "Rhinelander, WI" (with the street before it on the same line, or not). */
const US_LINE = new RegExp(String.raw`^(?:(.*?),\s*)?(${TOWN}),?\s+(${US_STATES})\.?(?:,?\s+(\d{5}(?:-\d{4})?))?$`, 'u');
/**
 * "3065 Brighton 2nd St #1077 Brooklyn, NY 11235" (fresh16-shtarklaw): a footer's street and town
 * run together without a comma. Counted only with the street's own word and the ZIP code.
 */
const US_RUN = new RegExp(
  String.raw`^(\d+[a-z]?\s[^,]*?\b(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Ct|Court|Pkwy|Parkway|Hwy|Highway|Pl|Place|Cir|Circle|Sq|Square)\.?(?:\s+(?:#|Suite\s|Ste\.?\s|Unit\s)\s*[\w-]+)?)\s+(${TOWN}),?\s+(${US_STATES})\.?,?\s+(\d{5}(?:-\d{4})?)$`,
  'u',
);
/** Countries the address keeps after its town ("80-868 Gdańsk, Poland"); COUNTRY_TAIL drops the commonest. */
const EU_COUNTRY = 'Poland|Polska|Switzerland|Schweiz|Suisse|Austria|Österreich|Spain|Italy|Sweden|Denmark|Norway|Finland|Portugal|Ireland';
/** "4316 LB Zonnemaire", "59439 Holzwickede", "75008 Paris", "D-80331 München", "1010 Wien", "113 29 Stockholm". */
const EU_LINE = new RegExp(
  String.raw`^(?:(.*?),\s*)?((?:[A-Z]{1,2}-)?\d{4,5}(?:\s?[A-Z]{2}(?=\s))?|\d{2}-\d{3}|\d{3} \d{2})\s+(${TOWN})(?:\s*\(?(?:cedex)?\s*\d*\)?)?(?:,\s*(${EU_COUNTRY}))?$`,
  'u',
);
/**
 * "Mumbai 400 001, India", "Indore - 452001": an Indian PIN code after the town. Six digits after
 * a word are common enough elsewhere that the line counts only under a head-office label.
 */
const IN_LINE = new RegExp(String.raw`^(?:(.*?),\s*)?(\p{Lu}[\p{L}'’.]*(?: \p{Lu}[\p{L}'’.]*){0,3})\s*[-–]?\s*(\d{3}\s?\d{3})\.?$`, 'u');
/** "P. O. Box: 278,", "PO Box 12", "Postbus 45", "Postfach 10 12 34": a box number on its own line. */
const PO_BOX = /^(?:p\.?\s?o\.?\s?box|postbus|postfach|boîte postale|b\.p\.)\s*:?\s*[\d\s]+,?$/i;
const CA_PROVINCES =
  'AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT|Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland(?: and Labrador)?|Nova Scotia|Northwest Territories|Nunavut|Ontario|Prince Edward Island|Quebec|Québec|Saskatchewan|Yukon';
// "VOA 1K2": a letter O typed for the zero is still the code (V0A 1K2).
const CA_CODE = String.raw`[A-Z][\dO][A-Z]\s?[\dO][A-Z][\dO]`;
/**
 * "Burlington, Ontario L7L 6C7", "North Vancouver, BC V7P 1B3" (with the street before it, or not);
 * the province may go unsaid before the code ("Montréal, H2K 3X8", fresh26-pharmaciensremplacants;
 * "Toronto M9C 1A3", fresh6-larsentoubro): the code's letter-digit pattern is Canada's alone.
 */
const CA_LINE = new RegExp(String.raw`^(?:(.*?),\s*)?(${TOWN}),?\s+(${CA_PROVINCES})\.?,?\s+(${CA_CODE})$`, 'u');
const CA_BARE = new RegExp(String.raw`^(?:(.*?),\s*)?(?!(?:${CA_PROVINCES})\b)(${TOWN}),?\s+()(${CA_CODE})\.?$`, 'u');
/**
 * "Abbotsford VIC 3067", "Chatswood NSW 2067": an Australian town, its state and four-digit
 * postcode (fld22-kayebarr, fresh22-ghostwares).
 */
const AU_STATES = 'NSW|VIC|QLD|WA|SA|TAS|ACT|NT';
const AU_LINE = new RegExp(String.raw`^(?:(.*?),\s*)?(${TOWN})\s+(${AU_STATES})\s+(\d{4})$`, 'u');
/**
 * "493 Charles Street North Perth WA 6006", "1 St Heliers St Abbotsford VIC 3067": the street run
 * into the town without a comma, as Australian footers write it; the street's last own word ends it.
 */
const AU_RUN = new RegExp(
  String.raw`^((?:.*,\s*)?\d+[a-z]?\s[^,]*\b(?:St|Street|Rd|Road|Ave|Avenue|Dr|Drive|Pde|Parade|Hwy|Highway|Ln|Lane|Tce|Terrace|Cres|Crescent|Pl|Place|Way|Blvd|Boulevard|Ct|Court)\.?)\s+(${TOWN}\s+(?:${AU_STATES})\s+\d{4})$`,
  'u',
);
/** "…, Wilmslow, Cheshire, SK9 2GH": a British postcode ends the line. */
const UK_LINE = /^(.*?),?\s+([A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})$/;

/** A street line: a house number before or after the name, a suite's number alone ("#500", fresh18-specialtyheating), or a word streets and suites are named with. */
const STREET_WORD =
  /^#\s?\d+[a-z]?$|^\d+[a-z]?(-\d+)?\s+\S|\S\s+\d+-?[a-z]?(?:[-/]\d+[a-z]?)?(\s|,|$)|\b(street|st\.?|avenue|ave\.?|road|rd\.?|way|lane|ln\.?|drive|dr\.?|boulevard|blvd\.?|parkway|pkwy|circle|court|ct\.?|place|plaza|square|highway|hwy|suite|ste\.?|floor|building|house|park|parc|parque|po box|p\.o\.|straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|rue|allée|chemin|quai|impasse|route|straat|laan|plein|markt|kade|gracht|dijk|singel)\b/i;
const LABEL_PREFIX =
  /^.*?\b(office|offices|headquarters|hq|head office|address|adresse|anschrift|adres|bezoekadres|postadres|siège(?: social)?|hauptsitz|firmensitz|sitz|location|visit us|find us)\b\)?\s*[:\-–—]\s*/i;
const NOT_STREET =
  /[@$€£%]|https?:|www\.|\b(tel|phone|fax|e-?mail|telefon|téléphone|telefoon|kvk|btw|vat|ust)\b|^\+?\(?\d[\d\s()./-]{6,}$/i;

const HEAD_OFFICE = /\b(headquarters|head office|hq|corporate office|registered office|hauptsitz|firmensitz|siège|hoofdkantoor)\b/i;

/** The first postal address in these lines, preferring one labelled as the head office. */
export function findPostalAddress(raw: readonly string[]): PostalAddress | undefined {
  const lines = postalLines(raw);
  let first: PostalAddress | undefined;
  for (let i = 0; i < lines.length; i++) {
    const found = addressAt(lines, i) ?? brazilianAt(lines, i);
    if (!found) continue;
    const context = lines.slice(Math.max(0, i - 5), i + 1).join(' ');
    if (HEAD_OFFICE.test(context)) return found;
    first ??= found;
  }
  return first ?? contactAddress(lines);
}

/**
 * "Rua Dr. Alberto Seabra, 648 / cj 2" › "Cep 05452-000" › "Alto de Pinheiros" › "São Paulo - SP"
 * (fresh15-awake): a Brazilian block ends with the town and its state, the CEP (postal code) on
 * that line or above it, the district between the street and the town. Counted only with a CEP
 * and a street line.
 */
function brazilianAt(lines: readonly string[], i: number): PostalAddress | undefined {
  const m = BR_TOWN.exec(lines[i]!);
  if (!m) return undefined;
  let cep = m[3];
  const block: string[] = [];
  for (let j = i - 1; j >= i - 4 && j >= 0; j--) {
    const l = lines[j]!;
    const code = BR_CEP.exec(l);
    if (code) cep ??= code[1];
    else if (l.length > 80 || NOT_STREET.test(l)) return undefined;
    else {
      block.unshift(l);
      if (STREET_WORD.test(l) || /^(?:rua|av\.|avenida|alameda|travessa|praça|rodovia|estrada)\s/i.test(l)) {
        return cep
          ? { address: spaced(cleanLine([...block, `${m[1]} - ${m[2]}`, cep].join(', '), 300)!), place: `${m[1]}, ${m[2]}` }
          : undefined;
      }
    }
  }
  return undefined;
}
const BR_TOWN = new RegExp(
  String.raw`^(${TOWN})\s*[-–/,]\s*(AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO)(?:\s*[,-]?\s*(?:cep:?\s*)?(\d{5}-\d{3}))?$`,
  'u',
);
const BR_CEP = /^(?:cep:?\s*)?(\d{5}-\d{3})$/i;

/**
 * "94 rue Jean Jaurès, Meyzieu", "Carrera 45 #55-33, Barranquilla": a street and its town with no
 * postal code, counted only where two cues agree — the line reads as a numbered street and a
 * town, and it sits in a contact block (an "Address" label, a telephone number or an email
 * address within two lines). A street line met anywhere else (a project, a testimonial) is not
 * the company's address.
 */
function contactAddress(lines: readonly string[]): PostalAddress | undefined {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(LABEL_PREFIX, '').trim();
    if (line.length > 100 || NOT_STREET.test(line) || LEGAL_LINE.test(line)) continue;
    const parts = line.split(/\s*,\s*/);
    const town = parts.pop()!;
    if (!parts.length || !TOWN_ONLY.test(town) || STREET_WORD.test(town)) continue;
    const street = parts.join(', ');
    if (!/\d/.test(street) || !STREET_WORD.test(street)) continue;
    const near = [...lines.slice(Math.max(0, i - 2), i), ...lines.slice(i + 1, i + 3)];
    const labelled = line !== lines[i] || ADDRESS_LABEL.test(lines[i - 1]?.replace(/[:\s]+$/, '') ?? '');
    if (!labelled && !near.some((l) => CONTACT_LINE.test(l))) continue;
    return { address: cleanLine(line, 300)!, place: town };
  }
  return undefined;
}
const TOWN_ONLY = new RegExp(`^${TOWN}$`, 'u');
/** A telephone number or an email address on a line of its own (with or without its label). */
const CONTACT_LINE =
  /^(?:(?:tel|phone|telefon|téléphone|tél|telefoon|teléfono|mobile|mobil|whatsapp)\b\.?\s*:?\s*)?\+?\(?\d[\d\s()./-]{6,}\d(?:\s*\/\s*[\d\s]{6,})?$|^(?:e-?mail\s*:?\s*)?[\w.+-]+@[\w-]+\.[\w.-]+$/i;

function addressAt(lines: readonly string[], i: number): PostalAddress | undefined {
  let line = lines[i]!.replace(LABEL_PREFIX, '').trim();
  if (line.length > 160) return inlineAddress(lines[i]!);
  const run = US_LINE.test(line) ? null : US_RUN.exec(line);
  // The run written as the address is read: a comma between the street and the town.
  if (run) line = `${run[1]}, ${line.slice(run[1]!.length).trim()}`;
  const auRun = AU_LINE.test(line) && !/\d/.test(AU_LINE.exec(line)![2]!) ? null : AU_RUN.exec(line);
  if (auRun) line = `${auRun[1]}, ${auRun[2]}`;
  const us = US_LINE.exec(line);
  const ca = us ? null : (CA_LINE.exec(line) ?? CA_BARE.exec(line) ?? AU_LINE.exec(line));
  const eu = us || ca ? null : EU_LINE.exec(line);
  const pin = us || ca || eu ? null : IN_LINE.exec(line);
  const uk = us || ca || eu || pin ? null : UK_LINE.exec(line);
  if (!us && !ca && !eu && !pin && !uk) return inlineAddress(lines[i]!);
  // Street parts written on the same line before the town ("2828 SW Corbett Avenue, Suite 135, Portland, OR 97201").
  let inline = (us?.[1] ?? ca?.[1] ?? eu?.[1] ?? pin?.[1] ?? '').trim();
  let postalLineStart = 0;
  let place: string;
  if (us) place = `${us[2]}, ${us[3]}`;
  else if (ca) place = ca[3] ? `${ca[2]}, ${ca[3]}` : ca[2]!;
  else if (eu) place = eu[4] ? `${eu[3]!.trim()}, ${eu[4]}` : eu[3]!.trim();
  else if (pin) {
    if (!HEAD_OFFICE.test(lines.slice(Math.max(0, i - 5), i).join(' '))) return undefined;
    place = pin[2]!.trim();
  } else {
    const parts = uk![1]!.split(/\s*,\s*/).filter(Boolean);
    // "Newcastle upon Tyne NE6 5ZH" under a street line: the town alone.
    const towns = parts.filter((p) => !STREET_WORD.test(p));
    place = towns.length < 2 ? (towns[towns.length - 1] ?? parts[parts.length - 1] ?? '') : towns.slice(-2).join(', ');
    if (!new RegExp(`^${TOWN}$`, 'u').test(parts[parts.length - 1] ?? '')) return undefined;
    inline = '';
  }
  // A US town line without a ZIP code is only an address under a street line. The street is
  // the lines above, past one line of a telephone or fax number set between them.
  const street: string[] = [];
  let top = i;
  for (let j = i - 1, skipped = 0, box = false; j >= 0 && j >= i - 4; j--) {
    const prev = lines[j]!.replace(LABEL_PREFIX, '').trim();
    // "L&T House, Ballard Estate" › "P. O. Box: 278," › "Mumbai 400 001": a box number under a street is no part of it.
    if (!box && !street.length && PO_BOX.test(prev) && STREET_WORD.test(lines[j - 1] ?? '') && !PO_BOX.test(lines[j - 1] ?? '')) {
      box = true;
      continue;
    }
    if (prev && NOT_STREET.test(prev) && !skipped && !street.length) {
      skipped++;
      continue;
    }
    // "1–6 Yarmouth Place" › "Mayfair" › "London W1J 7BU" (fld22-occupa): a district set on a line of
    // its own between the street and the town, read only on a British town line (US and continental
    // blocks put no district there: a line above their town is a menu item or a heading) with a
    // numbered street right above it.
    const district =
      !!uk &&
      !street.length &&
      !STREET_WORD.test(prev) &&
      prev.length <= 30 &&
      TOWN_ONLY.test(prev) &&
      /\d/.test(lines[j - 1] ?? '') &&
      STREET_WORD.test(lines[j - 1] ?? '');
    if (
      !district &&
      (!prev || prev.length > 80 || NOT_STREET.test(prev) || LEGAL_LINE.test(prev) || !STREET_WORD.test(prev) || street.length >= 3)
    )
      break;
    street.unshift(prev);
    top = j;
  }
  if (inline && !STREET_WORD.test(inline)) inline = '';
  // "Bathily-Convoyage — 34 rue de Padirac, 34070 Montpellier": a name set off by a dash or bar before the street.
  const named = NAME_BEFORE_STREET.exec(inline);
  if (named && STREET_WORD.test(named[2]!)) {
    inline = named[2]!;
    postalLineStart = named[1]!.length;
  }
  // "Acme GmbH, Musterstraße 12, 80331 München", "Advantage Engineering, Inc. 525 East Stop 18 Road, …",
  // "Drukkerij Durenkamp, Weststraat 73, …": the firm's name before the street is the addressee, not
  // the address.
  let postalLine = line.slice(postalLineStart);
  const firm = FIRM_FIRST.exec(inline) ?? LEAD_PART.exec(inline);
  if (firm && STREET_WORD.test(inline.slice(firm[0].length)) && !STREET_WORD.test(firm[1] ?? '')) {
    inline = inline.slice(firm[0].length);
    postalLine = postalLine.slice(firm[0].length);
  }
  if (!street.length && !inline && !(uk && uk[1]!.includes(','))) return undefined;
  // "1800 Series Routers" over "1900 Series Routers": two items of a menu, not a street over a
  // four-digit postal code and its town. Lines that differ only in their number are a list.
  const afterNumber = (l: string) => l.replace(/^\s*\d+[a-z]?\s+/i, '').toLowerCase();
  if (street.some((l) => /^\s*\d/.test(l) && afterNumber(l) === afterNumber(line))) return undefined;
  if (us && !us[4] && !street.length && !inline) return undefined;
  // "2009 … Awards Finalist, 2010 Georgie Awards Finalist", "Copyright © 1992, 2025 Wooding Electric":
  // years, not a street and a postal code.
  const code = eu?.[2] ?? '';
  if (/^(19|20)\d\d$/.test(code) && (/^(19|20)\d\d\b/.test(street[0] ?? inline) || LEGAL_LINE.test(line))) return undefined;
  // "P.I. 01601990136" over the street: a tax or company number heads the block, no part of the address.
  const address = cleanLine([...street.filter((l) => !/\d{8}/.test(l)), postalLine].join(', '), 300)!;
  return prune({
    address: spaced(address.replace(/\s*,\s*,/g, ',')),
    place: cleanLine(place)!,
    addressee: street.length ? addresseeAbove(lines, top, place) : undefined,
  });
}

/** "Rua Dr.Alberto Seabra", "St.Paul Street": an abbreviation glued to the name after it is read "Dr. Alberto". */
const spaced = (address: string) => address.replace(/\b(\p{Lu}\p{Ll}{0,3})\.(?=\p{Lu}\p{Ll})/gu, '$1. ');

/**
 * The line above an address block's street, when it names someone: not a label, a sentence, a
 * number or the block's own town. "Bunchball Headquarters" names Bunchball.
 */
function addresseeAbove(lines: readonly string[], top: number, place: string): string | undefined {
  const above = cleanLine(
    lines[top - 1]
      ?.replace(/[:\s]+$/, '')
      .replace(/\s+(?:headquarters|head office|hq|corporate office|offices?|hauptsitz|siège social)$/i, ''),
  );
  // "Adres winkel:", "Showroom:": a line ending in a colon labels the block, it names no one.
  if (above && place.toLowerCase().startsWith(above.toLowerCase())) return undefined;
  if (/:\s*$/.test(lines[top - 1] ?? '')) return undefined;
  if (!above || above.length > 60 || /\d|[.!?]$|@/.test(above.replace(/\b(Inc|Ltd|Co|Corp|B\.V|v\.o\.f)\.$/i, ''))) return undefined;
  if (ADDRESS_LABEL.test(above) || NOT_STREET.test(above) || above.split(/\s+/).length > 8) return undefined;
  // "v.o.f. Bodbijl" (fresh15-bodbijlvoeders): a Dutch partnership writes its legal form first, in lower case.
  return /^\p{Lu}|^\p{N}|^v\.o\.f\.\s/u.test(above) ? above : undefined;
}

/** "© 2014 Acme Ltd. Registered in England and Wales": the legal line above a footer's address is no street. */
const LEGAL_LINE = /©|\(c\)\s*(?:19|20)\d\d|\ball rights reserved\b|\bregistered in\b|\bcompany (?:no|number|reg)/i;
/** "Acme — 34 rue de Padirac": the part before the last spaced dash or bar, when it holds no digit. */
const NAME_BEFORE_STREET = /^([^\d,]{2,60}?\s[—–|]\s)(.+)$/u;

/** A first part with no digit: a name, unless it reads as a street. */
const LEAD_PART = /^([^,\d]+),\s*(?=.*\d)/u;
const FIRM_FIRST =
  /^.{2,80}?\b(?:GmbH|AG|KG|SE|e\.K|UG|SAS|SARL|SA|SNC|EURL|B\.V|BV|N\.V|NV|v\.o\.f|Inc|LLC|Ltd|Limited|plc|Corp|Co)\b\.?(?:\s*,\s*|\s+)/u;

const ADDRESS_LABEL =
  /^(?:(?:our |mailing |postal |street |visiting |global |corporate |world )?(?:address|addresses|headquarters|head office|hq|office|offices|location|locations|contact(?: us| info| information)?|find us|visit us|get in touch|adresse|anschrift|kontakt|adres|bezoekadres|postadres|contactgegevens|nous trouver|siège(?: social)?|hauptsitz))$/i;

/** "… Advantage Engineering, Inc. 525 East Stop 18 Road, Greenwood, IN 46142 Phone: …": a US address inside a longer line. */
function inlineAddress(line: string): PostalAddress | undefined {
  if (line.length > 600) return undefined;
  const m = US_INLINE.exec(line);
  if (!m) return undefined;
  return { address: cleanLine(`${m[1]}, ${m[2]}, ${m[3]} ${m[4]}`)!, place: `${cleanLine(m[2])}, ${m[3]}` };
}
const US_INLINE = new RegExp(
  String.raw`(?:^|\s)(\d{1,6}\s+[\p{L}\d.' -]{2,60}?\b(?:Street|St|Avenue|Ave|Road|Rd|Way|Lane|Ln|Drive|Dr|Boulevard|Blvd|Parkway|Pkwy|Circle|Court|Ct|Place|Pl|Highway|Hwy)\.?(?:,?\s+(?:Suite|Ste|Unit|#)\.?\s*[\w-]+)?),\s*(${TOWN}),?\s+(${US_STATES.split(
    '|',
  )
    .filter((s) => s.length === 2)
    .join('|')})\s+(\d{5}(?:-\d{4})?)\b`,
  'u',
);

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
  /^(?:Nederland|The Netherlands|Netherlands|Deutschland|Germany|België|Belgie|Belgium|France|Österreich|Austria|Schweiz|Switzerland)\.?$/;
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
    let line = raw
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
    const prev = out[out.length - 1];
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
    if (suite && US_LINE.test(suite[2]!)) out.push(suite[1]!, suite[2]!);
    else out.push(line);
  }
  return out;
}
