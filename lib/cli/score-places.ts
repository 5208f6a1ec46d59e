import { fold } from './score-fold';

// Places a reader takes as one: "San Francisco, CA" and "San Francisco, California, United States".

const US_STATES: Record<string, string> = {
  al: 'alabama',
  ak: 'alaska',
  az: 'arizona',
  ar: 'arkansas',
  ca: 'california',
  co: 'colorado',
  ct: 'connecticut',
  de: 'delaware',
  dc: 'district of columbia',
  fl: 'florida',
  ga: 'georgia',
  hi: 'hawaii',
  id: 'idaho',
  il: 'illinois',
  in: 'indiana',
  ia: 'iowa',
  ks: 'kansas',
  ky: 'kentucky',
  la: 'louisiana',
  me: 'maine',
  md: 'maryland',
  ma: 'massachusetts',
  mi: 'michigan',
  mn: 'minnesota',
  ms: 'mississippi',
  mo: 'missouri',
  mt: 'montana',
  ne: 'nebraska',
  nv: 'nevada',
  nh: 'new hampshire',
  nj: 'new jersey',
  nm: 'new mexico',
  ny: 'new york',
  nc: 'north carolina',
  nd: 'north dakota',
  oh: 'ohio',
  ok: 'oklahoma',
  or: 'oregon',
  pa: 'pennsylvania',
  ri: 'rhode island',
  sc: 'south carolina',
  sd: 'south dakota',
  tn: 'tennessee',
  tx: 'texas',
  ut: 'utah',
  vt: 'vermont',
  va: 'virginia',
  wa: 'washington',
  wv: 'west virginia',
  wi: 'wisconsin',
  wy: 'wyoming',
};
const COUNTRY_ALIASES: Record<string, string> = {
  us: 'united states',
  usa: 'united states',
  'u.s': 'united states',
  'u.s.a': 'united states',
  'united states of america': 'united states',
  uk: 'united kingdom',
  gb: 'united kingdom',
  'great britain': 'united kingdom',
  england: 'united kingdom',
  de: 'germany',
  deutschland: 'germany',
  fr: 'france',
  nl: 'netherlands',
  'the netherlands': 'netherlands',
  nederland: 'netherlands',
};

function placeParts(s: string): string[] {
  return fold(s)
    .split(/\s*,\s*/)
    .map((p) => p.replace(/\.$/, ''))
    .filter(Boolean)
    .map((p) => US_STATES[p] ?? COUNTRY_ALIASES[p] ?? p);
}

/** Same city, and every part one side names that the other also names agrees. */
export function samePlace(a: string, b: string): boolean {
  const pa = placeParts(a);
  const pb = placeParts(b);
  if (!pa.length || !pb.length) return false;
  if (pa[0] !== pb[0]) return false;
  const [short, long] = pa.length <= pb.length ? [pa, pb] : [pb, pa];
  return short.every((p) => long.includes(p));
}

// Two-letter codes other than US/UK are left out: "DE" after a town is Delaware as often as Germany.
const COUNTRY_NAMES = new Set(
  [...Object.keys(COUNTRY_ALIASES), ...Object.values(COUNTRY_ALIASES)].filter((c) => c.length > 2 || c === 'us' || c === 'uk'),
);

/** The words of an address and its trailing country (canonical), if it ends with one. */
function addressWords(s: string): { words: string[]; country?: string } {
  const words = fold(s)
    .replace(/,/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/\.$/, ''))
    .filter(Boolean);
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const tail = words.slice(-n).join(' ');
    if (COUNTRY_NAMES.has(tail)) return { words: words.slice(0, -n), country: COUNTRY_ALIASES[tail] ?? tail };
  }
  return { words };
}

/**
 * One street address however a page breaks it into lines: "18 Stair Way Monroe, NY 10950" and
 * "18 Stair Way, Monroe, NY 10950" are one address to a reader (a card sets street and town on two
 * lines, which one reader joins with a comma and another without). A country after the postcode
 * is optional when the other side names none; two different countries still differ.
 */
export function sameAddress(a: string, b: string): boolean {
  const [pa, pb] = [addressWords(a), addressWords(b)];
  if (!pa.words.length) return false;
  if (pa.country && pb.country && pa.country !== pb.country) return false;
  return pa.words.join(' ') === pb.words.join(' ');
}
