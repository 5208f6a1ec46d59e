/**
 * Dates as pages write them, to ISO `YYYY-MM-DD` (or `YYYY-MM`, `YYYY` when that is all the page
 * says). English, German and French month names; ISO strings; RFC 2822. No time zone guessing:
 * the calendar date the page states is the date kept.
 */
const MONTHS: Record<string, number> = {};
const NAMES: Array<[string[], number]> = [
  [['jan', 'january', 'januar', 'jänner', 'janvier', 'janv'], 1],
  [['feb', 'february', 'februar', 'février', 'fevrier', 'févr', 'fevr'], 2],
  [['mar', 'march', 'märz', 'maerz', 'mars'], 3],
  [['apr', 'april', 'avril', 'avr'], 4],
  [['may', 'mai'], 5],
  [['jun', 'june', 'juni', 'juin'], 6],
  [['jul', 'july', 'juli', 'juillet', 'juil'], 7],
  [['aug', 'august', 'août', 'aout'], 8],
  [['sep', 'sept', 'september', 'septembre'], 9],
  [['oct', 'october', 'okt', 'oktober', 'octobre'], 10],
  [['nov', 'november', 'novembre'], 11],
  [['dec', 'december', 'dez', 'dezember', 'décembre', 'decembre', 'déc'], 12],
];
for (const [names, n] of NAMES) for (const name of names) MONTHS[name] = n;

const pad = (n: number) => String(n).padStart(2, '0');
const validYear = (y: number) => y >= 1600 && y <= 2200;

export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')];
}

export function toIsoDate(value: unknown): string | undefined {
  if (typeof value === 'number' && validYear(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const s = value.trim().slice(0, 100);
  let m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:$|[T\s])/.exec(s);
  if (m && validYear(+m[1]!)) {
    const [, y, mo, d] = m;
    if (!mo) return y;
    if (+mo < 1 || +mo > 12) return y;
    if (!d) return `${y}-${pad(+mo)}`;
    return +d >= 1 && +d <= 31 ? `${y}-${pad(+mo)}-${pad(+d)}` : `${y}-${pad(+mo)}`;
  }
  const dated = numericDate(s, true);
  if (dated) return dated;
  // 5 March 2024 · 5. März 2024 · 5 mars 2024 · 1er juin 2023
  m = /(\d{1,2})(?:er|\.)?\s+([\p{L}]+\.?)\s+(\d{4})/u.exec(s);
  if (m && monthNumber(m[2]!) && validYear(+m[3]!)) return `${m[3]}-${pad(monthNumber(m[2]!)!)}-${pad(+m[1]!)}`;
  // March 5, 2024 · Mar 5 2024
  m = /([\p{L}]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/u.exec(s);
  if (m && monthNumber(m[1]!) && validYear(+m[3]!)) return `${m[3]}-${pad(monthNumber(m[1]!)!)}-${pad(+m[2]!)}`;
  // March 2024 · März 2024
  m = /([\p{L}]+\.?)\s+(\d{4})\b/u.exec(s);
  if (m && monthNumber(m[1]!) && validYear(+m[2]!)) return `${m[2]}-${pad(monthNumber(m[1]!)!)}`;
  // 05/03/2024 is ambiguous between countries: only the year is certain.
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(s);
  if (m && validYear(+m[3]!)) return m[3];
  m = /^(\d{4})$/.exec(s);
  if (m && validYear(+m[1]!)) return m[1];
  return undefined;
}

/**
 * Dates written with digits only that say which part is which: `2019.03.08` and `2019/03/08`
 * (year first), `2019年4月4日` (Japanese, Chinese), `18.11.2019` (dots are day-first wherever
 * they are used). `05/03/2024` is not among them: the day and month depend on the country.
 */
function numericDate(s: string, anchored: boolean): string | undefined {
  const at = anchored ? '^' : '(?:^|[^\\d])';
  const ymd = new RegExp(`${at}(\\d{4})(?:[./]|年\\s*)(\\d{1,2})(?:[./]|月\\s*)(\\d{1,2})(?:日|(?!\\d))`).exec(s);
  if (ymd) return ymdOf(+ymd[1]!, +ymd[2]!, +ymd[3]!);
  const dmy = new RegExp(`${at}(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?!\\d)`).exec(s);
  if (dmy) return ymdOf(+dmy[3]!, +dmy[2]!, +dmy[1]!);
  return undefined;
}

function ymdOf(y: number, m: number, d: number): string | undefined {
  if (!validYear(y) || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * A date somewhere in a short visible text: a byline's "Nov. 19, 2019 5:50 PM", "Published Oct
 * 19, 2022", "2019年4月4日", "Chris Davies - Nov 19, 2019, 8:15 pm CST". Needs a day: a bare
 * month or year in a line of text is too often something else.
 */
export function dateInText(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const s = text.slice(0, 300);
  const iso = /(?:^|[^\d])(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(s);
  if (iso) return ymdOf(+iso[1]!, +iso[2]!, +iso[3]!);
  const found = numericDate(s, false) ?? toIsoDate(s.replace(/^[^\p{L}\d]+/u, ''));
  if (found && found.length === 10) return found;
  // A byline holds the date after the names ("… Indu Nandakumar, ET Bureau | Jul 17, 2013, 10.13 AM
  // IST"), past the first hundred characters toIsoDate reads: each part of the line on its own.
  for (const part of s.split(/\s*[|•·]\s*|\s+[–—-]\s+/).slice(1)) {
    const date = toIsoDate(part.replace(/^[^\p{L}\d]+/u, ''));
    if (date && date.length === 10) return date;
  }
  return undefined;
}

/** The year of a date-ish value ("2012", "2012-05-01", "Founded in May 2012"). */
export function yearOf(value: unknown): number | undefined {
  if (typeof value === 'number') return validYear(value) ? value : undefined;
  const iso = toIsoDate(value);
  if (iso) return +iso.slice(0, 4);
  if (typeof value !== 'string') return undefined;
  const m = /\b(1[6-9]\d\d|2[01]\d\d)\b/.exec(value);
  return m ? +m[1]! : undefined;
}
