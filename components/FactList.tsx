import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { factsForView, factVariants } from '@/lib/facts';
import { COMPANY_FACTS, factSpec } from '@/lib/schema/company-facts';
import type { Clip, Company, CompanyFactKey, FactValue } from '@/lib/schema/dossier';
import { sizeText } from '@/lib/prep/clean';
import { factText, formatDate, LIST_SHOWN, shortUrl, sourceName } from '@/lib/ui/format';
import { socialLabel } from '@/lib/ui/social-label';
import { ExternalLink } from './ExternalLink';

export interface FactListProps {
  company: Company;
  clipsById: Map<string, Clip>;
  onPin(key: CompanyFactKey, value: FactValue): void;
}

/**
 * Each fact with the clip it came from. When sources disagree, every value is shown, newest
 * first, and the user can pick the one to trust.
 */
export function FactList({ company: stored, clipsById, onPin }: FactListProps) {
  // Nothing said twice: the About text that repeats "what it does", links already shown.
  const company = { ...stored, facts: factsForView(stored) };
  const keys = COMPANY_FACTS.map((f) => f.key).filter((k) => company.facts[k]?.length);
  if (!keys.length) return <p class="muted">No facts yet. Clip the company's About page or its LinkedIn page to fill this in.</p>;
  // Every fact from one page, none disputed: the source is said once, not under each fact.
  const sourceIds = new Set(keys.flatMap((k) => (company.facts[k] ?? []).map((e) => e.sourceClipId)));
  const single = sourceIds.size === 1 ? (company.facts[keys[0]!] ?? [])[0] : undefined;
  return (
    <>
      {single && (
        <p class="small">
          <Sources entries={[single]} clipsById={clipsById} label="Every fact below comes from" class="all-from" />
        </p>
      )}
      <dl class="facts">
        {keys.map((key) => {
          const variants = factVariants(company, key);
          const chosen = variants.find((v) => v.pinned) ?? variants[0]!;
          const others = variants.filter((v) => v !== chosen);
          return (
            <Fragment key={key}>
              <dt>{factSpec(key).label}</dt>
              <dd data-fact={key}>
                <FactValueView factKey={key} value={chosen.value} />
                {!single && <Sources entries={chosen.entries} clipsById={clipsById} />}
                {others.length > 0 && (
                  <details class="variants">
                    <summary class="small">
                      {others.length} other source{others.length > 1 ? 's' : ''} disagree{others.length > 1 ? '' : 's'}
                    </summary>
                    <ul class="plain stack">
                      {others.map((v) => (
                        <li key={JSON.stringify(v.value)}>
                          <FactValueView factKey={key} value={v.value} />
                          <Sources entries={v.entries} clipsById={clipsById} />
                          <button type="button" class="btn small" onClick={() => onPin(key, v.value)}>
                            Use this
                          </button>
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </dd>
            </Fragment>
          );
        })}
      </dl>
    </>
  );
}

function FactValueView({ factKey, value }: { factKey: CompanyFactKey; value: FactValue }) {
  const format = factSpec(factKey).format;
  if (format === 'link' && typeof value === 'string') return <ExternalLink href={value}>{shortUrl(value)}</ExternalLink>;
  if (format === 'links' && Array.isArray(value)) {
    return (
      <ul class="plain socials">
        {value.map((u) => (
          <li key={u}>
            <ExternalLink href={u}>{socialLabel(u)}</ExternalLink>
          </li>
        ))}
      </ul>
    );
  }
  // A bare headcount ("221,000" from an infobox) reads as a number of nothing: say it in people.
  if (factKey === 'size' && typeof value === 'string') return <span>{sizeText(value)}</span>;
  if (Array.isArray(value) && value.length > LIST_SHOWN + 2) return <LongList items={value} label={factSpec(factKey).label} />;
  return <span class={format === 'paragraph' ? 'fact-long' : undefined}>{factText(value)}</span>;
}

/**
 * A list of dozens (an accounting firm's services menu: 42) shows its first few and the rest on
 * asking; shown whole it pushed people, roles and clips two screens down at 360 px.
 */
function LongList({ items, label }: { items: string[]; label: string }) {
  const [all, setAll] = useState(false);
  if (all) return <span>{items.join(', ')}</span>;
  return (
    <>
      <span>{items.slice(0, LIST_SHOWN).join(', ')}, …</span>{' '}
      <button type="button" class="btn small" onClick={() => setAll(true)}>
        Show all {items.length} {label.toLowerCase()}
      </button>
    </>
  );
}

function Sources({
  entries,
  clipsById,
  label = 'Source:',
  class: extra,
}: {
  entries: Array<{ sourceClipId: string; at: number }>;
  clipsById: Map<string, Clip>;
  label?: string;
  class?: string;
}) {
  return (
    <span class={extra ? `source ${extra}` : 'source'}>
      {label}{' '}
      {entries.map((e, i) => {
        const clip = clipsById.get(e.sourceClipId);
        return (
          <Fragment key={e.sourceClipId}>
            {i > 0 && ', '}
            {clip ? (
              <ExternalLink href={clip.url} class="source-link">
                {sourceName(clip)}
              </ExternalLink>
            ) : (
              'a deleted clip'
            )}
            <span class="sr-only"> on {formatDate(e.at)}</span>
          </Fragment>
        );
      })}
    </span>
  );
}
