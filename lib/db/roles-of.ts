import type { Clip } from '../schema/dossier';

/** The company whose open roles a clip lists — a job posting or a careers page — else undefined. */
export function rolesOf(c: Pick<Clip, 'companyId' | 'kind' | 'extraction'>): string | undefined {
  if (!c.companyId) return undefined;
  const x = c.extraction;
  if ((c.kind === 'job-posting' && x.job?.title) || (x.jobs?.length ?? 0) > 0) return c.companyId;
  return undefined;
}
