import { useEffect, useState } from 'preact/hooks';
import type { Draft } from '@/lib/outreach/drafts';
import { NOTE_LIMIT, wordCount } from '@/lib/outreach/drafts';
import type { DraftKind } from '@/lib/schema/dossier';

export interface OutreachDraftsProps {
  firstName: string;
  drafts: { note: Draft; ask: Draft; nudge: Draft };
  /** Already a LinkedIn connection: no connection request to write. */
  connected: boolean;
  /** Days since the last message without a reply, when there is one (the nudge is offered then). */
  waitingDays?: number;
  /** A meeting is planned or done: the drafts stay at hand, folded away. */
  settled?: boolean;
  onCopy(text: string, what: string): void;
  onSent(kind: DraftKind, text: string): void;
}

/** What the copy notice calls each draft. */
const NAMES: Record<DraftKind, string> = { 'connection-note': 'connection note', ask: 'message', nudge: 'nudge' };

const TITLES: Record<DraftKind, string> = {
  'connection-note': 'LinkedIn connection note',
  ask: 'Message or email asking for 20–30 minutes',
  nudge: 'Follow-up nudge',
};

/** Ask for the meeting: each draft editable, with its counter, what it rests on, Copy and Mark as sent. */
export function OutreachDrafts(props: OutreachDraftsProps) {
  const shown: Draft[] = [
    ...(props.connected ? [] : [props.drafts.note]),
    props.drafts.ask,
    ...(props.waitingDays !== undefined ? [props.drafts.nudge] : []),
  ];
  const boxes = shown.map((d) => <DraftBox key={d.kind} draft={d} onCopy={props.onCopy} onSent={props.onSent} />);
  return (
    <section class="card stack outreach" aria-labelledby="outreach-h">
      <h2 id="outreach-h">Ask for the meeting</h2>
      {props.connected && !props.settled && <p class="small muted">You are already connected with {props.firstName}: send a message.</p>}
      {props.waitingDays !== undefined && (
        <p class="small">
          No reply for {props.waitingDays} day{props.waitingDays === 1 ? '' : 's'}
          {props.waitingDays >= 7 ? ': send the nudge.' : '. A nudge is ready for when a week has passed.'}
        </p>
      )}
      {props.settled ? (
        <details>
          <summary class="small">You already have a meeting with {props.firstName}. Show the drafts</summary>
          <div class="stack">{boxes}</div>
        </details>
      ) : (
        boxes
      )}
    </section>
  );
}

function DraftBox({
  draft,
  onCopy,
  onSent,
}: {
  draft: Draft;
  onCopy(text: string, what: string): void;
  onSent(kind: DraftKind, text: string): void;
}) {
  const [text, setText] = useState(draft.text);
  // A new draft (the dossier changed) replaces the text unless the user is editing it.
  useEffect(() => setText(draft.text), [draft.text]);
  const isNote = draft.kind === 'connection-note';
  const over = isNote ? text.length > NOTE_LIMIT : wordCount(text) >= 120;
  const id = `draft-${draft.kind}`;
  return (
    <div class="stack tight draft" data-draft={draft.kind}>
      <label class="field" for={id}>
        {TITLES[draft.kind]}
      </label>
      {draft.subject && <p class="small">Subject: {draft.subject}</p>}
      <textarea id={id} rows={isNote ? 4 : 8} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      <p class={`small counter ${over ? 'overdue' : 'muted'}`} aria-live="polite">
        {isNote ? `${text.length} / ${NOTE_LIMIT} characters` : `${wordCount(text)} words (under 120 reads well)`}
        {over && (isNote ? ' — LinkedIn will not send more than 300.' : ' — shorten it.')}
      </p>
      {draft.basis.length > 0 && <p class="small muted">Rests on: {draft.basis.join('; ')}</p>}
      <div class="row wrap">
        <button
          type="button"
          class="btn small"
          onClick={() => onCopy(draft.subject ? `Subject: ${draft.subject}\n\n${text}` : text, NAMES[draft.kind])}
        >
          Copy {isNote ? 'note' : NAMES[draft.kind]}
        </button>
        <button type="button" class="btn small primary" disabled={isNote && over} onClick={() => onSent(draft.kind, text)}>
          Mark as sent
        </button>
      </div>
    </div>
  );
}
