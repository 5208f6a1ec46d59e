import { currentFact } from '../db/facts';
import type { Clip, Company, CompanyFactKey, Person, SelfProfile } from '../schema/dossier';
import type { ExperienceEntry } from '../schema/page-extraction';
import type { NewsItem, PrepInput } from './types';

/** A value and what it rests on. */
export interface Grounded<T> {
  value: T;
  basis: string[];
}

export type NewsKind = 'launch' | 'funding' | 'acquisition' | 'layoffs' | 'hiring' | 'leadership' | 'award' | 'partnership' | 'other';

export interface Transition {
  from: ExperienceEntry;
  to: ExperienceEntry;
  kind: 'company' | 'function' | 'industry';
}

/** What the dossier says, digested for the question bank. Computed once per sheet. */
export interface Signals {
  personName?: string;
  firstName?: string;
  companyName?: string;
  fact(key: CompanyFactKey): Grounded<string> | undefined;
  news: Array<NewsItem & { kind: NewsKind }>;
  jobs: Array<Grounded<{ title: string; team?: string }>>;
  current?: Grounded<ExperienceEntry>;
  tenureYears?: number;
  transitions: Array<Grounded<Transition>>;
  education: Array<Grounded<{ school?: string; degree?: string; field?: string; end?: string }>>;
  returnedToSchool?: Grounded<{ school?: string; degree?: string }>;
  commonGround: Array<Grounded<{ kind: 'school' | 'employer' | 'city' | 'field'; value: string }>>;
  targetRole?: Grounded<string>;
  selfField?: Grounded<string>;
  exploring?: Grounded<string>;
  people: Person[];
}

const NEWS_KINDS: Array<[NewsKind, RegExp]> = [
  ['layoffs', /\b(lay(?:s|ing)? off|layoffs?|job cuts|cuts? \d+ jobs|redundanc|restructur|Stellenabbau|licenciements?|plan social)\b/i],
  ['acquisition', /\b(acquir|acquisition|to buy|buys|bought|merger|merges?|takeover|übernimmt|Übernahme|rachète|rachat|fusion)\w*/i],
  ['funding', /\b(raises?|raised|funding|series [a-e]\b|investment round|valuation|IPO|Finanzierung|lève|levée de fonds)\b/i],
  ['launch', /\b(launch\w*|unveil\w*|introduc\w*|releases?|released|rolls? out|debuts?|new product|startet|lance|lancement)\b/i],
  ['leadership', /\b(appoint\w*|names? .* (?:CEO|CFO|CTO|chief)|new (?:CEO|CFO|CTO|chief)|steps? down|succeed\w*|ernennt|nomme)\b/i],
  ['hiring', /\b(hire|hiring|to create \d+|new jobs|\d+ jobs|expand\w*|new office|opens?|hub|Arbeitsplätze|recrute|embauche)\b/i],
  ['partnership', /\b(partner\w*|teams up|alliance|collaborat\w*|Kooperation|partenariat)\b/i],
  ['award', /\b(award|wins|named (?:one of|best)|ranked|Auszeichnung|prix)\b/i],
];

export function newsKind(title: string): NewsKind {
  return NEWS_KINDS.find(([, re]) => re.test(title))?.[0] ?? 'other';
}

function factSignal(company: Company | undefined, key: CompanyFactKey): Grounded<string> | undefined {
  if (!company) return undefined;
  const f = currentFact(company, key);
  if (!f) return undefined;
  const value = Array.isArray(f.value) ? f.value.join(', ') : String(f.value);
  return value ? { value, basis: [`fact:${key}:${f.sourceClipId}`] } : undefined;
}

function yearsBetween(start: string | undefined, now: number): number | undefined {
  if (!start) return undefined;
  const [y, m] = start.split('-').map(Number);
  if (!y) return undefined;
  const from = Date.UTC(y, (m ?? 1) - 1, 1);
  return Math.max(0, (now - from) / (365.25 * 24 * 3600 * 1000));
}

const MANAGER = /\b(manager|head|director|lead|vp|vice president|chief|leiter|responsable|directeur)\b/i;
const FUNCTIONS: Array<[string, RegExp]> = [
  ['engineering', /\b(engineer|developer|programmer|architect|sre|devops|entwickler|ingénieur|développeur)\b/i],
  ['design', /\b(design|ux|ui)\w*/i],
  ['research', /\b(research|scientist|analyst|forscher|chercheur)\w*/i],
  ['teaching', /\b(teacher|lecturer|professor|tutor|instructor|lehrer|enseignant)\b/i],
  ['sales', /\b(sales|account executive|business development|vertrieb|commercial)\b/i],
  ['marketing', /\b(marketing|brand|growth|content)\b/i],
  ['product', /\b(product manager|product owner|product lead|pm)\b/i],
  ['operations', /\b(operations|ops|logistics|supply chain)\b/i],
  ['finance', /\b(finance|accountant|controller|cfo|investment)\b/i],
  ['consulting', /\b(consultant|berater|conseil)\b/i],
];
const fn = (title = '') => FUNCTIONS.find(([, re]) => re.test(title))?.[0];

