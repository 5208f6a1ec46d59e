import { useState } from 'preact/hooks';
import { ContactLog } from '@/components/ContactLog';
import { OutreachDrafts } from '@/components/OutreachDrafts';
import { PersonView } from '@/components/PersonView';
import { addLogEntry, markSent, removeLogEntry } from '@/lib/db/contact-log';
import { db } from '@/lib/db/database';
import { setStatus } from '@/lib/db/interviews';
import { deletePerson, type Snapshot } from '@/lib/db/delete';
import { send } from '@/lib/messaging/client';
import type { PersonStatus } from '@/lib/schema/dossier';
import { formatDate } from '@/lib/ui/format';
import { downloadMeetingIcs } from '@/lib/ui/meeting-ics';
import type { Route } from '@/lib/ui/route';
import { usePerson } from '@/lib/ui/use-person';

const localDay = (ms: number) => new Date(ms - new Date(ms).getTimezoneOffset() * 60_000).toISOString().slice(0, 10);

export function PersonScreen({ id, go, onDeleted }: { id: string; go(r: Route): void; onDeleted(text: string, s: Snapshot): void }) {
  const data = usePerson(db(), id);
  const [notice, setNotice] = useState<{ ok: boolean; text: string }>();
  const d = data.value;
  if (data.error) return <p class="notice err">This person could not be read: {data.error}</p>;
  if (d === undefined) return null;
  if (d === null) return <p class="notice warn">This person is no longer in your dossier.</p>;
  const first = d.person.name.split(/\s+/)[0] ?? d.person.name;
  /** Runs a user action and says how it went: the sentence on success, the reason on failure. */
  const act = (work: Promise<unknown>, ok: string) =>
    void work.then(
      () => setNotice({ ok: true, text: ok }),
      (err: unknown) => setNotice({ ok: false, text: err instanceof Error ? err.message : String(err) }),
    );
  const reminders = () => send('syncReminders', {});
  return (
    <>
      {notice && (
        <p class={`notice ${notice.ok ? 'ok' : 'err'}`} role={notice.ok ? 'status' : 'alert'}>
          {notice.text}
        </p>
      )}
      <PersonView
        {...d}
        onStatus={(status: PersonStatus) => act(setStatus(db(), id, status).then(reminders), `${d.person.name} moved in the pipeline.`)}
        onTags={(tags) => act(db().people.update(id, { tags, updatedAt: Date.now() }), 'Tags saved.')}
        onNotes={(notes) => act(db().people.update(id, { notes: notes || undefined, updatedAt: Date.now() }), 'Notes saved.')}
        onPlan={() => go({ name: 'plan', personId: id, companyId: d.person.currentCompanyId })}
        onOpenInterview={(iid) => go({ name: 'prep', id: iid })}
        onOpenCompany={(cid) => go({ name: 'company', id: cid })}
        onOpenPerson={(pid) => go({ name: 'person', id: pid })}
        onCalendar={(iid) => act(downloadMeetingIcs(db(), iid), 'Downloaded the meeting as a calendar event (.ics).')}
        onDelete={async () => {
          const snapshot = await deletePerson(db(), id);
          onDeleted(`${d.person.name} was deleted.`, snapshot);
          go({ name: 'company', id: d.person.currentCompanyId });
        }}
      >
        <OutreachDrafts
          firstName={first}
          drafts={d.drafts}
          connected={!!d.person.connection}
          waitingDays={d.waiting && !d.waiting.nudged ? d.waiting.days : undefined}
          onCopy={(text, what) => act(navigator.clipboard.writeText(text), `Copied the ${what}.`)}
          onSent={(kind, text) =>
            act(
              markSent(db(), id, kind, text).then(reminders),
              `Marked as sent on ${formatDate(Date.now())}: ${first} is now "contacted". Rapport reminds you to nudge after a week without reply.`,
            )
          }
        />
        <ContactLog
          log={d.person.log ?? []}
          today={localDay(Date.now())}
          onAdd={({ kind, date, text }) => {
            const [y, m, day] = date.split('-').map(Number);
            // A date picked by hand is noon of that day, local time: safe from time-zone edges.
            const at = y && m && day ? new Date(y, m - 1, day, 12).getTime() : Date.now();
            act(addLogEntry(db(), id, { kind, text, at: Math.min(at, Date.now()) }).then(reminders), 'Added to the contact log.');
          }}
          onRemove={(eid) => act(removeLogEntry(db(), id, eid).then(reminders), 'Removed from the contact log.')}
        />
      </PersonView>
    </>
  );
}
