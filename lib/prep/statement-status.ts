import { fold } from '../text/fold';
import { type Page, type Statement, companySentences, onPage, speaksForCompany } from './statement-page';

// The standing a company says it holds with a brand it sells or serves: "one of Zebra Technologies
// leading Value Added Resellers", "an authorised Apple reseller", "achieved Premier status with
// Zebra Technologies". Read by lib/prep/statements.ts as a partner statement: what a reseller's or
// dealer's people spend their days on is that brand, and a coach raises it. Three cues weigh in —
// the role noun, the brand (a capitalised name that is not the company's), the company as subject —
// and a level or a year only when the page says it of the same brand.

/** What a company is to a brand: the nouns of selling or servicing someone else's products. */
const ROLE = String.raw`(?:[Vv]alue[- ][Aa]dded\s+)?(?:[Rr]esellers?|[Dd]ealers?|[Dd]istributors?|[Ii]ntegrators?|[Ii]nstallers?|[Rr]etailers?|[Ss]tockists?|[Ss]ervice [Pp]artners?|[Pp]artners?|[Cc]ontractors?|VARs?)`;
/** The words that rank that standing ("Premier", "authorised"). */
const RANK = String.raw`(?:[Aa]uthori[sz]ed|[Cc]ertified|[Oo]fficial|[Pp]remier|[Gg]old|[Pp]latinum|[Pp]referred|[Aa]ccredited|[Aa]pproved|[Ee]lite|[Dd]iamond)`;
/** A brand: one to four capitalised words ("Zebra Technologies", "Apple"), without a possessive. */
const BRAND = String.raw`(\p{Lu}[\p{L}\p{N}&-]*(?:\s+\p{Lu}[\p{L}\p{N}&-]*){0,3}?)(?:['’]s?)?`;

/** "one of Zebra Technologies leading Value Added Resellers (VAR)" */
const ONE_OF = new RegExp(
  String.raw`\bone of (?:the\s+)?${BRAND}\s+(?:(?:leading|largest|top|biggest|few|select|first|${RANK})\s+)*(${ROLE})\b`,
  'u',
);
/** A brand at the end of what is matched: as many capitalised words as there are ("Honeywell Scanning"). */
const BRAND_LAST = String.raw`(\p{Lu}[\p{L}\p{N}&-]*(?:\s+\p{Lu}[\p{L}\p{N}&-]*){0,3})`;
/** The roles of selling another's brand; a bare "partner of" is lib/prep/statements.ts's partner(). */
const SELLS = ROLE.replace(String.raw`|[Pp]artners?|`, '|');
/** "an authorised reseller of Apple", "a certified Zebra reseller" */
const RANKED_OF = new RegExp(String.raw`\b(${RANK})\s+(${SELLS})\s+(?:of|for)\s+(?:the\s+)?${BRAND_LAST}`, 'u');
const RANKED_BRAND = new RegExp(String.raw`\b(${RANK})\s+${BRAND}\s+(${SELLS})\b`, 'u');
/** "has achieved Premier status with Zebra Technologies" */
const STATUS = new RegExp(
  String.raw`\b(?:achieved|holds?|has|have|earned|attained|gained|awarded|received|with)\s+(?:the\s+)?(\p{Lu}\p{Ll}+)\s+(?:status|level|tier)\s+(?:with|from|at)\s+${BRAND}`,
  'u',
);
/** "Zebra Premier Partner" (a page's own summary, after its name) */
const BRAND_RANK = new RegExp(String.raw`${BRAND}\s+(${RANK})\s+(${ROLE})\b`, 'u');

const NOT_BRAND = /^(?:The|Our|We|Their|Its|A|An|This|All|Most|Many|Value|Added|Leading|Authori[sz]ed|Certified|Official|Premier)$/;

interface Found {
  brand: string;
  role?: string;
  rank?: string;
  since?: string;
  evidence: string;
}

