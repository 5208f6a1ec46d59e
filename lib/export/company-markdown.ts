import { factsForView, factVariants } from '../facts';
import { md, mdLink } from '../prep/markdown';
import { readableDate } from '../prep/dates';
import { COMPANY_FACTS } from '../schema/company-facts';
import type { Clip, Company, Person } from '../schema/dossier';
import { sizeText } from '../prep/clean';
import { factText, sourceName } from '../ui/format';

/** A company's dossier as Markdown: facts with their sources, people, clips. */
export function companyMarkdown(company: Company, people: Person[], clips: Clip[]): string {
  const byId = new Map(clips.map((c) => [c.id, c]));
  const out = [`# ${md(company.name)}`, ''];
  if (company.tags.length) out.push(`Tags: ${company.tags.map(md).join(', ')}`, '');
  out.push('## Facts', '');
  const shown = { ...company, facts: factsForView(company) };
  const rows = COMPANY_FACTS.flatMap(({ key, label }) =>
    factVariants(shown, key).map((v, i) => ({ key, label: `${label}${i ? ' (another source)' : ''}`, v })),
  );
  const cite = (ids: string[]) =>
    ids
      .map((id) => byId.get(id))
      .filter((c): c is Clip => !!c)
      .map((c) => mdLink(sourceName(c), c.url))
      .join(', ');
  // One source for every fact (a single page clipped) is said once, as the side panel says it:
  // the same long page title after each of seven facts buried the facts (fresh16-jetruby).
  const sources = new Set(rows.flatMap((r) => r.v.entries.map((e) => e.sourceClipId)));
  const single = sources.size === 1 && rows.length > 1 ? cite([...sources]) : '';
  if (single) out.push(`Every fact below comes from ${single}.`, '');
  for (const { key, label, v } of rows) {
    const from = single ? '' : cite(v.entries.map((e) => e.sourceClipId));
    const text = key === 'size' && typeof v.value === 'string' ? sizeText(v.value) : factText(v.value);
    out.push(`- **${label}:** ${md(text)}${from ? ` — ${from}` : ''}`);
  }
  // An empty heading read as a broken export (a company known only from a story about it).
  if (!rows.length) out.push('- (none yet)');
  out.push('', '## People', '');
  for (const p of people)
    out.push(
      `- ${md(p.name)}${p.currentTitle ? `, ${md(p.currentTitle)}` : ''}${p.profileUrl ? ` — ${mdLink('profile', p.profileUrl)}` : ''}`,
    );
  if (!people.length) out.push('- (none yet)');
  out.push('', '## Clips', '');
  for (const c of clips)
    out.push(`- ${mdLink(c.title, c.url)}${c.publishedAt ? ` (${readableDate(c.publishedAt, true) ?? c.publishedAt})` : ''}`);
  return out.join('\n') + '\n';
}
