import { NEWS } from '@/lib/prep/markdown';
import type { Hook } from '@/lib/prep/types';
import { formatIsoDate } from '@/lib/ui/format';
import { evidenceBeyond, quoted } from '@/lib/ui/hook-evidence';
import { ExternalLink } from './ExternalLink';

/** The facts worth raising, each with its source and date; older news is marked as background. */
export function HookList({ hooks }: { hooks: Hook[] }) {
  return (
    <ul class="plain list hooks">
      {hooks.map((h, i) => {
        const evidence = evidenceBeyond(h.text, h.evidence);
        return (
          <li key={i} class="stack tight">
            <span>
              {h.text} {!h.recent && NEWS.has(h.kind) && <span class="chip neutral">background</span>}
            </span>
            {/* Whole: the sentence is what the user reads before raising it; two lines cut it mid-clause
              with no way to read on ('erklären im…', kinzig.news, dossiers-blind-16). */}
            {evidence && <span class="small muted">{quoted(evidence)}</span>}
            <span class="small muted">
              {h.url ? <ExternalLink href={h.url}>{h.source}</ExternalLink> : h.source}
              {h.date ? ` · ${formatIsoDate(h.date)}` : ''}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
