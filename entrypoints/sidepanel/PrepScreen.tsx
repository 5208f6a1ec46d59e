import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PrepSheetView } from '@/components/PrepSheetView';
import { db } from '@/lib/db/database';
import { updateInterview, updateQuestion } from '@/lib/db/edits';
import { addFromReserve, addOwnQuestion, addReferral, completeInterview, markThanked, moveQuestion } from '@/lib/db/interviews';
import { deleteQuestionOf, type Snapshot } from '@/lib/db/delete';
import { addedNotice } from '@/lib/db/question-slot';
import { cutAtWord } from '@/lib/ui/format';
import { UserError } from '@/lib/messaging/errors';
import { prepSheetMarkdown } from '@/lib/prep/markdown';
import { useRun } from '@/lib/ui/actions';
import { downloadText, fileSafe } from '@/lib/ui/download';
import { markOnce } from '@/lib/ui/marks';
import type { Route } from '@/lib/ui/route';
import { usePrep } from '@/lib/ui/use-prep';
import { downloadMeetingIcs } from '@/lib/ui/meeting-ics';

export function PrepScreen({ id, go, onDeleted }: { id: string; go(r: Route): void; onDeleted(text: string, s: Snapshot): void }) {
  const run = useRun();
  const prep = usePrep(db(), id);
  const p = prep.value;
  useEffect(() => {
    if (p) markOnce('prep-rendered');
  }, [p]);
  if (prep.error)
    return (
      <p class="notice err" role="alert">
        {prep.error}
      </p>
    );
  if (p === undefined) return <p class="muted">Loading…</p>;
  if (p === null) return <p class="notice warn">This meeting is no longer in your dossier.</p>;
  const ordered = [...p.questions].sort((a, b) => a.order - b.order);
  const markdown = () => prepSheetMarkdown(p.sheet, p.questions, p.interview.intro ?? p.sheet.intro);
  const file = `prep-${fileSafe(p.sheet.meeting?.who ?? p.sheet.company?.name ?? 'sheet')}.md`;
  // The background watches the meetings: marking one done or thanked moves its reminders.
  return (
    <PrepSheetView
      interview={p.interview}
      sheet={p.sheet}
      questions={p.questions}
      referrals={p.referrals}
      thankYou={p.thankYou}
      onCalendar={() => run(() => downloadMeetingIcs(db(), id), { success: 'Downloaded the meeting as a calendar event (.ics).' })}
      onChange={(qid, patch) => run(() => updateQuestion(db(), qid, patch))}
      onMove={(qid, dir) => run(() => moveQuestion(db(), qid, dir))}
      onDelete={(qid) =>
        // One click took a question, its reason and its notes for good: the bar offers it back.
        run(() => deleteQuestionOf(db(), qid), {
          then: (s) => {
            const gone = s.questions[0];
            if (gone) onDeleted(`Deleted question ${ordered.findIndex((q) => q.id === gone.id) + 1}: “${cutAtWord(gone.text, 60)}”`, s);
          },
        })
      }
      onAdd={(text, category) => run(() => addOwnQuestion(db(), id, text, category), { success: addedNotice(ordered, category) })}
      onIntro={(intro) => run(() => updateInterview(db(), id, { intro }))}
      onTimer={(startedAt) => run(() => updateInterview(db(), id, { startedAt }))}
      onChecklist={(checklist) => run(() => updateInterview(db(), id, { checklist }))}
      onDone={() => run(() => completeInterview(db(), id), { success: 'Marked done. Send your thank-you within 24 hours.' })}
      onThankYouText={(thankYou) => run(() => updateInterview(db(), id, { thankYou }))}
      onCopyThankYou={() => run(() => navigator.clipboard.writeText(p.thankYou), { success: 'Copied the thank-you.' })}
      onThanked={() => run(() => markThanked(db(), id), { success: 'Noted: thank-you sent.' })}
      onReferral={(name, title) =>
        run(
          async () => {
            if (!p.interview.personId)
              throw new UserError(
                'no-person',
                'This meeting is with a company, not a person: add the people you were referred to from their company.',
              );
            return addReferral(db(), { name, title, referredBy: p.interview.personId, companyId: p.interview.companyId });
          },
          { success: `${name} added to your dossier.` },
        )
      }
      onCopyMarkdown={() => run(() => navigator.clipboard.writeText(markdown()), { success: 'Copied the prep sheet as Markdown.' })}
      onDownloadMarkdown={() => run(() => downloadText(file, markdown()), { success: `Downloaded ${file}.` })}
      onPrint={() => run(() => browser.tabs.create({ url: browser.runtime.getURL(`/print.html#${encodeURIComponent(id)}`) }))}
      onOpenPerson={(pid) => go({ name: 'person', id: pid })}
      onOpenCompany={(cid) => go({ name: 'company', id: cid })}
      onPullQuestion={(q) => run(() => addFromReserve(db(), id, q), { success: addedNotice(ordered, q.category) })}
    />
  );
}
