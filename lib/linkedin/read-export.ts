import { unzipSync } from 'fflate';
import { linkedinProfileUrl } from '../extract/facts';
import { LIMITS } from '../schema/common';
import { type ConnectionRow, LinkedInExport, MAX_CONNECTIONS, type SelfFromExport } from '../schema/linkedin';
import { type CsvRow, isBlank, parseCsv } from './csv';
import { exportDate } from './dates';
import { type ExportFileKind, FILE_NAMES, findHeader, kindByName } from './files';

export type ReadResult = { ok: true; data: LinkedInExport } | { ok: false; error: string };

/** A file as the user picked it: a .zip archive or one CSV. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/** A zip archive this large is not a LinkedIn export (a full one with messages is a few MB). */
export const MAX_ARCHIVE_BYTES = 200_000_000;
const NOTHING = 'Nothing was imported.';

const clip = (s: string | undefined, max: number = LIMITS.short) => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, max) : undefined;
};

/**
 * Reads the user's LinkedIn data export — the whole archive or single CSV files — into what
 * Rapport keeps. Pure: no storage. A file that cannot be read whole gives a sentence saying which
 * and why, and nothing of any file is kept.
 */
export function readLinkedInExport(picked: PickedFile[]): ReadResult {
  const texts: Array<{ name: string; text: string }> = [];
  for (const f of picked) {
    if (f.bytes.length > MAX_ARCHIVE_BYTES) return { ok: false, error: `${f.name} is too large to be a LinkedIn export. ${NOTHING}` };
    const isZip = f.bytes[0] === 0x50 && f.bytes[1] === 0x4b && f.bytes[2] === 0x03 && f.bytes[3] === 0x04;
    if (isZip) {
      let entries: Record<string, Uint8Array>;
      try {
        // Only the four files Rapport reads are decompressed; messages and the rest stay shut.
        entries = unzipSync(f.bytes, {
          filter: (e) => !e.name.endsWith('/') && kindByName(e.name) !== undefined && e.name.endsWith('.csv'),
        });
      } catch (err) {
        return {
          ok: false,
          error: `${f.name} is not a readable .zip archive (${err instanceof Error ? err.message : 'damaged'}). ${NOTHING}`,
        };
      }
      const names = Object.keys(entries);
      if (!names.length)
        return {
          ok: false,
          error: `${f.name} does not look like a LinkedIn data export: it holds no Connections.csv, Profile.csv, Positions.csv or Education.csv. ${NOTHING}`,
        };
      for (const n of names) texts.push({ name: n.split('/').pop()!, text: decode(entries[n]!) });
    } else if (/\.csv$/i.test(f.name) || !/\.[a-z0-9]+$/i.test(f.name)) {
      texts.push({ name: f.name, text: decode(f.bytes) });
    } else {
      return { ok: false, error: `${f.name} is neither LinkedIn's .zip archive nor one of its .csv files. ${NOTHING}` };
    }
  }
  if (!texts.length) return { ok: false, error: `Choose LinkedIn's .zip archive or its Connections.csv. ${NOTHING}` };

  const tables = new Map<ExportFileKind, { name: string; rows: CsvRow[]; columns: Map<string, number>; start: number }>();
  for (const t of texts) {
    let rows: CsvRow[];
    try {
      rows = parseCsv(t.text);
    } catch (err) {
      return { ok: false, error: `${t.name} is damaged: ${err instanceof Error ? err.message : 'it cannot be read'}. ${NOTHING}` };
    }
    const header = findHeader(rows);
    if (!header) {
      const expected = kindByName(t.name);
      return {
        ok: false,
        error: expected
          ? `${t.name} does not have the columns of LinkedIn's ${FILE_NAMES[expected]} (for Connections.csv: First Name, Last Name, URL, Email Address, Company, Position, Connected On). ${NOTHING}`
          : `${t.name} is not one of the LinkedIn export files Rapport reads (Connections.csv, Profile.csv, Positions.csv, Education.csv). ${NOTHING}`,
      };
    }
    if (tables.has(header.kind)) return { ok: false, error: `Two files are ${FILE_NAMES[header.kind]}: choose one. ${NOTHING}` };
    const width = rows[header.index]!.cells.length;
    for (const r of rows.slice(header.index + 1)) {
      if (isBlank(r)) continue;
      if (r.cells.length !== width)
        return {
          ok: false,
          error: `${t.name} is damaged: line ${r.line} has ${r.cells.length} fields where its header has ${width}. ${NOTHING}`,
        };
    }
    tables.set(header.kind, { name: t.name, rows, columns: header.columns, start: header.index + 1 });
  }

  const cell = (table: { columns: Map<string, number> }, r: CsvRow, col: string) => {
    const i = table.columns.get(col);
    return i === undefined ? undefined : r.cells[i];
  };
  const body = (kind: ExportFileKind) => {
    const t = tables.get(kind);
    return t ? t.rows.slice(t.start).filter((r) => !isBlank(r)) : [];
  };

  let skippedRows = 0;
  let undatedRows = 0;
  let connections: ConnectionRow[] | undefined;
  const ct = tables.get('connections');
  if (ct) {
    const rows = body('connections');
    if (rows.length > MAX_CONNECTIONS)
      return { ok: false, error: `${ct.name} lists ${rows.length} connections; Rapport reads up to ${MAX_CONNECTIONS}. ${NOTHING}` };
    // The same profile twice (it happens in merged files): the later row wins.
    const byKey = new Map<string, ConnectionRow>();
    for (const r of rows) {
      const name = clip([cell(ct, r, 'first name'), cell(ct, r, 'last name')].filter(Boolean).join(' '));
      if (!name) {
        skippedRows++;
        continue;
      }
      const rawDate = cell(ct, r, 'connected on');
      const since = exportDate(rawDate);
      if (rawDate?.trim() && !since) undatedRows++;
      const profileUrl = linkedinProfileUrl(cell(ct, r, 'url')?.trim());
      const row: ConnectionRow = strip({
        name,
        profileUrl,
        email: clip(cell(ct, r, 'email address')),
        company: clip(cell(ct, r, 'company')),
        position: clip(cell(ct, r, 'position')),
        since,
      });
      byKey.set(profileUrl ?? `name:${name.toLowerCase()}|${row.company?.toLowerCase() ?? ''}`, row);
    }
    connections = [...byKey.values()];
  }

  const self = readSelf(tables, body, cell);
  const parsed = LinkedInExport.safeParse({
    connections,
    self,
    files: [...tables.values()].map((t) => t.name),
    skippedRows,
    undatedRows,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: `The export could not be read${issue?.path.length ? ` at ${issue.path.join('.')}` : ''}: ${issue?.message}. ${NOTHING}`,
    };
  }
  return { ok: true, data: parsed.data };
}

