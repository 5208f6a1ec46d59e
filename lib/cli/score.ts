/**
 * Field-by-field scoring of extractions against expected files: for every field path, how many
 * pages state it (expected), how many extractions fill it (extracted), how many agree (correct).
 * Recall = correct / expected; precision = correct / extracted.
 */
export interface FieldScore {
  expected: number;
  extracted: number;
  correct: number;
}

export type Scores = Map<string, FieldScore>;

const GROUPS = ['company', 'person', 'article'] as const;
const LISTS = ['people', 'jobs'] as const;

/** Flatten into comparable leaves: `company.size`, `person.experience[0].title`, `people[Jane Roe]`. */
export function leaves(x: Record<string, unknown> | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!x) return out;
  if (x.kind !== undefined) out.set('kind', String(x.kind));
  for (const g of GROUPS) {
    const obj = x[g] as Record<string, unknown> | undefined;
    if (!obj) continue;
    for (const [k, v] of Object.entries(obj)) {
      if (v === undefined) continue;
      if (Array.isArray(v) && v.some((i) => i && typeof i === 'object')) {
        v.forEach((entry, i) => {
          for (const [ek, ev] of Object.entries(entry as Record<string, unknown>)) out.set(`${g}.${k}[${i}].${ek}`, norm(ev));
        });
      } else out.set(`${g}.${k}`, norm(v));
    }
  }
  for (const l of LISTS) {
    const list = x[l] as Array<Record<string, unknown>> | undefined;
    for (const item of list ?? []) {
      const id = String(item.name ?? item.title ?? '');
      out.set(`${l}[${id}]`, norm(item));
    }
  }
  return out;
}

function norm(v: unknown): string {
  if (Array.isArray(v) && v.every((i) => typeof i === 'string')) return JSON.stringify([...v].sort());
  if (v && typeof v === 'object') return JSON.stringify(Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))));
  return JSON.stringify(v);
}

/** The field name a leaf counts under: `person.experience[3].title` → `person.experience[].title`, `people[X]` → `people`. */
export function fieldOf(path: string): string {
  return path.replace(/\[\d+\]/g, '[]').replace(/^(people|jobs)\[.*\]$/, '$1');
}

export function scorePage(
  scores: Scores,
  expected: Record<string, unknown>,
  actual: Record<string, unknown>,
): { missed: string[]; wrong: Array<{ path: string; expected: string; actual: string }>; extra: string[] } {
  const e = leaves(expected);
  const a = leaves(actual);
  const missed: string[] = [];
  const wrong: Array<{ path: string; expected: string; actual: string }> = [];
  const extra: string[] = [];
  const bump = (path: string, k: keyof FieldScore) => {
    const f = fieldOf(path);
    const s = scores.get(f) ?? { expected: 0, extracted: 0, correct: 0 };
    s[k]++;
    scores.set(f, s);
  };
  for (const [path, value] of e) {
    bump(path, 'expected');
    if (!a.has(path)) missed.push(path);
    else if (a.get(path) === value) bump(path, 'correct');
    else wrong.push({ path, expected: value, actual: a.get(path)! });
  }
  for (const path of a.keys()) {
    bump(path, 'extracted');
    if (!e.has(path)) extra.push(path);
  }
  return { missed, wrong, extra };
}

export function totals(scores: Scores): FieldScore {
  const t = { expected: 0, extracted: 0, correct: 0 };
  for (const s of scores.values()) {
    t.expected += s.expected;
    t.extracted += s.extracted;
    t.correct += s.correct;
  }
  return t;
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');

export function table(scores: Scores): string {
  const rows = [...scores.entries()].sort(([a], [b]) => a.localeCompare(b));
  const width = Math.max(24, ...rows.map(([f]) => f.length));
  const line = (f: string, s: FieldScore) =>
    `${f.padEnd(width)}  ${String(s.expected).padStart(8)}  ${String(s.extracted).padStart(9)}  ${String(s.correct).padStart(7)}  ${pct(s.correct, s.expected).padStart(7)}  ${pct(s.correct, s.extracted).padStart(9)}`;
  const head = `${'field'.padEnd(width)}  ${'expected'.padStart(8)}  ${'extracted'.padStart(9)}  ${'correct'.padStart(7)}  ${'recall'.padStart(7)}  ${'precision'.padStart(9)}`;
  return [
    head,
    '-'.repeat(head.length),
    ...rows.map(([f, s]) => line(f, s)),
    '-'.repeat(head.length),
    line('OVERALL', totals(scores)),
  ].join('\n');
}
