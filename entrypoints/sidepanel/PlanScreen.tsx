import { PlanForm } from '@/components/PlanForm';
import { db } from '@/lib/db/database';
import { planInterview } from '@/lib/db/interviews';
import { send } from '@/lib/messaging/client';
import type { Route } from '@/lib/ui/route';
import { localTimeZone, timeZones, zonedToEpoch, epochToZoned } from '@/lib/ui/time';
import { useLiveQuery } from '@/lib/ui/use-live-query';

export function PlanScreen({ personId, companyId, go }: { personId?: string; companyId?: string; go(r: Route): void }) {
  const who = useLiveQuery(async () => {
    const person = personId ? await db().people.get(personId) : undefined;
    const company = companyId ? await db().companies.get(companyId) : undefined;
    return [person?.name, company?.name].filter(Boolean).join(' at ') || 'your contact';
  }, [personId, companyId]);
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
      onSubmit={async (v) => {
        const interview = await planInterview(db(), { ...v, personId, companyId });
        void send('syncReminders', {}).catch(() => {});
        go({ name: 'prep', id: interview.id });
      }}
    />
  );
}
