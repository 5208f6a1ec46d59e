import { companyNameKey } from '../../lib/db/names';
import type { Clip, Company, Person } from '../../lib/schema/dossier';
import { EXPORT_FORMAT, EXPORT_VERSION, type DossierExport } from '../../lib/schema/export';

/** A deterministic pseudo-random stream (mulberry32): the same dossier every run. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'logistics robotics forecasting platform customers revenue growth engineering design research hiring launch funding acquisition partnership warehouse freight energy health finance software data pipeline analytics product market team culture mission strategy operations supply chain manufacturing retail grocery fashion insurance payments banking security cloud infrastructure machine learning model sensors vehicles batteries solar wind turbines inspection compliance regulation europe america asia london berlin paris manchester seattle toronto sydney tokyo'.split(
    ' ',
  );

/**
 * A big dossier for the benchmark: 1,000 companies, 5,000 people, 20,000 clips of about 5 KB of
 * text each, 300 meetings of 20 questions (notes on a third). One company has 600 clips and 60 people (the "company with many clips").
 */
export function bigDossier(seed = 42): DossierExport {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const sentence = () => Array.from({ length: 8 + Math.floor(r() * 10) }, () => pick(WORDS)).join(' ') + '. ';
  const text = (chars: number) => {
    let s = '';
    while (s.length < chars) s += sentence();
    return s.slice(0, chars);
  };
  const at = Date.UTC(2026, 9, 1);
  const companies: Company[] = [];
  for (let i = 0; i < 1_000; i++) {
    const word = pick(WORDS);
    const name = `${word[0]!.toUpperCase()}${word.slice(1)} ${pick(['Robotics', 'Logistics', 'Analytics', 'Energy', 'Health', 'Payments', 'Foods', 'Systems'])} ${i}`;
    companies.push({
      id: `co${i}`,
      name,
      nameKey: companyNameKey(name),
      domains: [`company${i}.example`],
      facts: {},
      tags: [],
      createdAt: at,
      updatedAt: at + i,
    });
  }
  const clips: Clip[] = [];
  for (let i = 0; i < 20_000; i++) {
    const companyId = i < 600 ? 'co0' : `co${Math.floor(r() * 1_000)}`;
    const kind = pick(['company-page', 'article', 'article', 'company-profile'] as const);
    const title = sentence().slice(0, 70);
    const url = `https://company${companyId.slice(2)}.example/page/${i}`;
    clips.push({
      id: `cl${i}`,
      url,
      urlKey: url,
      title,
      kind,
      capturedAt: at + i * 1000,
      updatedAt: at + i * 1000,
      companyId,
      extraction: {
        kind,
        url,
        title,
        extractor: 'bench',
        sources: {},
        ...(kind === 'article' ? { article: { title, publishedAt: '2026-09-01' } } : {}),
      },
      text: text(5_000),
      siteName: `Site ${i % 50}`,
      ...(kind === 'article' ? { publishedAt: '2026-09-01' } : {}),
    });
  }
  // Facts on every company, citing its first clip.
  const firstClip = new Map<string, string>();
  for (const c of clips) if (!firstClip.has(c.companyId!)) firstClip.set(c.companyId!, c.id);
  for (const c of companies) {
    const src = firstClip.get(c.id);
    if (!src) continue;
    c.facts = {
      description: [{ value: text(300), sourceClipId: src, at }],
      size: [{ value: `${50 + Math.floor(r() * 5000)} employees`, sourceClipId: src, at }],
      headquarters: [{ value: pick(['London', 'Berlin', 'Manchester', 'Seattle', 'Toronto']), sourceClipId: src, at }],
      founded: [{ value: 1990 + Math.floor(r() * 35), sourceClipId: src, at }],
      industry: [{ value: pick(WORDS), sourceClipId: src, at }],
    };
  }
  const people: Person[] = [];
  for (let i = 0; i < 5_000; i++) {
    const companyId = i < 60 ? 'co0' : `co${Math.floor(r() * 1_000)}`;
    people.push({
      id: `pe${i}`,
      name: `${pick(['Ana', 'Ben', 'Chloé', 'Dev', 'Eva', 'Femi', 'Greta', 'Hiro', 'Ines', 'Jonas'])} ${pick(['Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Schmidt', 'Silva', 'Novak'])} ${i}`,
      currentTitle: `${pick(['Senior', 'Lead', 'Head of', 'Principal'])} ${pick(WORDS)} ${pick(['Engineer', 'Manager', 'Designer', 'Analyst'])}`,
      currentCompanyId: companyId,
      experience: [
        { title: 'Senior Engineer', company: companies[Number(companyId.slice(2))]!.name, start: '2019-07' },
        { title: 'Engineer', company: 'Earlier Co', start: '2015-01', end: '2019-06' },
      ],
      education: [{ school: 'University of Somewhere', degree: 'BSc', field: pick(WORDS), start: '2010', end: '2014' }],
      skills: [],
      status: pick(['to-contact', 'contacted', 'scheduled', 'met', 'thanked'] as const),
      tags: [],
      sourceClipIds: [],
      createdAt: at,
      updatedAt: at + i,
    });
  }
  const interviews = people.slice(0, 300).map((p, i) => ({
    id: `iv${i}`,
    personId: p.id,
    companyId: p.currentCompanyId,
    when: Date.UTC(2026, 11, 1 + (i % 28), 10),
    timeZone: 'Europe/London',
    durationMinutes: 30,
    status: 'planned' as const,
    createdAt: at,
    updatedAt: at,
  }));
  // Each meeting has its prep sheet of 20 questions; a third of the meetings have notes taken.
  const questions = interviews.flatMap((iv, i) =>
    Array.from({ length: 20 }, (_, q) => ({
      id: `q${i}x${q}`,
      interviewId: iv.id,
      text: `${sentence().slice(0, 80)}?`,
      category: pick(['path', 'role', 'company', 'industry', 'getting-in', 'upsides', 'closing'] as const),
      priority: q,
      mustAsk: q < 3,
      origin: 'suggested' as const,
      basis: [],
      asked: i % 3 === 0 && q < 8,
      ...(i % 3 === 0 && q < 8 ? { answerNotes: sentence() } : {}),
      order: q,
    })),
  );
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(at).toISOString(),
    companies,
    people,
    clips,
    interviews,
    questions,
    self: {
      id: 'me',
      name: 'Bench User',
      schools: ['University of Somewhere'],
      employers: ['Earlier Co'],
      field: 'robotics',
      targetRole: 'engineer',
      updatedAt: at,
    },
  };
}
