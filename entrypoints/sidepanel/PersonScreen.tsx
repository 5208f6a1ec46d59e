import { ContactLog } from '@/components/ContactLog';
import { OutreachDrafts } from '@/components/OutreachDrafts';
import { PersonView } from '@/components/PersonView';
import { addLogEntry, markSent, removeLogEntry } from '@/lib/db/contact-log';
import { db } from '@/lib/db/database';
import { deletePerson, type Snapshot } from '@/lib/db/delete';
import { setPersonNotes, setPersonTags, setStatus } from '@/lib/db/edits';
import { useRun } from '@/lib/ui/actions';
import { forgettingSheets } from '@/lib/ui/sheet-cache';
import { formatDate } from '@/lib/ui/format';
import { downloadMeetingIcs } from '@/lib/ui/meeting-ics';
import type { Route } from '@/lib/ui/route';
import { usePerson } from '@/lib/ui/use-person';

const localDay = (ms: number) => new Date(ms - new Date(ms).getTimezoneOffset() * 60_000).toISOString().slice(0, 10);

// The background watches the contact log and the meetings: reminders (a nudge after a week
// without reply, the thank-you) follow without being asked.
export function PersonScreen({ id, go, onDeleted }: { id: string; go(r: Route): void; onDeleted(text: string, s: Snapshot): void }) {
  const run = useRun();
  const data = usePerson(db(), id);
  const d = data.value;
  if (data.error)
    return (
      <p class="notice err" role="alert">
        {data.error}
      </p>
    );
  if (d === undefined) return null;
  if (d === null) return <p class="notice warn">This person is no longer in your dossier.</p>;
  const first = d.person.name.split(/\s+/)[0] ?? d.person.name;
  return (
    <PersonView
      {...d}
      onStatus={(status) => run(() => setStatus(db(), id, status), { success: `${d.person.name} moved in the pipeline.` })}
      onTags={(tags) => run(() => setPersonTags(db(), id, tags))}
      onNotes={(notes) => run(() => setPersonNotes(db(), id, notes))}
      onPlan={() => go({ name: 'plan', personId: id, companyId: d.company?.id })}
      onOpenInterview={(iid) => go({ name: 'prep', id: iid })}
      onOpenCompany={(cid) => go({ name: 'company', id: cid })}
      onOpenPerson={(pid) => go({ name: 'person', id: pid })}
      onCalendar={(iid) => run(() => downloadMeetingIcs(db(), iid), { success: 'Downloaded the meeting as a calendar event (.ics).' })}
      onDelete={() =>
        run(() => forgettingSheets(deletePerson(db(), id)), {
          then: (snapshot) => {
            onDeleted(`${d.person.name} was deleted.`, snapshot);
            go({ name: 'company', id: d.person.currentCompanyId });
          },
        })
      }
    >
      <OutreachDrafts
        firstName={first}
        drafts={d.drafts}
        connected={!!d.person.connection}
        settled={d.person.status === 'scheduled' || d.person.status === 'met' || d.person.status === 'thanked'}
        waitingDays={d.waiting && !d.waiting.nudged ? d.waiting.days : undefined}
        onCopy={(text, what) => run(() => navigator.clipboard.writeText(text), { success: `Copied the ${what}.` })}
        onSent={(kind, text) =>
          run(() => markSent(db(), id, kind, text), {
            success: `Marked as sent on ${formatDate(Date.now())}: ${first} is now "contacted". Rapport reminds you to nudge after a week without reply.`,
          })
        }
      />
      <ContactLog
        log={d.person.log ?? []}
        today={localDay(Date.now())}
        onAdd={({ kind, date, text }) => {
          const [y, m, day] = date.split('-').map(Number);
          // A date picked by hand is noon of that day, local time: safe from time-zone edges.
          const at = y && m && day ? new Date(y, m - 1, day, 12).getTime() : Date.now();
          run(() => addLogEntry(db(), id, { kind, text, at: Math.min(at, Date.now()) }), { success: 'Added to the contact log.' });
        }}
        onRemove={(eid) => run(() => removeLogEntry(db(), id, eid), { success: 'Removed from the contact log.' })}
      />
    </PersonView>
  );
}
