import { PlanForm } from '@/components/PlanForm';
import { db } from '@/lib/db/database';
import { planInterview } from '@/lib/db/interviews';
import { useRun } from '@/lib/ui/actions';
import { meetingWho } from '@/lib/ui/dossier-queries';
import type { Route } from '@/lib/ui/route';
import { localTimeZone, timeZones, zonedToEpoch, epochToZoned } from '@/lib/ui/time';
import { useLiveQuery } from '@/lib/ui/use-live-query';

export function PlanScreen({ personId, companyId, go }: { personId?: string; companyId?: string; go(r: Route): void }) {
  const run = useRun();
  const who = useLiveQuery(() => meetingWho(db(), personId, companyId), [personId, companyId]);
  const zone = localTimeZone();
  // Tomorrow at 10:00 in the user's zone.
  const tomorrow = epochToZoned(Date.now() + 86_400_000, zone).date;
  const defaultWhen = zonedToEpoch(tomorrow, '10:00', zone) ?? Date.now() + 86_400_000;
  return (
    <PlanForm
      who={who.value ?? '…'}
      timeZone={zone}
      zones={timeZones()}
      defaultWhen={defaultWhen}
      onCancel={() => go(personId ? { name: 'person', id: personId } : { name: 'company', id: companyId })}
      // The background sees the new meeting and schedules its reminders (lib/background/reminders.ts).
      onSubmit={(v) => run(() => planInterview(db(), { ...v, personId, companyId }), { then: (i) => go({ name: 'prep', id: i.id }) })}
    />
  );
}
