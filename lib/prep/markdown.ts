import { QUESTION_CATEGORIES, type QuestionCategory } from '../schema/dossier';
import type { PrepSheet } from './sheet';
import { CATEGORY_LABELS } from './types';
import { formatInstant } from '../ui/time';

/** A question as the sheet shows it: suggested, or the user's own, perhaps asked and answered. */
export interface SheetQuestion {
  text: string;
  category: QuestionCategory;
  mustAsk: boolean;
  reason?: string;
  asked?: boolean;
  answerNotes?: string;
}

/** Markdown text from the page is escaped so a title cannot turn into a link or a heading. */
export function md(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\n+/g, ' ');
}

/**
 * A Markdown link to a stored address, as stored: never re-encoded (`%C3%BC` stays one "ü").
 * The address goes in a pointy-bracket destination, which ends only at `>`: a `)` in it is
 * part of it, and no part of it is left bare for an autolink. The few characters that could end
 * or break that destination (`<`, `>`, `\`, line breaks) and lone surrogates are percent-encoded.
 */
export function mdLink(text: string, url: string): string {
  return `[${md(text)}](<${mdDestination(url)}>)`;
}

function mdDestination(url: string): string {
  return url
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '%EF%BF%BD')
    .replace(/[<>\\\s]/g, (c) => encodeURIComponent(c));
}

function when(ms: number, timeZone: string): string {
  return `${formatInstant(ms, { dateStyle: 'full', timeStyle: 'short', timeZone }, 'en-GB') || 'an unreadable date'} (${timeZone})`;
}

/** The prep sheet as Markdown, for copying into notes or printing. */
export function prepSheetMarkdown(sheet: PrepSheet, questions: SheetQuestion[] = sheet.questions, intro = sheet.intro): string {
  const out: string[] = [];
  const title = [sheet.person?.name, sheet.company?.name ?? sheet.person?.company].filter(Boolean).join(' — ');
  out.push(`# Prep sheet${title ? `: ${md(title)}` : ''}`, '');
  if (sheet.meeting) {
    const m = sheet.meeting;
    out.push('## The meeting', '');
    out.push(`- **When:** ${when(m.when, m.timeZone)}`, `- **Length:** ${m.durationMinutes} minutes`);
    if (m.where) out.push(`- **Where:** ${md(m.where)}`);
    if (m.goal) out.push(`- **My goal:** ${md(m.goal)}`);
    out.push('');
  }
  if (intro) out.push('## My introduction (30 seconds)', '', md(intro), '');
  if (sheet.person) {
    const p = sheet.person;
    out.push(`## ${md(p.name)} at a glance`, '');
    if (p.role || p.company)
      out.push(`- **Role:** ${md([p.role, p.company].filter(Boolean).join(' at '))}${p.tenure ? ` — ${p.tenure}` : ''}`);
    if (p.location) out.push(`- **Location:** ${md(p.location)}`);
    for (const c of p.commonGround) out.push(`- **Common ground:** ${md(c)}`);
    if (p.timeline.length) {
      out.push('- **Career:**');
      for (const e of p.timeline.slice(0, 8))
        out.push(`  - ${md([e.title, e.company].filter(Boolean).join(', '))} (${e.start ?? '?'} – ${e.end ?? 'now'})`);
    }
    if (p.education.length) {
      out.push('- **Education:**');
      for (const e of p.education)
        out.push(
          `  - ${md([e.school, [e.degree, e.field].filter(Boolean).join(', ')].filter(Boolean).join(' — '))}${e.end ? ` (${e.end})` : ''}`,
        );
    }
    out.push('');
  }
  if (sheet.company) {
    out.push(`## ${md(sheet.company.name)} at a glance`, '');
    for (const f of sheet.company.facts) out.push(`- **${f.label}:** ${md(f.value)}`);
    if (sheet.company.news.length) {
      out.push('- **Recent news:**');
      for (const n of sheet.company.news.slice(0, 6))
        out.push(`  - ${n.date ? `${n.date}: ` : ''}${mdLink(n.title, n.url)}${n.siteName ? ` — ${md(n.siteName)}` : ''}`);
    }
    out.push('');
  }
  if (sheet.alreadyKnown.length) {
    out.push('## Already known (no need to ask)', '');
    for (const k of sheet.alreadyKnown) out.push(`- ${k.label}: ${md(k.value)}`);
    out.push('');
  }
  out.push('## Questions', '');
  for (const category of QUESTION_CATEGORIES) {
    const qs = questions.filter((q) => q.category === category);
    if (!qs.length) continue;
    out.push(`### ${CATEGORY_LABELS[category]}`, '');
    for (const q of qs) {
      out.push(`- [${q.asked ? 'x' : ' '}] ${q.mustAsk ? '**Must ask:** ' : ''}${md(q.text)}`);
      if (q.reason) out.push(`  - _Why:_ ${md(q.reason)}`);
      if (q.answerNotes) out.push(`  - _Notes:_ ${md(q.answerNotes)}`);
    }
    out.push('');
  }
  out.push('## Etiquette', '');
  for (const e of sheet.etiquette) out.push(`- [ ] ${e}`);
  return out.join('\n').trimEnd() + '\n';
}
