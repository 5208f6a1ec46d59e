import { useEffect } from 'preact/hooks';
import { PipelineView } from '@/components/PipelineView';
import { db } from '@/lib/db/database';
import { setStatus } from '@/lib/db/edits';
import { useRun } from '@/lib/ui/actions';
import { markOnce } from '@/lib/ui/marks';
import { pipelineColumns } from '@/lib/ui/dossier-queries';
import type { Route } from '@/lib/ui/route';
import { useLiveQuery } from '@/lib/ui/use-live-query';

export function PipelineScreen({ go }: { go(r: Route): void }) {
  const run = useRun();
  const columns = useLiveQuery(() => pipelineColumns(db()), []);
  useEffect(() => {
    if (columns.value) markOnce('pipeline-rendered');
  }, [columns.value]);
  if (columns.error)
    return (
      <p class="notice err" role="alert">
        {columns.error}
      </p>
    );
  if (!columns.value) return null;
  return (
    <PipelineView
      columns={columns.value}
      onOpen={(id) => go({ name: 'person', id })}
      onStatus={(id, status) => run(() => setStatus(db(), id, status))}
    />
  );
}
