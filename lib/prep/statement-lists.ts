import { listing } from './clean';
import { type Page, type Statement, onPage, quoted, words } from './statement-page';
import { COMPANY_COVER, FOUNDING, PERSONAL_QUALIFICATION, QUALIFICATIONS_HEADING } from './statement-words';

// The lists a company's own page sets out (a timeline, its qualifications), read from the page's
// lines: read by lib/prep/statements.ts.

/**
 * A timeline: three or more lines that are a year alone, each followed by a short title (and a
 * line telling it). Its founding is known already, and years before it are the founder's; the
 * latest two other steps are the hook ("2015 “Expansion dans tout le Rhône”").
 */
export function timeline(page: Page, meetingYear: number): Statement[] {
  const entries: Array<{ year: number; title: string; detail?: string }> = [];
  page.lines.forEach((line, i) => {
    if (!/^(?:19|20)\d\d$/.test(line)) return;
    const title = page.lines[i + 1];
    if (!title || words(title) > 8 || /[.!?]$/.test(title) || /^(?:19|20)\d\d$/.test(title)) return;
    const detail = page.lines[i + 2];
    entries.push({ year: Number(line), title, detail: detail && !/^(?:19|20)\d\d$/.test(detail) ? detail : undefined });
  });
  if (entries.length < 3 || entries.some((e, i) => i > 0 && e.year < entries[i - 1]!.year)) return [];
  const founding = entries.find((e) => FOUNDING.test(`${e.title} ${e.detail ?? ''}`));
  const steps = entries.filter(
    (e) =>
      e !== founding &&
      (!founding || e.year > founding.year) &&
      e.year <= meetingYear &&
      // A tally ("500+ chantiers · 4.8★ Google") is a figure, not a step.
      !/\d\s*\+|★|☆|%/.test(e.title),
  );
  const last = steps.slice(-2);
  if (!last.length) return [];
  const said = (e: (typeof last)[number]) => `${e.year} ${page.english ? `“${e.title}”` : quoted(e.title)}`;
  return [
    {
      kind: 'timeline',
      text: `Its own timeline: ${last.map(said).join('; ')}`,
      phrase: `marks ${listing(last.map((e) => `${e.year} (${quoted(e.title)})`))} on its own timeline`,
      names: last.map((e) => e.title),
      evidence: last.map((e) => `${e.year} ${e.title}${e.detail ? `: ${e.detail}` : ''}`).join(' / '),
      ...onPage(page),
      date: String(last[last.length - 1]!.year),
      strength: 7,
    },
  ];
}

/**
 * A list of qualifications under a heading ("Certifications & Qualifications"): short titles,
 * each followed by a line telling it. Those a person holds (a diploma, a climbing specialisation,
 * a licence for work near power lines) are kept; the company's insurance and the norms it meets are not.
 */
export function qualifications(page: Page): Statement[] {
  const start = page.lines.findIndex((l) => words(l) <= 5 && QUALIFICATIONS_HEADING.test(l));
  if (start < 0) return [];
  const items: string[] = [];
  for (let i = start + 1; i < Math.min(page.lines.length - 1, start + 40); i++) {
    const l = page.lines[i]!;
    const next = page.lines[i + 1]!;
    const prev = page.lines[i - 1]!;
    // An item: a short title after a short line (a heading, an icon's line), before a line telling it.
    if (words(l) > 4 || words(next) < 6 || words(prev) >= 6 || /[.!?]$/.test(l)) continue;
    if (/^(?:our|nos|notre|unsere|onze)\b/i.test(l) || COMPANY_COVER.test(l)) continue;
    if (PERSONAL_QUALIFICATION.test(`${l} ${next}`) && !COMPANY_COVER.test(next.split(/[.!?]/)[0]!)) items.push(l);
  }
  if (items.length < 2) return [];
  const shown = items.slice(0, 3);
  const list = listing(shown.map((x) => (page.english ? x : quoted(x))));
  return [
    {
      kind: 'qualifications',
      text: `Qualifications it lists: ${list}`,
      phrase: `lists ${list} among its qualifications`,
      names: shown,
      evidence: items.join(', '),
      ...onPage(page),
      strength: 6,
    },
  ];
}
