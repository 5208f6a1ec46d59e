const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const month = (name: string) => {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i < 0 ? undefined : i + 1;
};
const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d?: number): boolean {
  if (y < 1900 || y > 2200 || m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * A date as LinkedIn's export writes it, as an ISO date of the same precision:
 * "12 Nov 2024" → "2024-11-12", "Nov 12, 2024" → "2024-11-12", "Mar 2021" → "2021-03",
 * "2019" → "2019", "2024-11-12" stays, "11/12/24" (US order) → "2024-11-12". Else undefined.
 */
export function exportDate(raw: string | undefined): string | undefined {
  const s = raw?.trim();
  if (!s) return undefined;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ -,]+(\d{2}|\d{4})$/.exec(s))) {
    const mo = month(m[2]!);
    const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return mo && valid(y, mo, Number(m[1])) ? `${y}-${pad(mo)}-${pad(Number(m[1]))}` : undefined;
  }
  if ((m = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/.exec(s))) {
    const mo = month(m[1]!);
    const y = Number(m[3]);
    return mo && valid(y, mo, Number(m[2])) ? `${y}-${pad(mo)}-${pad(Number(m[2]))}` : undefined;
  }
  if ((m = /^([A-Za-z]{3,9})\.? (\d{4})$/.exec(s))) {
    const mo = month(m[1]!);
    return mo && valid(Number(m[2]), mo) ? `${m[2]}-${pad(mo)}` : undefined;
  }
  if ((m = /^(\d{4})$/.exec(s))) return valid(Number(m[1]), 1) ? m[1] : undefined;
  if ((m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(s))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined];
    return valid(y, mo, d) ? s : undefined;
  }
  if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(s))) {
    const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const [mo, d] = [Number(m[1]), Number(m[2])];
    return valid(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : undefined;
  }
  return undefined;
}
