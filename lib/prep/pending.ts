import type { Clip } from '../schema/dossier';
import { isRecent } from './dates';
import { companyNames, type NamedCompany } from './events';
import { pendingDeal } from './story-lead';

/** A deal a recent story reports as planned, not closed: for "handle with care", never a question. */
export interface PendingDeal {
  value: { sentence: string; date?: string; url: string; source: string };
  basis: string[];
}

/**
 * The deals still pending in the dossier's stories about the company: those whose title names it,
 * and those saved to it whose title names others (a roundup of the month's deals), when the
 * sentence names the company — another company's deal in the same roundup is not its news.
 */
export function pendingDeals(
  titled: Clip[],
  clips: Clip[],
  company: (NamedCompany & { id?: string }) | undefined,
  meetingAt: number,
): PendingDeal[] {
  if (!company) return [];
  const saved = clips.filter(
    (c) => c.kind === 'article' && !titled.includes(c) && c.companyId === company.id && isRecent(c.publishedAt, meetingAt),
  );
  const names = companyNames(company);
  return [...titled.map((c) => ({ c, names: undefined })), ...saved.map((c) => ({ c, names }))].flatMap(({ c, names: n }) => {
    const sentence = pendingDeal(c, n);
    return sentence
      ? [{ value: { sentence, date: c.publishedAt, url: c.url, source: c.siteName ?? 'a story you clipped' }, basis: [`clip:${c.id}`] }]
      : [];
  });
}
