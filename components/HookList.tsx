import { NEWS } from '@/lib/prep/markdown';
import type { Hook } from '@/lib/prep/types';
import { formatIsoDate } from '@/lib/ui/format';
import { ExternalLink } from './ExternalLink';

/** The facts worth raising, each with its source and date; older news is marked as background. */
export function HookList({ hooks }: { hooks: Hook[] }) {
  return (
    <ul class="plain list hooks">
      {hooks.map((h, i) => (
        <li key={i} class="stack tight">
          <span>
            {h.text} {!h.recent && NEWS.has(h.kind) && <span class="chip neutral">background</span>}
          </span>
          {h.evidence && h.evidence !== h.text && <span class="small muted clamp-2">“{h.evidence}”</span>}
          <span class="small muted">
            {h.url ? <ExternalLink href={h.url}>{h.source}</ExternalLink> : h.source}
            {h.date ? ` · ${formatIsoDate(h.date)}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
