import { Fragment } from 'preact';
import { COMPANY_FACTS } from '@/lib/schema/company-facts';
import type { PageExtraction } from '@/lib/schema/page-extraction';
import { calmCaps, formatIsoDate, headcountText, listHead } from '@/lib/ui/format';
import { headlineAddsToRole } from '@/lib/ui/headline';

/** One line of the summary; `long` ones are clamped to two lines. */
type Row = { label: string; value: string | undefined; long?: boolean };

/** The name a person's profile is about: the popup's heading for it. */
export const profileName = (e: PageExtraction) => (e.kind === 'person-profile' ? e.person?.name : undefined);

/** The key facts Rapport read from the page, so the user sees what will be saved before saving. */
export function ExtractionSummary({ extraction }: { extraction: PageExtraction }) {
  const rows: Row[] = [];
  const c = extraction.company;
  const p = extraction.person;
  const a = extraction.article;
  const j = extraction.job;
  if (p) {
    rows.push(
      // A profile's name is the popup's heading (PopupView): not said twice.
      { label: 'Name', value: profileName(extraction) ? undefined : p.name },
      // "CEO at LinkedIn" above "Works at: CEO · LinkedIn" said it twice.
      { label: 'Headline', value: headlineAddsToRole(p.headline, p.currentTitle, p.currentCompany) ? p.headline : undefined },
      { label: 'Works at', value: [p.currentTitle, p.currentCompany].filter(Boolean).join(' · ') || undefined },
      { label: 'Location', value: p.location },
    );
    if (p.experience?.length)
      rows.push({ label: 'Experience', value: `${p.experience.length} position${p.experience.length > 1 ? 's' : ''}` });
  }
  if (j) {
    rows.push(
      { label: 'Role', value: j.title },
      { label: 'Employer', value: j.company },
      {
        label: 'Where',
        value:
          [j.location, j.remote === true ? 'remote possible' : j.remote === false ? 'on site' : undefined].filter(Boolean).join(' · ') ||
          undefined,
      },
      { label: 'Type', value: j.employmentType },
      { label: 'Posted', value: formatIsoDate(j.postedAt) },
    );
  }
  if (c) {
    rows.push({ label: 'Company', value: c.name });
    for (const f of COMPANY_FACTS) {
      const v = c[f.key];
      if (f.glance && f.format !== 'link' && v !== undefined)
        rows.push({
          label: f.label,
          // A bare headcount ("221,000" in Wikipedia's infobox) is said in people, as the dossier says it.
          // A services menu of 42 read as products filled the popup: the first few and a count.
          value: Array.isArray(v) ? listHead(v, 8) : f.key === 'size' ? headcountText(String(v)) : String(v),
          long: f.format === 'paragraph' || f.key === 'summary',
        });
    }
    if (!c.summary) rows.push({ label: 'About', value: c.description, long: true });
  }
  if (a) {
    rows.push(
      { label: 'Published', value: formatIsoDate(a.publishedAt) },
      { label: 'By', value: a.authors?.join(', ') },
      { label: 'Source', value: a.siteName && calmCaps(a.siteName) },
      { label: 'Story about', value: a.aboutCompany },
      { label: 'Summary', value: a.excerpt, long: true },
    );
  }
  if (extraction.people?.length) rows.push({ label: 'People', value: `${extraction.people.length} listed` });
  if (extraction.jobs?.length) rows.push({ label: 'Open roles', value: `${extraction.jobs.length} listed` });
  const shown = rows.filter((r): r is Row & { value: string } => !!r.value);
  if (!shown.length) return <p class="muted small">No structured facts found; the page's text will be saved.</p>;
  return (
    <dl class="facts" aria-label="What Rapport found on this page">
      {shown.map((r) => (
        <Fragment key={r.label}>
          <dt>{r.label}</dt>
          <dd class={r.long ? 'clamp-2' : undefined}>{r.value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