function read(text: string): Found | undefined {
  const since = /(?:since|seit|depuis|sinds)\s+((?:19|20)\d\d)/iu.exec(text)?.[1];
  let m = ONE_OF.exec(text);
  if (m) return { brand: m[1]!, role: m[2], since, evidence: text };
  m = RANKED_OF.exec(text);
  if (m) return { brand: m[3]!, rank: m[1], role: m[2], since, evidence: text };
  m = RANKED_BRAND.exec(text);
  if (m) return { brand: m[2]!, rank: m[1], role: m[3], since, evidence: text };
  m = STATUS.exec(text);
  if (m) return { brand: m[2]!, rank: m[1], since, evidence: text };
  m = BRAND_RANK.exec(text);
  if (m) return { brand: m[1]!, rank: m[2], role: m[3], since, evidence: text };
  return undefined;
}

/** "Value Added Resellers (VAR)" → "value-added reseller". */
function roleWord(role: string): string {
  const r = role
    .toLowerCase()
    .replace(/^value[- ]added\s+/, 'value-added ')
    .replace(/s$/, '');
  return r === 'var' ? 'value-added reseller' : r;
}

const sameBrand = (a: string, b: string) => fold(a).startsWith(fold(b)) || fold(b).startsWith(fold(a));

/** The standing the company holds with a brand, from its own page: the role, the rank, the year. */
export function brandStatus(page: Page, names: string[]): Statement[] {
  const found: Found[] = [];
  for (const s of companySentences(page, names)) {
    const f = read(s.text);
    if (!f) continue;
    const brand = f.brand.trim();
    const at = s.text.indexOf(brand);
    // The company is the subject ("Imprint has …", "we are …"), named before the brand; the brand is
    // someone else's name, not the company's own, nor a person on the page.
    // A heading of its standings whose line speaks for it ("TRANE Comfort Specialists & Mitsubishi Diamond
    // Contractors: Our industry partnerships ensure …": blind-16 comfortflow-hvac-student) is the company's too.
    if (at < 0 || !(speaksForCompany(s.text.slice(0, at), names) || /^[^.:]{3,90}:\s*(?:Our|We)\b/.test(s.text.slice(at)))) continue;
    if (NOT_BRAND.test(brand.split(/\s+/)[0]!) || names.some((n) => sameBrand(n, brand)) || page.people.some((p) => sameBrand(p, brand)))
      continue;
    found.push({ ...f, brand });
  }
  // The sentence that names the role leads (a reseller or a dealer says more than "partner"); a rank
  // or a year said of the same brand elsewhere joins it.
  const lead = found.find((f) => f.role && !/^partners?$/i.test(f.role)) ?? found.find((f) => f.role) ?? found[0];
  if (!lead) return [];
  const same = found.filter((f) => sameBrand(f.brand, lead.brand));
  const rank = lead.rank ?? same.find((f) => f.rank)?.rank;
  const since = lead.since ?? same.find((f) => f.since)?.since;
  // The longest spelling of the brand the page gives ("Zebra Technologies" over "Zebra").
  const brand = same.map((f) => f.brand).sort((a, b) => b.length - a.length)[0]!;
  const role = roleWord(lead.role ?? same.find((f) => f.role)?.role ?? 'partner');
  const ranked = rank ? `${rank.charAt(0).toUpperCase()}${rank.slice(1).toLowerCase()} ` : '';
  const what = `${/^[AEIOUaeiou]/.test(ranked || role) ? 'an' : 'a'} ${ranked}${role} of ${brand}`;
  return [
    {
      kind: 'partner',
      text: `${what.charAt(0).toUpperCase()}${what.slice(1)}${since ? ` since ${since}` : ''}`,
      phrase: since ? `has been ${what} since ${since}` : `is ${what}`,
      names: [brand, role],
      evidence: lead.evidence,
      ...onPage(page),
      date: since,
      // Selling or servicing a named brand, with a rank or a year, is what the work there is made of.
      strength: 7 + (rank ? 1 : 0) + (since ? 1 : 0),
    },
  ];
}