function transitions(person: Person): Array<Grounded<Transition>> {
  const exp = person.experience;
  const out: Array<Grounded<Transition>> = [];
  // Experience is newest first: entry i+1 came before entry i.
  for (let i = 0; i + 1 < exp.length && out.length < 3; i++) {
    const to = exp[i]!;
    const from = exp[i + 1]!;
    const basis = [`person:${person.id}:experience`];
    const [ft, tt] = [fn(from.title), fn(to.title)];
    if (!MANAGER.test(from.title ?? '') && MANAGER.test(to.title ?? '') && from.company === to.company)
      out.push({ value: { from, to, kind: 'function' }, basis });
    else if (ft && tt && ft !== tt) out.push({ value: { from, to, kind: 'industry' }, basis });
    else if (from.company && to.company && from.company !== to.company) out.push({ value: { from, to, kind: 'company' }, basis });
  }
  return out;
}

const norm = (s: string | undefined) =>
  (s ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function commonGround(person: Person | undefined, self: SelfProfile | undefined): Signals['commonGround'] {
  if (!person || !self) return [];
  const out: Signals['commonGround'] = [];
  const schools = new Set(self.schools.map(norm));
  for (const e of person.education)
    if (e.school && schools.has(norm(e.school)))
      out.push({ value: { kind: 'school', value: e.school }, basis: [`person:${person.id}:education`, 'self:schools'] });
  const employers = new Set(self.employers.map(norm));
  for (const e of person.experience)
    if (e.company && employers.has(norm(e.company)) && !out.some((c) => c.value.value === e.company))
      out.push({ value: { kind: 'employer', value: e.company }, basis: [`person:${person.id}:experience`, 'self:employers'] });
  const city = (s: string | undefined) => norm(s?.split(',')[0]);
  if (self.location && person.location && city(self.location) && city(self.location) === city(person.location))
    out.push({ value: { kind: 'city', value: person.location.split(',')[0]! }, basis: [`person:${person.id}:location`, 'self:location'] });
  if (self.field) {
    const f = norm(self.field);
    const shared = person.education.find((e) => e.field && (norm(e.field).includes(f) || f.includes(norm(e.field))));
    if (shared?.field) out.push({ value: { kind: 'field', value: shared.field }, basis: [`person:${person.id}:education`, 'self:field'] });
  }
  return out;
}

function newsOf(clips: Clip[], companyName: string | undefined): Signals['news'] {
  return clips
    .filter((c) => c.kind === 'article')
    .map((c) => ({
      title: c.extraction.article?.title ?? c.title,
      date: c.publishedAt,
      url: c.url,
      siteName: c.siteName,
      clipId: c.id,
      kind: newsKind(c.extraction.article?.title ?? c.title),
    }))
    .filter((n) => !companyName || n.title.toLowerCase().includes(companyName.toLowerCase().split(' ')[0]!) || true)
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.clipId.localeCompare(b.clipId));
}

export function signals(input: PrepInput): Signals {
  const { person, company, clips, self, now } = input;
  const exp = person?.experience ?? [];
  const currentEntry = exp.find((e) => !e.end) ?? undefined;
  const tenureYears = yearsBetween(currentEntry?.start, now);
  const firstJobStart = [...exp].reverse().find((e) => e.start)?.start;
  const returned = person?.education.find((e) => e.start && firstJobStart && e.start > firstJobStart);
  const jobs = clips.flatMap((c) =>
    (c.extraction.jobs ?? []).map((j) => ({ value: { title: j.title, team: j.team }, basis: [`clip:${c.id}`] })),
  );
  return {
    personName: person?.name,
    firstName: person?.name.split(/\s+/)[0],
    companyName: company?.name,
    fact: (key) => factSignal(company, key),
    news: newsOf(clips, company?.name),
    jobs,
    current: currentEntry && person ? { value: currentEntry, basis: [`person:${person.id}:experience`] } : undefined,
    tenureYears,
    transitions: person ? transitions(person) : [],
    education: person ? person.education.map((e) => ({ value: e, basis: [`person:${person.id}:education`] })) : [],
    returnedToSchool:
      returned && person ? { value: returned, basis: [`person:${person.id}:education`, `person:${person.id}:experience`] } : undefined,
    commonGround: commonGround(person, self),
    targetRole: self?.targetRole ? { value: self.targetRole, basis: ['self:targetRole'] } : undefined,
    selfField: self?.field ? { value: self.field, basis: ['self:field'] } : undefined,
    exploring: self?.exploring ? { value: self.exploring, basis: ['self:exploring'] } : undefined,
    people: [],
  };
}
