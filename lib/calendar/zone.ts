/** Offsets of an IANA time zone, with one formatter per zone (building formatters is the slow part). */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The offset of `timeZone` from UTC at instant `ms`, in minutes; throws on an unknown zone. */
export function offsetMinutes(ms: number, timeZone: string): number {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  const parts = f.formatToParts(new Date(ms));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

export interface Transition {
  /** The instant the offset changes, epoch ms. */
  at: number;
  from: number;
  to: number;
}

const DAY = 86_400_000;

/** Every change of offset between `start` and `end`: found day by day, then to the second. */
export function transitions(timeZone: string, start: number, end: number): Transition[] {
  const out: Transition[] = [];
  let prev = offsetMinutes(start, timeZone);
  for (let t = start + DAY; t <= end; t += DAY) {
    const now = offsetMinutes(t, timeZone);
    if (now === prev) continue;
    let lo = t - DAY;
    let hi = t;
    while (hi - lo > 1000) {
      const mid = Math.floor((lo + hi) / 2000) * 1000;
      if (offsetMinutes(mid, timeZone) === prev) lo = mid;
      else hi = mid;
    }
    out.push({ at: hi, from: prev, to: now });
    prev = now;
  }
  return out;
}
