import type { PageKind } from '@/lib/schema/page-extraction';
import { KIND_LABELS } from '@/lib/ui/format';

export function KindBadge({ kind }: { kind: PageKind }) {
  return <span class={kind === 'other' ? 'chip neutral' : 'chip'}>{KIND_LABELS[kind]}</span>;
}
