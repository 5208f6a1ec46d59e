/**
 * HTML character references left in text that never passed through an HTML parser: JSON-LD
 * strings (`&#8216;family&#8217;`, `&#039;`), and meta values a CMS escaped twice
 * (`zerst&amp;ouml;ren` arrives from the DOM as `zerst&ouml;ren`). Numeric references and the
 * named ones real pages use (HTML 4's Latin-1, punctuation and symbols); an unknown name stays
 * as written. No DOM: the clipper runs where `innerHTML` is forbidden (LinkedIn's Trusted Types).
 */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  shy: '\u00AD',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwnj: '\u200C',
  zwj: '\u200D',
  lrm: '\u200E',
  rlm: '\u200F',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  lsaquo: '‹',
  rsaquo: '›',
  hellip: '…',
  bull: '•',
  middot: '·',
  prime: '′',
  Prime: '″',
  dagger: '†',
  Dagger: '‡',
  permil: '‰',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  curren: '¤',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  plusmn: '±',
  times: '×',
  divide: '÷',
  micro: 'µ',
  para: '¶',
  sect: '§',
  iexcl: '¡',
  iquest: '¿',
  ordf: 'ª',
  ordm: 'º',
  sup1: '¹',
  sup2: '²',
  sup3: '³',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  not: '¬',
  macr: '¯',
  acute: '´',
  cedil: '¸',
  uml: '¨',
  brvbar: '¦',
  szlig: 'ß',
  OElig: 'Œ',
  oelig: 'œ',
  Scaron: 'Š',
  scaron: 'š',
  Yuml: 'Ÿ',
  fnof: 'ƒ',
  circ: 'ˆ',
  tilde: '˜',
  minus: '−',
  larr: '←',
  rarr: '→',
  uarr: '↑',
  darr: '↓',
  hearts: '♥',
  AElig: 'Æ',
  aelig: 'æ',
  ETH: 'Ð',
  eth: 'ð',
  THORN: 'Þ',
  thorn: 'þ',
  Oslash: 'Ø',
  oslash: 'ø',
  Aring: 'Å',
  aring: 'å',
};
// Accented Latin-1 letters by their mark: &ouml; &Eacute; &ccedil; &ntilde; …
const MARKS: Record<string, string> = { acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308', tilde: '\u0303', cedil: '\u0327' };
const ACCENTED = /^([A-Za-z])(acute|grave|circ|uml|tilde|cedil)$/;

function named(name: string): string | undefined {
  const direct = NAMED[name];
  if (direct) return direct;
  const m = ACCENTED.exec(name);
  if (!m) return undefined;
  const composed = (m[1]! + MARKS[m[2]!]!).normalize('NFC');
  // Only letters that exist precomposed (ö, É, ç, ñ, ÿ); "&qacute;" is not a reference.
  return composed.length === 1 ? composed : undefined;
}

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,9}));/g;

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return named(name) ?? whole;
    const code = dec ? parseInt(dec, 10) : parseInt(hex!, 16);
    // Windows-1252 bytes written as numbers (&#146; for ’) are what they meant on the page.
    if (code >= 0x80 && code <= 0x9f) return WINDOWS_1252[code - 0x80] ?? whole;
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
    return String.fromCodePoint(code);
  });
}

const WINDOWS_1252 = [
  '€',
  undefined,
  '‚',
  'ƒ',
  '„',
  '…',
  '†',
  '‡',
  'ˆ',
  '‰',
  'Š',
  '‹',
  'Œ',
  undefined,
  'Ž',
  undefined,
  undefined,
  '‘',
  '’',
  '“',
  '”',
  '•',
  '–',
  '—',
  '˜',
  '™',
  'š',
  '›',
  'œ',
  undefined,
  'ž',
  'Ÿ',
];
