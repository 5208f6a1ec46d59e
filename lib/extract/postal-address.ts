import { cleanLine } from './clean';
import { prune } from '../objects';
import { postalLines } from './postal-lines';
import { CA_CODE, CA_LINE, CA_PROVINCES, NOT_STREET, STREET_WORD, TOWN, US_LINE, US_STATES } from './postal-patterns';

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

/**
 * "3065 Brighton 2nd St #1077 Brooklyn, NY 11235" (fresh16-shtarklaw): a footer's street and town
 * run together without a comma. Counted only with the street's own word and the ZIP code.
 */
const US_RUN = new RegExp(
  String.raw`^(\d+[a-z]?\s[^,]*?\b(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Ct|Court|Pkwy|Parkway|Hwy|Highway|Pl|Place|Cir|Circle|Sq|Square)\.?(?:\s+(?:#|Suite\s|Ste\.?\s|Unit\s|SUITE\s|STE\.?\s|UNIT\s)\s*[\w-]+)?)\s+(${TOWN}),?\s+(${US_STATES})\.?,?\s+(\d{5}(?:-\d{4})?)$`,
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

const LABEL_PREFIX =
  /^.*?\b(office|offices|headquarters|hq|head office|address|adresse|anschrift|adres|bezoekadres|postadres|siège(?: social)?|hauptsitz|firmensitz|sitz|location|visit us|find us)\b\)?\s*[:\-–—]\s*/i;

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
const US_STREET =
  /^\d+[a-z]?\s|^#\s?\d|\b(street|st\.?|avenue|ave\.?|road|rd\.?|way|lane|ln\.?|drive|dr\.?|boulevard|blvd\.?|parkway|pkwy|circle|court|ct\.?|place|plaza|square|highway|hwy|suite|ste\.?|floor|building|po box|p\.o\.)\b/i;
const COUNTRY_ONLY = /^(?:UK|United Kingdom|England|Scotland|Wales|Great Britain)$/i;
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
  if (us) {
    // "State of New Jersey" under an award's line names no town.
    if (/^(?:state|commonwealth) of$/i.test(us[2]!)) return undefined;
    const parts = inline.split(/\s*,\s*/);
    // "…, McKinney, Dallas area, TX 75070": the metro area after the town is no town; "…, Lahaska,
    // Bucks County, PA 18931": the county after the town is kept with it.
    if (/\sarea$/i.test(us[2]!) && parts.length > 1 && TOWN_ONLY.test(parts[parts.length - 1]!)) {
      place = `${parts.pop()}, ${us[3]}`;
      inline = parts.join(', ');
    } else if (
      /\sCounty$/.test(us[2]!) &&
      parts.length > 1 &&
      TOWN_ONLY.test(parts[parts.length - 1]!) &&
      !STREET_WORD.test(parts[parts.length - 1]!)
    ) {
      place = `${parts[parts.length - 1]}, ${us[2]}, ${us[3]}`;
    } else place = `${us[2]}, ${us[3]}`;
  } else if (ca) place = ca[3] ? `${ca[2]}, ${ca[3]}` : ca[2]!;
  else if (eu) {
    // "0800 Freephone" › "0844 Special Rate" (fld22-bluepenguins): a telephone tariff, not a postcode and town.
    // "2052 Highway 35" (fresh19-eldercarelawyer): a numbered highway, not a postcode, a town and a cedex number.
    if (NOT_STREET.test(eu[3]!) || (/\d$/.test(line) && STREET_WORD.test(eu[3]!))) return undefined;
    place = eu[4] ? `${eu[3]!.trim()}, ${eu[4]}` : eu[3]!.trim();
  } else if (pin) {
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
  // "Software Developers - 3 positions" › "Merrifield, VA" (a job list, fresh23-tag44): without a ZIP
  // code the line above must read as an American street, its number first or a street's word.
  if (us && !us[4] && !inline && !US_STREET.test(street[street.length - 1] ?? '')) return undefined;
  // "…, Stanmore, Middlesex" › "United Kingdom, HA7 1JS": the country before the postcode is no town; the street line's last parts are.
  if (uk && COUNTRY_ONLY.test(place) && street.length) {
    const towns = street[street.length - 1]!.split(/\s*,\s*/).filter((p) => p && !STREET_WORD.test(p) && TOWN_ONLY.test(p));
    if (!towns.length) return undefined;
    place = towns.slice(-2).join(', ');
  }
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
// "Ward4, 313 North Plankinton Avenue, …" (fresh21-ward4mke): one word with a digit, before a numbered street, is a name too.
const LEAD_PART = /^([^,\d]+|\p{L}[^,\s]*),\s*(?=.*\d)/u;
const FIRM_FIRST =
  /^.{2,80}?\b(?:GmbH|AG|KG|SE|e\.K|UG|SAS|SARL|SA|SNC|EURL|B\.V|BV|N\.V|NV|v\.o\.f|Inc|LLC|Ltd|Limited|plc|Corp|Co)\b\.?(?:\s*,\s*|\s+)/u;

const ADDRESS_LABEL =
  /^(?:(?:our |mailing |postal |street |visiting |global |corporate |world )?(?:address|addresses|headquarters|head office|hq|office|offices|location|locations|contact(?: us| info| information)?|find us|visit us|get in touch|adresse|anschrift|kontakt|adres|bezoekadres|postadres|contactgegevens|nous trouver|siège(?: social)?|hauptsitz))$/i;

/**
 * "… Advantage Engineering, Inc. 525 East Stop 18 Road, Greenwood, IN 46142 Phone: …": a US address
 * inside a longer line; the state may be spelled out ("Hilliard, Ohio 43026", fld22-phoenixhydraulic)
 * and the street's abbreviation end it ("© 2025 Acme, LLC 81 Prospect St. Brooklyn, NY 11201").
 */
function inlineAddress(line: string): PostalAddress | undefined {
  if (line.length > 600) return undefined;
  const m = US_INLINE.exec(line);
  if (!m) return undefined;
  return { address: cleanLine(`${m[1]}, ${m[2]}, ${m[3]} ${m[4]}`)!, place: `${cleanLine(m[2])}, ${m[3]}` };
}
const US_INLINE = new RegExp(
  String.raw`(?:^|\s)(\d{1,6}\s+[\p{L}\d.' -]{2,60}?\b(?:Street|St|Avenue|Ave|Road|Rd|Way|Lane|Ln|Drive|Dr|Boulevard|Blvd|Parkway|Pkwy|Circle|Court|Ct|Place|Pl|Highway|Hwy)\.?(?:,?\s+(?:Suite|Ste|Unit|#)\.?\s*[\w-]+)?)(?:,\s*|(?<=\.)\s+)(${TOWN}),?\s+(${US_STATES})\s+(\d{5}(?:-\d{4})?)\b`,
  'u',
);
