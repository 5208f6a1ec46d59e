import { PersonView } from '@/components/PersonView';
import { db } from '@/lib/db/database';
import { setStatus } from '@/lib/db/interviews';
import { deletePerson, type Snapshot } from '@/lib/db/delete';
import type { PersonStatus } from '@/lib/schema/dossier';
import type { Route } from '@/lib/ui/route';
import { useLiveQuery } from '@/lib/ui/use-live-query';

export function PersonScreen({ id, go, onDeleted }: { id: string; go(r: Route): void; onDeleted(text: string, s: Snapshot): void }) {
  const data = useLiveQuery(async () => {
    const person = await db().people.get(id);
    if (!person) return null;
    const [company, interviews, referrer, referrals] = await Promise.all([
      person.currentCompanyId ? db().companies.get(person.currentCompanyId) : undefined,
      db().interviews.where('personId').equals(id).sortBy('when'),
      person.referredBy ? db().people.get(person.referredBy) : undefined,
      db().people.where('referredBy').equals(id).toArray(),
    ]);
    return { person, company, interviews, referrer, referrals };
  }, [id]);
  const d = data.value;
  if (d === undefined) return null;
  if (d === null) return <p class="notice warn">This person is no longer in your dossier.</p>;
  const onStatus = (status: PersonStatus) => void setStatus(db(), id, status);
  return (
    <PersonView
      {...d}
      onStatus={onStatus}
      onTags={(tags) => void db().people.update(id, { tags, updatedAt: Date.now() })}
      onNotes={(notes) => void db().people.update(id, { notes: notes || undefined, updatedAt: Date.now() })}
      onPlan={() => go({ name: 'plan', personId: id, companyId: d.person.currentCompanyId })}
      onOpenInterview={(iid) => go({ name: 'prep', id: iid })}
      onOpenCompany={(cid) => go({ name: 'company', id: cid })}
      onOpenPerson={(pid) => go({ name: 'person', id: pid })}
      onDelete={async () => {
        const snapshot = await deletePerson(db(), id);
        onDeleted(`${d.person.name} was deleted.`, snapshot);
        go({ name: 'company', id: d.person.currentCompanyId });
      }}
    />
  );
}
