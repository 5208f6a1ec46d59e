import { fold } from '../text/fold';
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

/** A line that opens a list of what the company offers: "Imprint offers:", "Our services include:", "We provide:". */
const OFFERS_CUE =
  /(?<![\p{L}])(?:offers?|provides?|includes?|we (?:do|deliver)|services|bietet|bieten|Leistungen|proposons|propose|offrons|bieden|biedt|ofrecemos)(?![\p{L}])[^:]{0,30}:$/iu;
/** An item: a short phrase in words, not a heading in title case ("We’re Located Where You Are"), nor a phone number or a link. */
const titleCase = (l: string) =>
  l.split(/\s+/).length >= 3 && l.split(/\s+/).every((w) => /^[\p{Lu}\d&]/u.test(w) || /^(?:of|and|for|the|to|a|in|on|&)$/i.test(w));

/**
 * What the company says it offers, as a list under its own line ("Imprint offers:" then "Pre-sales
 * technical engineers", "Deployment and installation services", …): three or more short lines, the
 * list ending where a line ends its sentence or a heading starts. A list of its services says what
 * the work there is made of; the one naming the user's target (or, else, the first) is kept.
 */
export function offers(page: Page, names: string[], target: string | undefined): Statement[] {
  const lists: Array<{ items: string[]; evidence: string }> = [];
  page.lines.forEach((line, i) => {
    if (words(line) > 12 || !OFFERS_CUE.test(line)) return;
    // The company speaks: its name or "we"/"our" opens the line ("Imprint offers:", "Our special programs include:").
    if (
      !/^(?:we|our|wir|unsere?|nous|nos|notre|wij|onze)\b/iu.test(line) &&
      !names.some((n) => line.toLowerCase().startsWith(n.toLowerCase()))
    )
      return;
    const items: string[] = [];
    for (let j = i + 1; j < Math.min(page.lines.length, i + 12); j++) {
      const l = page.lines[j]!.trim();
      if (!l || words(l) > 7 || titleCase(l) || /\d{3}|https?:|@|www\./i.test(l)) break;
      items.push(l.replace(/[.;,]+$/, ''));
      if (/[.!?]$/.test(l)) break;
    }
    if (items.length >= 3) lists.push({ items, evidence: `${line} ${items.join(', ')}` });
  });
  if (!lists.length) return [];
  const t = target ? fold(target.replace(/\s*\(.*\)\s*$/, '')) : '';
  const near = (x: string) => !!t && t.split(/\s+/).filter((w) => w.length > 3 && fold(x).includes(w.replace(/s$/, ''))).length >= 2;
  const pick = lists.find((l) => l.items.some(near)) ?? lists[0]!;
  // Three at most, the one naming the target first; said in small letters as a sentence has them ("FREE" is a shout).
  const mine = pick.items.find(near);
  const shown = [...(mine ? [mine] : []), ...pick.items.filter((x) => x !== mine)].slice(0, 3).map((x) =>
    x
      .split(/\s+/)
      .map((w, k) =>
        /^\p{Lu}{2,}$/u.test(w) && w.length >= 4 ? w.toLowerCase() : k === 0 && /^\p{Lu}\p{Ll}/u.test(w) ? w.toLowerCase() : w,
      )
      .join(' '),
  );
  const list = listing(shown.map((x) => (page.english ? x : quoted(x))));
  return [
    {
      kind: 'offers',
      text: `It offers ${list}`,
      phrase: `lists ${list} among what it offers`,
      names: mine ? [shown[0]!, ...shown.slice(1)] : shown,
      evidence: pick.evidence,
      ...onPage(page),
      // The list names the user's own target: the work they want is one of the things it sells.
      targetItem: mine ? shown[0] : undefined,
      strength: mine ? 7 : 5,
    },
  ];
}
