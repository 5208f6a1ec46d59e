import { useEffect, useState } from 'preact/hooks';
import { markOnce } from '@/lib/ui/marks';
import { browser } from 'wxt/browser';
import { PrepSheetView } from '@/components/PrepSheetView';
import { db } from '@/lib/db/database';
import {
  addFromReserve,
  addOwnQuestion,
  addReferral,
  completeInterview,
  deleteQuestion,
  markThanked,
  moveQuestion,
  updateInterview,
  updateQuestion,
} from '@/lib/db/interviews';
import { send } from '@/lib/messaging/client';
import { prepSheetMarkdown } from '@/lib/prep/markdown';
import { downloadText, fileSafe } from '@/lib/ui/download';
import type { Route } from '@/lib/ui/route';
import { usePrep } from '@/lib/ui/use-prep';
import { downloadMeetingIcs } from '@/lib/ui/meeting-ics';

export function PrepScreen({ id, go }: { id: string; go(r: Route): void }) {
  const prep = usePrep(db(), id);
  const [notice, setNotice] = useState<string>();
  const p = prep.value;
  useEffect(() => {
    if (p) markOnce('prep-rendered');
  }, [p]);
  if (prep.error) return <p class="notice err">The prep sheet could not be read: {prep.error}</p>;
  if (p === undefined) return <p class="muted">Loading…</p>;
  if (p === null) return <p class="notice warn">This meeting is no longer in your dossier.</p>;
  const markdown = () => prepSheetMarkdown(p.sheet, p.questions, p.interview.intro ?? p.sheet.intro);
  const syncReminders = () => void send('syncReminders', {}).catch(() => {});
  return (
    <PrepSheetView
      interview={p.interview}
      sheet={p.sheet}
      questions={p.questions}
      referrals={p.referrals}
      thankYou={p.thankYou}
      notice={notice}
      onCalendar={() =>
        void downloadMeetingIcs(db(), id).then(
          () => setNotice('Downloaded the meeting as a calendar event (.ics).'),
          (err: unknown) => setNotice(`The calendar file could not be made: ${err instanceof Error ? err.message : String(err)}`),
        )
      }
      onChange={(qid, patch) => void updateQuestion(db(), qid, patch)}
      onMove={(qid, dir) => void moveQuestion(db(), qid, dir)}
      onDelete={(qid) => void deleteQuestion(db(), qid)}
      onAdd={(text, category) => void addOwnQuestion(db(), id, text, category)}
      onIntro={(intro) => void updateInterview(db(), id, { intro })}
      onTimer={(startedAt) => void updateInterview(db(), id, { startedAt })}
      onChecklist={(checklist) => void updateInterview(db(), id, { checklist })}
      onDone={() => void completeInterview(db(), id).then(syncReminders)}
      onThankYouText={(thankYou) => void updateInterview(db(), id, { thankYou })}
      onThanked={() => void markThanked(db(), id).then(syncReminders)}
      onReferral={(name, title) =>
        p.interview.personId &&
        void addReferral(db(), { name, title, referredBy: p.interview.personId, companyId: p.interview.companyId }).then(() =>
          setNotice(`${name} added to your dossier.`),
        )
      }
      onCopyMarkdown={() => void navigator.clipboard.writeText(markdown()).then(() => setNotice('Copied the prep sheet as Markdown.'))}
      onDownloadMarkdown={() => downloadText(`prep-${fileSafe(p.sheet.meeting?.who ?? p.sheet.company?.name ?? 'sheet')}.md`, markdown())}
      onPrint={() => void browser.tabs.create({ url: browser.runtime.getURL(`/print.html#${encodeURIComponent(id)}`) })}
      onOpenPerson={(pid) => go({ name: 'person', id: pid })}
      onPullQuestion={(q) =>
        addFromReserve(db(), id, q).then(
          () => setNotice('Added to the end of your questions.'),
          (err: unknown) => setNotice(`The question could not be added: ${err instanceof Error ? err.message : String(err)}`),
        )
      }
    />
  );
}
