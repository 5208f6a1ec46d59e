import { Fragment } from 'preact';
import { COMPANY_FACTS } from '@/lib/schema/company-facts';
import type { PageExtraction } from '@/lib/schema/page-extraction';
import { formatIsoDate } from '@/lib/ui/format';

/** The key facts Rapport read from the page, so the user sees what will be saved before saving. */
export function ExtractionSummary({ extraction }: { extraction: PageExtraction }) {
  const rows: Array<[string, string | undefined]> = [];
  const c = extraction.company;
  const p = extraction.person;
  const a = extraction.article;
  if (p) {
    rows.push(
      ['Name', p.name],
      ['Headline', p.headline],
      ['Works at', [p.currentTitle, p.currentCompany].filter(Boolean).join(' · ') || undefined],
      ['Location', p.location],
    );
    if (p.experience?.length) rows.push(['Experience', `${p.experience.length} position${p.experience.length > 1 ? 's' : ''}`]);
  }
  if (c) {
    rows.push(['Company', c.name]);
    for (const f of COMPANY_FACTS) {
      const v = c[f.key];
      if (f.glance && f.format !== 'link' && v !== undefined) rows.push([f.label, Array.isArray(v) ? v.join(', ') : String(v)]);
    }
    if (!c.summary) rows.push(['About', c.description]);
  }
  if (a) {
    rows.push(['Published', formatIsoDate(a.publishedAt)], ['By', a.authors?.join(', ')], ['Source', a.siteName], ['Summary', a.excerpt]);
  }
  if (extraction.people?.length) rows.push(['People', `${extraction.people.length} listed`]);
  if (extraction.jobs?.length) rows.push(['Open roles', `${extraction.jobs.length} listed`]);
  const shown = rows.filter((r): r is [string, string] => !!r[1]);
  if (!shown.length) return <p class="muted small">No structured facts found; the page's text will be saved.</p>;
  return (
    <dl class="facts" aria-label="What Rapport found on this page">
      {shown.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd class={label === 'About' || label === 'Summary' || label === 'What it does' || label === 'Mission' ? 'clamp-2' : undefined}>
            {value}
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}
