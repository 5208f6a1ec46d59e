/**
 * LinkedIn's signed-in pages carry their API answers as HTML-escaped JSON in
 * `<code id="bpr-guid-…">` blocks: `{data, included: [{$type, entityUrn, …}]}`. The DOM decodes
 * the escaping; this parses each block and returns the entities of all of them.
 */
export type Entity = Record<string, unknown> & { $type?: string; entityUrn?: string };

const MAX_BLOCK_CHARS = 3_000_000;

export function linkedinEntities(doc: Document): Entity[] {
  const out: Entity[] = [];
  for (const code of Array.from(doc.querySelectorAll('code[id^="bpr-guid-"], code[id^="datalet"] + code, code[style*="display: none"]'))) {
    if (code.id.startsWith('datalet-')) continue;
    const raw = code.textContent ?? '';
    if (raw.length > MAX_BLOCK_CHARS || !/^\s*[{[]/.test(raw)) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      continue;
    }
    const root = parsed as { included?: unknown; data?: unknown };
    if (Array.isArray(root.included)) for (const e of root.included) if (e && typeof e === 'object') out.push(e as Entity);
    if (root.data && typeof root.data === 'object' && (root.data as Entity).$type) out.push(root.data as Entity);
  }
  return out;
}

export function typeIs(e: Entity, suffix: RegExp): boolean {
  return typeof e.$type === 'string' && suffix.test(e.$type);
}

/** A string field, or the first value of a multi-locale map (`multiLocaleFirstName: {en_US: …}`). */
export function str(e: Entity | undefined, key: string): string | undefined {
  if (!e) return undefined;
  const v = e[key];
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.text === 'string') return o.text;
    const first = Object.values(o).find((x) => typeof x === 'string');
    if (typeof first === 'string') return first;
  }
  const multi = e[`multiLocale${key[0]!.toUpperCase()}${key.slice(1)}`];
  if (multi && typeof multi === 'object') {
    const first = Object.values(multi as Record<string, unknown>).find((x) => typeof x === 'string');
    if (typeof first === 'string') return first;
  }
  return undefined;
}

/** `{year: 2019, month: 3}` → "2019-03". */
export function ymd(v: unknown): string | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const d = v as { year?: unknown; month?: unknown; day?: unknown };
  if (typeof d.year !== 'number') return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (typeof d.month !== 'number') return String(d.year);
  if (typeof d.day !== 'number') return `${d.year}-${pad(d.month)}`;
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}
