import { z } from 'zod/mini';
import { Clip, Company, Interview, Person, Question, SelfProfile } from './dossier';

export const EXPORT_FORMAT = 'rapport-dossier';
/** Raise when the export's shape changes; lib/db/import.ts upgrades every older version. */
export const EXPORT_VERSION = 1;

const big = <T extends z.core.SomeType>(item: T) => z.array(item).check(z.maxLength(1_000_000));

/** The whole dossier as one file: what "Export" writes and "Import" reads. */
export const DossierExport = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.int().check(z.positive()),
  exportedAt: z.string(),
  companies: big(Company),
  people: big(Person),
  clips: big(Clip),
  interviews: big(Interview),
  questions: big(Question),
  self: z.optional(SelfProfile),
});
export type DossierExport = z.infer<typeof DossierExport>;

/** The records of a dossier, however they were read (database or file). */
export type DossierData = Pick<DossierExport, 'companies' | 'people' | 'clips' | 'interviews' | 'questions' | 'self'>;

/** What an export file holds, shown before importing it. */
export interface ImportCounts {
  companies: number;
  people: number;
  clips: number;
  interviews: number;
  questions: number;
  self: number;
}
