import { factsForView, factVariants } from '../facts';
import { md, mdLink } from '../prep/markdown';
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
  for (const { key, label } of COMPANY_FACTS) {
    for (const [i, v] of factVariants(shown, key).entries()) {
      const sources = v.entries.map((e) => byId.get(e.sourceClipId)).filter((c): c is Clip => !!c);
      const cite = sources.map((c) => mdLink(sourceName(c), c.url)).join(', ');
      const text = key === 'size' && typeof v.value === 'string' ? sizeText(v.value) : factText(v.value);
      out.push(`- **${label}${i ? ' (another source)' : ''}:** ${md(text)}${cite ? ` — ${cite}` : ''}`);
    }
  }
  out.push('', '## People', '');
  for (const p of people)
    out.push(
      `- ${md(p.name)}${p.currentTitle ? `, ${md(p.currentTitle)}` : ''}${p.profileUrl ? ` — ${mdLink('profile', p.profileUrl)}` : ''}`,
    );
  if (!people.length) out.push('- (none yet)');
  out.push('', '## Clips', '');
  for (const c of clips) out.push(`- ${mdLink(c.title, c.url)}${c.publishedAt ? ` (${c.publishedAt})` : ''}`);
  return out.join('\n') + '\n';
}
