import { headerKey, isBlank, type CsvRow } from './csv';

/** The files of LinkedIn's data export that Rapport reads. Nothing else in the archive is opened. */
export type ExportFileKind = 'connections' | 'profile' | 'positions' | 'education';

/** The columns that tell each file apart (older exports lack some others, such as URL). */
const SIGNATURES: Record<ExportFileKind, string[]> = {
  connections: ['first name', 'last name', 'connected on'],
  profile: ['first name', 'last name', 'headline'],
  positions: ['company name', 'title', 'started on'],
  education: ['school name', 'start date', 'end date'],
};

export const FILE_NAMES: Record<ExportFileKind, string> = {
  connections: 'Connections.csv',
  profile: 'Profile.csv',
  positions: 'Positions.csv',
  education: 'Education.csv',
};

/** The kind a file name says ("Basic_LinkedInDataExport/Connections.csv", "Connections (1).csv"). */
export function kindByName(name: string): ExportFileKind | undefined {
  const base = name.split('/').pop()!.toLowerCase();
  return (Object.keys(FILE_NAMES) as ExportFileKind[]).find((k) => base.startsWith(k));
}

/**
 * Where the header row is and which file it makes this: LinkedIn puts a few lines of notes before
 * the header of Connections.csv, so the first ten rows are searched.
 */
export function findHeader(rows: CsvRow[]): { kind: ExportFileKind; index: number; columns: Map<string, number> } | undefined {
  for (let i = 0; i < Math.min(rows.length, 10); i++) {
    if (isBlank(rows[i]!)) continue;
    const keys = rows[i]!.cells.map(headerKey);
    for (const kind of Object.keys(SIGNATURES) as ExportFileKind[]) {
      if (SIGNATURES[kind].every((c) => keys.includes(c))) return { kind, index: i, columns: new Map(keys.map((k, j) => [k, j])) };
    }
  }
  return undefined;
}
