import { companyNameKey } from '../db/names';
import { linkedinCompanyUrl } from '../extract/facts';
import type { Company, Person } from '../schema/dossier';

/**
 * Keys an organisation is known by, for matching the user's connections to dossier companies:
 * - `n:` the folded name ("Google LLC" and "Google" share `n:google`);
 * - `c:` the core of the name, without trailing words that describe rather than name
 *   ("Motion Technologies" → `c:motion`): a weaker match, shown with the name the connection gave;
 * - `d:` an email or web domain (webmail never counts);
 * - `u:` the slug of a LinkedIn company page.
 * People carry theirs in the multiEntry index `orgs`; a company's are computed when it is read.
 */

const DESCRIPTORS = new Set([
  'technologies',
  'technology',
  'tech',
  'labs',
  'lab',
  'software',
  'systems',
  'solutions',
  'hq',
  'app',
  'apps',
  'digital',
  'global',
  'international',
  'worldwide',
  'online',
  'uk',
  'us',
  'usa',
  'europe',
  'platform',
  'platforms',
  // Words of a trade that a company's short name drops ("Brightwater" for Brightwater Logistics).
  'logistics',
  'robotics',
  'health',
  'healthcare',
  'therapeutics',
  'analytics',
]);

/** Mail hosts that say nothing about an employer. */
const WEBMAIL =
  /^(gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|icloud|me|mac|aol|proton|protonmail|pm|gmx|web|mail|yandex|qq|163|126|fastmail|zoho|hey|btinternet|orange|free|t-online|comcast|verizon|att|sky|virginmedia|libero|laposte|wanadoo|seznam|rediffmail|naver|daum|mailbox|posteo|tutanota|tuta)\./i;

export function nameKeys(name: string | undefined): string[] {
  if (!name) return [];
  const full = companyNameKey(name)
    .replace(/^the /, '')
    .replace(/\buniv\b/g, 'university')
    .replace(/\bintl\b/g, 'international');
  if (!full) return [];
  const words = full.split(' ');
  while (words.length > 1 && DESCRIPTORS.has(words[words.length - 1]!)) words.pop();
  const core = words.join(' ');
  return [`n:${full}`, ...(core.length >= 3 ? [`c:${core}`] : [])];
}

/** "gmail.com", "mail.yahoo.co.uk", "web.de": a mail host whose name is the provider's, before a public suffix. */
function isWebmail(domain: string): boolean {
  const [first, ...rest] = domain.split('.');
  return WEBMAIL.test(`${first}.`) && rest.length <= 2 && rest.every((label) => label.length <= 3);
}

/** The domain of an email address, unless it is webmail: "dana@mail.motion.com" → ["mail.motion.com", "motion.com"]. */
export function emailDomains(email: string | undefined): string[] {
  const host = email?.trim().toLowerCase().split('@')[1]?.replace(/\.$/, '');
  if (!host || !/^[a-z0-9.-]+\.[a-z]{2,}$/.test(host)) return [];
  const parts = host.split('.');
  const out: string[] = [];
  // Every suffix with two labels or more: companies store registrable domains (acme.co.uk).
  for (let i = 0; i < parts.length - 1; i++) out.push(parts.slice(i).join('.'));
  if (out.some(isWebmail)) return [];
  return out.slice(0, 4);
}

/** "https://www.linkedin.com/company/motion-hq/" → "motion-hq". */
export function linkedinSlug(url: string | undefined): string | undefined {
  const canonical = linkedinCompanyUrl(url);
  const m = canonical && /\/(?:company|school|showcase)\/([^/]+)\/$/.exec(canonical);
  return m ? decodeURIComponent(m[1]!) : undefined;
}

/** A slug read as a name: "motion-hq-2" → "motion hq". */
const slugName = (slug: string) => slug.replace(/[-_]+/g, ' ').replace(/\s\d+$/, '');

/** The keys a dossier company is known by. */
export function companyOrgKeys(c: Pick<Company, 'name' | 'domains' | 'linkedinUrl'>): string[] {
  const slug = linkedinSlug(c.linkedinUrl);
  return [
    ...new Set([
      ...nameKeys(c.name),
      ...(slug ? [`u:${slug}`, ...nameKeys(slugName(slug))] : []),
      ...c.domains.filter((d) => !isWebmail(d)).map((d) => `d:${d}`),
    ]),
  ];
}

/**
 * The keys of where a connection works now: the company their LinkedIn export names, their
 * email's domain, and — when their profile was clipped — their current role's company and its
 * LinkedIn page. People who are not connections get none (they are matched by `currentCompanyId`).
 */
export function personOrgKeys(p: Pick<Person, 'connection' | 'experience'>): string[] {
  if (!p.connection) return [];
  const current = (p.experience ?? []).filter((e) => !e.end);
  const slugs = current.map((e) => linkedinSlug(e.companyUrl)).filter((s): s is string => !!s);
  return [
    ...new Set([
      ...nameKeys(p.connection.company),
      // Some people give their company as its address ("wrenfold.io").
      ...(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(p.connection.company?.trim() ?? '')
        ? [`d:${p.connection.company!.trim().toLowerCase()}`]
        : []),
      ...emailDomains(p.connection.email).map((d) => `d:${d}`),
      ...current.flatMap((e) => nameKeys(e.company)),
      ...slugs.map((s) => `u:${s}`),
    ]),
  ]
    .filter((k) => k.length <= 310)
    .slice(0, 20);
}

/** How sure a match is: `exact` on a full name, a domain or a LinkedIn page; `likely` on the core of a name. */
export function matchStrength(companyKeys: string[], personKeys: string[]): 'exact' | 'likely' | undefined {
  const mine = new Set(personKeys);
  if (companyKeys.some((k) => !k.startsWith('c:') && mine.has(k))) return 'exact';
  if (companyKeys.some((k) => k.startsWith('c:') && mine.has(k))) return 'likely';
  return undefined;
}

/**
 * The one company among `companies` a connection surely works at (a full name, a domain or a
 * LinkedIn page their export gives), or nothing when none or several match.
 */
export function sureEmployer<C extends Pick<Company, 'id' | 'name' | 'domains' | 'linkedinUrl'>>(
  companies: readonly C[],
  person: Pick<Person, 'connection' | 'orgs'>,
): C | undefined {
  if (!person.connection) return undefined;
  const sure = new Map(companies.filter((c) => matchStrength(companyOrgKeys(c), person.orgs ?? []) === 'exact').map((c) => [c.id, c]));
  return sure.size === 1 ? [...sure.values()][0] : undefined;
}
