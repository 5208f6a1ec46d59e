import { z } from 'zod/mini';
import { isoDate, lineText, shortText } from './common';

/** One row of Connections.csv, cleaned. */
export const ConnectionRow = z.object({
  name: shortText,
  /** The connection's profile, normalised (https://www.linkedin.com/in/<slug>/); older exports have none. */
  profileUrl: z.optional(shortText),
  email: z.optional(shortText),
  company: z.optional(shortText),
  position: z.optional(shortText),
  since: z.optional(isoDate),
});
export type ConnectionRow = z.infer<typeof ConnectionRow>;

/** What Profile.csv, Positions.csv and Education.csv say about the user. */
export const SelfFromExport = z.object({
  name: z.optional(shortText),
  headline: z.optional(lineText),
  location: z.optional(shortText),
  industry: z.optional(shortText),
  /** Employers, current and most recent first. */
  employers: z.array(shortText).check(z.maxLength(500)),
  schools: z.array(shortText).check(z.maxLength(500)),
});
export type SelfFromExport = z.infer<typeof SelfFromExport>;

/** Connections.csv of the largest networks LinkedIn allows (30,000) fits well under this. */
export const MAX_CONNECTIONS = 50_000;

/** Everything Rapport reads from one LinkedIn data export (a .zip, or some of its CSV files). */
export const LinkedInExport = z.object({
  connections: z.optional(z.array(ConnectionRow).check(z.maxLength(MAX_CONNECTIONS))),
  self: z.optional(SelfFromExport),
  /** The files read, by their names in the export. */
  files: z.array(shortText),
  /** Rows of Connections.csv without a name, left out. */
  skippedRows: z.int(),
  /** Rows whose "Connected On" was not a date (kept, without a date). */
  undatedRows: z.int(),
});
export type LinkedInExport = z.infer<typeof LinkedInExport>;
