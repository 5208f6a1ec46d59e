import type { QuestionCategory } from '../schema/dossier';
import { minutesFor } from './budget';
import { readableDate } from './dates';
import type { PrepSheet } from './sheet';
import { companyIsEmpty, nothingClippedAbout } from './sheet-shape';
import type { Hook } from './types';
import { formatInstant } from '../ui/time';
import { evidenceBeyond, quoted } from '../ui/hook-evidence';
import { md } from '../export/markdown-text';

/** A question as the sheet shows it: suggested, or the user's own, perhaps asked and answered. */
export interface SheetQuestion {
  text: string;
  category: QuestionCategory;
  mustAsk: boolean;
  reason?: string;
  asked?: boolean;
  answerNotes?: string;
}

// Text is escaped, addresses in it kept whole: one helper for every export (lib/export).
export { md };

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

/** Hook kinds that are news, and so background once older than about six months (a story's decision or rule too: hooks.ts). */
export const NEWS = new Set<Hook['kind']>([
  'funding',
  'launch',
  'acquisition',
  'partnership',
  'deal',
  'leadership',
  'hiring',
  'approval',
  'report',
  'fix',
  'news',
  'own-post',
]);

const cite = (source: string, date?: string) => `(${[source, readableDate(date)].filter(Boolean).join(', ')})`;

/**
 * The prep sheet as Markdown, in the coach's order: why this person, the introduction, the hooks,
 * the questions with their minutes (★ must ask), more if there is time, what to handle with care,
 * what to research first and not ask, the person and the company at a glance, etiquette.
 */
export function prepSheetMarkdown(sheet: PrepSheet, questions: SheetQuestion[] = sheet.questions, intro = sheet.intro): string {
  const out: string[] = [];
  const title = [sheet.person?.name, sheet.company?.name ?? sheet.person?.company].filter(Boolean).join(' — ');
  out.push(`# Prep sheet${title ? `: ${md(title)}` : ''}`, '');
  const duration = sheet.meeting?.durationMinutes ?? 30;
  if (sheet.meeting) {
    const m = sheet.meeting;
    out.push('## The meeting', '');
    out.push(`- **When:** ${when(m.when, m.timeZone)}`, `- **Length:** ${m.durationMinutes} minutes`);
    if (m.where) out.push(`- **Where:** ${md(m.where)}`);
    if (m.goal) out.push(`- **My goal:** ${md(m.goal)}`);
    out.push('');
  }
  if (sheet.why) out.push('## Why this person', '', md(sheet.why), '');
  if (intro) out.push('## My introduction (30 seconds)', '', md(intro), '');
  if (sheet.hooks.length) {
    out.push('## Hooks from the research', '');
    for (const h of sheet.hooks) {
      out.push(`- ${md(h.text)} ${md(cite(h.source, h.date))}${h.recent || !NEWS.has(h.kind) ? '' : ' — background'}`);
      // What the page says, as the side panel shows it under the hook: only when it says more than
      // the hook (a company's own claim is often the hook already, The App Solutions).
      const evidence = evidenceBeyond(h.text, h.evidence);
      if (evidence) out.push(`  - _${md(quoted(evidence))}_`);
    }
    out.push('');
  }
  const minutes = minutesFor(questions, duration);
  out.push(`## Questions (${duration} minutes; ★ must ask)`, '');
  questions.forEach((q, i) => {
    out.push(`${i + 1}. [${q.asked ? 'x' : ' '}] ${q.mustAsk ? '★ ' : ''}${md(q.text)} _(${minutes[i]} min)_`);
    if (q.reason) out.push(`   - _Why:_ ${md(q.reason)}`);
    if (q.answerNotes) out.push(`   - _Notes:_ ${md(q.answerNotes)}`);
  });
  out.push('');
  const asked = new Set(questions.map((q) => q.text));
  const more = sheet.reserve.filter((q) => !asked.has(q.text));
  if (more.length) {
    out.push('## More if there is time', '');
    for (const q of more) out.push(`- ${md(q.text)}`);
    out.push('');
  }
  if (sheet.careful.length) {
    out.push('## Handle with care', '');
    for (const c of sheet.careful) out.push(`- ${md(c.text)} ${md(cite(c.source, c.date))}`);
    out.push('');
  }
  if (sheet.research.length || sheet.alreadyKnown.length) {
    out.push('## Research first, don’t ask', '');
    if (sheet.alreadyKnown.length)
      out.push(`- **Already known:** ${sheet.alreadyKnown.map((k) => `${k.label.toLowerCase()} (${md(k.value)})`).join('; ')}`);
    for (const g of sheet.research) out.push(`- **Not yet clipped:** ${md(g.what)} — ${md(g.where)}`);
    out.push('');
  }
  if (sheet.person) {
    const p = sheet.person;
    out.push(`## ${md(p.name)} at a glance`, '');
    if (p.role || p.company)
      out.push(`- **Role:** ${md([p.role, p.company].filter(Boolean).join(' at '))}${p.tenure ? ` — ${md(p.tenure)}` : ''}`);
    if (p.location) out.push(`- **Location:** ${md(p.location)}`);
    for (const c of p.commonGround) out.push(`- **Common ground:** ${md(c)}`);
    if (p.timeline.length) {
      out.push('- **Career:**');
      for (const e of p.timeline.slice(0, 8))
        out.push(
          `  - ${md([e.title, e.company].filter(Boolean).join(', '))} (${readableDate(e.start) ?? '?'} – ${readableDate(e.end) ?? 'now'})`,
        );
    }
    if (p.beside.length)
      out.push(
        `- **Beside the job:** ${p.beside
          .slice(0, 6)
          .map((e) => md([e.title, e.company].filter(Boolean).join(', ')))
          .join('; ')}`,
      );
    if (p.education.length)
      out.push(
        `- **Education:** ${p.education.map((e) => md([e.school, [e.degree, e.field].filter(Boolean).join(', ')].filter(Boolean).join(' — '))).join('; ')}`,
      );
    out.push('');
  }
  if (sheet.company && companyIsEmpty(sheet))
    out.push(`## ${md(sheet.company.name)} at a glance`, '', md(nothingClippedAbout(sheet.company.name)), '');
  else if (sheet.company) {
    out.push(`## ${md(sheet.company.name)} at a glance`, '');
    for (const f of sheet.company.facts) out.push(`- **${f.label}:** ${md(f.value)}`);
    if (sheet.referrals.length)
      out.push(`- **People to ask about:** ${sheet.referrals.map((r) => md([r.name, r.title].filter(Boolean).join(', '))).join('; ')}`);
    if (sheet.company.news.length) {
      out.push('- **Clipped news:**');
      for (const n of sheet.company.news)
        out.push(
          `  - ${n.date ? `${readableDate(n.date, true)}: ` : ''}${mdLink(n.title, n.url)}${n.siteName ? ` — ${md(n.siteName)}` : ''}`,
        );
    }
    out.push('');
  }
  out.push('## Etiquette', '');
  for (const e of sheet.etiquette.items) out.push(`- [ ] ${e}`);
  if (sheet.thankYouHook) out.push('', '## Follow-up', '', md(sheet.thankYouHook));
  return out.join('\n').trimEnd() + '\n';
}
