import type { Company, Interview, Person } from '../schema/dossier';
import { STATUS_LABELS } from '../ui/format';

/** One RFC 4180 field: quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(value: unknown): string {
  const s = value === undefined || value === null ? '' : String(value);
  // A leading = + - @ makes spreadsheets run a formula: neutralise it (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRows(rows: unknown[][]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The byte-order mark that makes spreadsheets read the file as UTF-8 (accents, non-Latin names). */
export const BOM = '\uFEFF';

/** Contacts as CSV: one row a person, for spreadsheets and address books. */
export function contactsCsv(people: Person[], companies: Map<string, Company>, interviews: Interview[]): string {
  const byId = new Map(people.map((p) => [p.id, p]));
  const nextMeeting = (p: Person) =>
    interviews.filter((i) => i.personId === p.id && i.status === 'planned').sort((a, b) => a.when - b.when)[0];
  const header = ['Name', 'Title', 'Company', 'Status', 'Location', 'Profile URL', 'Tags', 'Referred by', 'Next meeting', 'Notes'];
  const rows = [...people]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((p) => {
      const m = nextMeeting(p);
      return [
        p.name,
        p.currentTitle ?? p.headline ?? '',
        p.currentCompanyId ? (companies.get(p.currentCompanyId)?.name ?? '') : '',
        p.status ? STATUS_LABELS[p.status] : 'Not in the pipeline',
        p.location ?? '',
        p.profileUrl ?? '',
        p.tags.join('; '),
        p.referredBy ? (byId.get(p.referredBy)?.name ?? '') : '',
        m ? new Date(m.when).toISOString() : '',
        p.notes ?? '',
      ];
    });
  return BOM + csvRows([header, ...rows]);
}
