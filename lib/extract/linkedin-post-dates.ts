/**
 * When a LinkedIn post was written. Its address holds the time: the activity id's high bits are
 * the epoch milliseconds (an id is `ms << 22 | sequence`), so `urn:li:activity:7444433092200562688`
 * was posted on 30 March 2026, exactly. Without it, the feed shows only an age ("3h", "2w",
 * "3mo", "1yr"), which says when the post was written relative to when the page was saved: the
 * date it gives is approximate, and said so.
 */

/** "3w •", "1mo • Edited •", "2 yrs": the age the feed shows beside the author. */
export const POST_AGE = /^(\d{1,3}\s?(?:s|m|min|h|hr|d|w|wk|mo|y|yr|yrs)|now|just now)\b\s*(?:•|·|$)/i;

const MIN = Date.UTC(2012, 0, 1);
const MAX = Date.UTC(2100, 0, 1);

/** The day an activity id was posted (ISO, UTC), or undefined when the id gives no plausible time. */
export function activityDate(id: string): string | undefined {
  if (!/^\d{15,22}$/.test(id)) return undefined;
  const ms = Number(BigInt(id) >> 22n);
  return ms >= MIN && ms < MAX ? new Date(ms).toISOString().slice(0, 10) : undefined;
}

const DAY = 86_400_000;

/**
 * A post's date as a reader should take it: the exact day its address gives, else its age counted
 * back from when the page was clipped, to the precision the age allows (a day for hours, days and
 * weeks; the month for "3mo"; the year for "2yr") and marked `approx`.
 */
export function postDate(post: { date?: string; age?: string }, clippedAt: number): { date: string; approx: boolean } | undefined {
  if (post.date) return { date: post.date, approx: false };
  const m = /^(\d{1,3})\s?(s|m|min|h|hr|d|w|wk|mo|y|yr|yrs)$/i.exec(post.age?.trim() ?? '');
  if (/^(just )?now$/i.test(post.age?.trim() ?? '')) return { date: new Date(clippedAt).toISOString().slice(0, 10), approx: true };
  if (!m || !Number.isFinite(clippedAt)) return undefined;
  const n = Number(m[1]);
  const unit = m[2]!.toLowerCase();
  const at = new Date(clippedAt);
  if (unit === 'mo') {
    at.setUTCMonth(at.getUTCMonth() - n);
    return { date: at.toISOString().slice(0, 7), approx: true };
  }
  if (unit.startsWith('y')) return { date: String(at.getUTCFullYear() - n), approx: true };
  const days = unit === 'd' ? n : unit.startsWith('w') ? 7 * n : 0;
  return { date: new Date(clippedAt - days * DAY).toISOString().slice(0, 10), approx: true };
}
