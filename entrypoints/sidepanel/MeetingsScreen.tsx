import { MeetingList } from '@/components/MeetingList';
import { db } from '@/lib/db/database';
import { meetingRows } from '@/lib/ui/dossier-queries';
import type { Route } from '@/lib/ui/route';
import { useLiveQuery } from '@/lib/ui/use-live-query';

export function MeetingsScreen({ go }: { go(r: Route): void }) {
  const rows = useLiveQuery(() => meetingRows(db()), []);
  return (
    <section class="stack" aria-labelledby="meetings-title">
      <h1 id="meetings-title">Meetings</h1>
      {rows.error && (
        <p class="notice err" role="alert">
          {rows.error}
        </p>
      )}
      {rows.value && <MeetingList rows={rows.value} onOpen={(id) => go({ name: 'prep', id })} />}
    </section>
  );
}