function readSelf(
  tables: Map<ExportFileKind, { columns: Map<string, number> }>,
  body: (k: ExportFileKind) => CsvRow[],
  cell: (t: { columns: Map<string, number> }, r: CsvRow, col: string) => string | undefined,
): SelfFromExport | undefined {
  const pt = tables.get('profile');
  const post = tables.get('positions');
  const et = tables.get('education');
  if (!pt && !post && !et) return undefined;
  const me = pt ? body('profile')[0] : undefined;
  // Current roles first, then by start, newest first.
  const positions = post
    ? body('positions')
        .map((r) => ({
          company: clip(cell(post, r, 'company name')),
          start: exportDate(cell(post, r, 'started on')) ?? '',
          current: !cell(post, r, 'finished on')?.trim(),
        }))
        .filter((p) => p.company)
        .sort((a, b) => Number(b.current) - Number(a.current) || b.start.localeCompare(a.start))
    : [];
  const schools = et
    ? body('education')
        .map((r) => ({ school: clip(cell(et, r, 'school name')), end: exportDate(cell(et, r, 'end date')) ?? '' }))
        .filter((s) => s.school)
        .sort((a, b) => b.end.localeCompare(a.end))
    : [];
  return strip({
    name: me && pt ? clip([cell(pt, me, 'first name'), cell(pt, me, 'last name')].filter(Boolean).join(' ')) : undefined,
    headline: me && pt ? clip(cell(pt, me, 'headline'), LIMITS.line) : undefined,
    location: me && pt ? clip(cell(pt, me, 'geo location')) : undefined,
    industry: me && pt ? clip(cell(pt, me, 'industry')) : undefined,
    employers: [...new Set(positions.map((p) => p.company!))].slice(0, 500),
    schools: [...new Set(schools.map((s) => s.school!))].slice(0, 500),
  });
}

function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

function strip<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
