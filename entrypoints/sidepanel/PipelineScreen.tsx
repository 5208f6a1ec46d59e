import { useEffect } from 'preact/hooks';
import { PipelineView } from '@/components/PipelineView';
import { db } from '@/lib/db/database';
import { setStatus } from '@/lib/db/interviews';
import { readSettings } from '@/lib/settings';
import { markOnce } from '@/lib/ui/marks';
import { companiesByName } from '@/lib/ui/dossier-queries';
import { pipeline } from '@/lib/ui/pipeline';
import type { Route } from '@/lib/ui/route';
import { useLiveQuery } from '@/lib/ui/use-live-query';
import { PERSON_STATUSES } from '@/lib/schema/dossier';

export function PipelineScreen({ go }: { go(r: Route): void }) {
  const columns = useLiveQuery(async () => {
    const [people, interviews, settings, companies] = await Promise.all([
      // Through the status index: connections not approached (no status) are not read at all.
      db()
        .people.where('status')
        .anyOf([...PERSON_STATUSES])
        .toArray(),
      db().interviews.toArray(),
      readSettings(),
      companiesByName(db()),
    ]);
    return pipeline(people, new Map(companies.map((c) => [c.id, c.name])), interviews, settings.checkInWeeks, Date.now());
  }, []);
  useEffect(() => {
    if (columns.value) markOnce('pipeline-rendered');
  }, [columns.value]);
  if (!columns.value) return null;
  return (
    <PipelineView
      columns={columns.value}
      onOpen={(id) => go({ name: 'person', id })}
      onStatus={(id, status) => void setStatus(db(), id, status)}
    />
  );
}
