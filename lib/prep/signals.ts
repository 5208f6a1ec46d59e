import { shownFact } from '../facts';
import type { Clip, Company, CompanyFactKey, Person, SelfProfile } from '../schema/dossier';
import type { ExperienceEntry } from '../schema/page-extraction';
import type { NewsItem, PrepInput } from './types';
import { foldWords } from '../text/fold';

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
  /** When they joined the current company (the start of their first role there). */
  tenureSince?: string;
  transitions: Array<Grounded<Transition>>;
  education: Array<Grounded<{ school?: string; degree?: string; field?: string; end?: string }>>;
  returnedToSchool?: Grounded<{ school?: string; degree?: string }>;
  commonGround: Array<Grounded<{ kind: 'school' | 'employer' | 'city' | 'field'; value: string }>>;
  targetRole?: Grounded<string>;
  selfField?: Grounded<string>;
  exploring?: Grounded<string>;
  people: Person[];
}

// Word edges that see accented letters (\b does not: "übernimmt" has none before "ü").
const w = (body: string) => new RegExp(`(?:^|[^\\p{L}])(?:${body})(?=$|[^\\p{L}])`, 'iu');
const NEWS_KINDS: Array<[NewsKind, RegExp]> = [
  [
    'layoffs',
    w('lay(?:s|ing)? off|layoffs?|job cuts|cuts? \\d+ jobs|redundanc\\p{L}*|restructur\\p{L}*|stellenabbau|licenciements?|plan social'),
  ],
  ['acquisition', w('acquir\\p{L}*|acquisition|to buy|buys|bought|merger|merges?|takeover|übernimmt|übernahme|rachète|rachat|fusion')],
  ['funding', w('raises?|raised|funding|series [a-e]|investment round|valuation|ipo|finanzierung\\p{L}*|lève|levée de fonds')],
  [
    'launch',
    w(
      'launch\\p{L}*|unveil\\p{L}*|introduc\\p{L}*|releases?|released|rolls? out|debuts?|new product|startet|lance|lancement|stellt .* vor',
    ),
  ],
  [
    'leadership',
    w(
      'appoint\\p{L}*|names? .* (?:ceo|cfo|cto|chief)|new (?:ceo|cfo|cto|chief)|steps? down|succeed\\p{L}*|ernennt|nomme|neue[rn]? (?:chef|vorstand)\\p{L}*',
    ),
  ],
  ['hiring', w('hire|hiring|to create \\d+|new jobs|\\d+ jobs|expand\\p{L}*|new office|opens?|hub|arbeitsplätze|recrute|embauche')],
  ['partnership', w('partner\\p{L}*|teams up|alliance|collaborat\\p{L}*|kooperation|partenariat')],
  ['award', w('award|wins|named (?:one of|best)|ranked|auszeichnung|prix')],
];

export function newsKind(title: string): NewsKind {
  return NEWS_KINDS.find(([, re]) => re.test(title))?.[0] ?? 'other';
}

function factSignal(company: Company | undefined, key: CompanyFactKey): Grounded<string> | undefined {
  if (!company) return undefined;
  const f = shownFact(company, key);
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

// German titles compound ("Abteilungsleiterin"): no word edge before leiter/leitung.
const MANAGER =
  /\b(manager|managerin|head|director|lead|vp|vice president|chief|responsable|directeur|directrice)\b|leiter(in)?\b|leitung\b/i;
const FUNCTIONS: Array<[string, RegExp]> = [
  [
    'engineering',
    /\b(engineer|developer|programmer|architect|sre|devops|ingénieure?|développeur|développeuse)\b|entwickler(in)?\b|ingenieur(in)?\b/i,
  ],
  ['design', /\b(design|ux|ui)\w*/i],
  ['research', /\b(research|scientist|analyst|forscher|chercheur)\w*/i],
  ['teaching', /\b(teacher|lecturer|professor|tutor|instructor|enseignante?)\b|lehrer(in)?\b/i],
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

const norm = foldWords;

function commonGround(person: Person | undefined, self: SelfProfile | undefined): Signals['commonGround'] {
  if (!person || !self) return [];
  const out: Signals['commonGround'] = [];
  const schools = new Set(self.schools.map(norm));
  for (const e of person.education)
    if (e.school && schools.has(norm(e.school)) && !out.some((c) => c.value.value === e.school))
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
  // Tenure at the company, not in the current title: follow earlier roles at the same company.
  let since = currentEntry?.start;
  if (currentEntry?.company) {
    for (const e of exp.slice(exp.indexOf(currentEntry) + 1)) {
      if (e.company !== currentEntry.company) break;
      if (e.start && (!since || e.start < since)) since = e.start;
    }
  }
  const tenureYears = yearsBetween(since, now);
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
    tenureSince: since,
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
