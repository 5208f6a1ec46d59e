import { PersonView } from '@/components/PersonView';
import { db } from '@/lib/db/database';
import { deletePerson, type Snapshot } from '@/lib/db/delete';
import { setPersonNotes, setPersonTags, setStatus } from '@/lib/db/edits';
import { useRun } from '@/lib/ui/actions';
import { personPage } from '@/lib/ui/dossier-queries';
import type { Route } from '@/lib/ui/route';
import { useLiveQuery } from '@/lib/ui/use-live-query';

export function PersonScreen({ id, go, onDeleted }: { id: string; go(r: Route): void; onDeleted(text: string, s: Snapshot): void }) {
  const run = useRun();
  const data = useLiveQuery(() => personPage(db(), id), [id]);
  const d = data.value;
  if (data.error)
    return (
      <p class="notice err" role="alert">
        {data.error}
      </p>
    );
  if (d === undefined) return null;
  if (d === null) return <p class="notice warn">This person is no longer in your dossier.</p>;
  return (
    <PersonView
      {...d}
      onStatus={(status) => run(() => setStatus(db(), id, status))}
      onTags={(tags) => run(() => setPersonTags(db(), id, tags))}
      onNotes={(notes) => run(() => setPersonNotes(db(), id, notes))}
      onPlan={() => go({ name: 'plan', personId: id, companyId: d.person.currentCompanyId })}
      onOpenInterview={(iid) => go({ name: 'prep', id: iid })}
      onOpenCompany={(cid) => go({ name: 'company', id: cid })}
      onOpenPerson={(pid) => go({ name: 'person', id: pid })}
      onDelete={() =>
        run(() => deletePerson(db(), id), {
          then: (snapshot) => {
            onDeleted(`${d.person.name} was deleted.`, snapshot);
            go({ name: 'company', id: d.person.currentCompanyId });
          },
        })
      }
    />
  );
}
