import type { ContextResponse, KnownResponse, PreviewResponse } from '@/lib/messaging/protocol';
import { calmCaps, formatDate, formatIsoDate } from '@/lib/ui/format';
import { formatInstant } from '@/lib/ui/time';
import { saveTargetLabel, typedCompany } from '@/lib/ui/save-target';
import { KnownPeople } from './KnownPeople';
import { ExtractionSummary, profileName } from './ExtractionSummary';
import { IdentityHint } from './IdentityHint';
import { KindBadge } from './KindBadge';
import { ReviewForm } from './ReviewForm';
import type { PageExtraction } from '@/lib/schema/page-extraction';

/** How the last action went; an action may offer the next step (open the clip where it went). */
export type Outcome = { ok: boolean; text: string; action?: { label: string; run(): void } };

export interface PopupViewProps {
  tab?: { title?: string; url?: string };
  /** Why this tab cannot be clipped, when it cannot. */
  blocked?: string;
  preview?: PreviewResponse;
  /** What the dossier already knows about this page: its company, person and next meeting. */
  context?: ContextResponse;
  /** The extraction as the user sees it now: the preview's, perhaps corrected. */
  extraction?: PageExtraction;
  editing: boolean;
  previewError?: string;
  companies: Array<{ id: string; name: string }>;
  /** '' = the company Rapport matched (or will create). */
  companyChoice: string;
  /** '' = the person Rapport matched (or will create); else a person the user confirmed from a hint. */
  personChoice: string;
  saving: boolean;
  outcome?: Outcome;
  iconUrl: string;
  onChooseCompany(id: string): void;
  onChoosePerson(id: string): void;
  onEdit(next: PageExtraction): void;
  onToggleEditing(): void;
  onClip(): void;
  onOpenDossier(): void;
  onOpenPrep(interviewId: string): void;
  /** The user's connections at this page's company. */
  known?: KnownResponse;
  onOpenPerson(personId: string): void;
}

/** Why the picker offers a company the page did not name: short in the list, whole in the hint. */
const RESEARCHING = { meeting: 'next meeting', recent: 'updated last' } as const;
const RESEARCHING_WHY = { meeting: 'the company of your next meeting', recent: 'the company you updated last' } as const;

export function PopupView(props: PopupViewProps) {
  const { tab, blocked, preview, previewError, outcome } = props;
  const suggested = preview?.suggested && preview.suggested.id !== preview.company?.id ? preview.suggested : undefined;
  const loading = !blocked && !preview && !previewError;
  // Where the clip goes if the user picks nothing else: what the page names, or what they typed.
  const target = saveTargetLabel(preview?.company, props.extraction, props.companies);
  return (
    <main class="stack popup" aria-busy={loading}>
      <header class="row">
        <span class="brand">
          <img src={props.iconUrl} alt="" /> Rapport
        </span>
        <span class="spacer" />
        <button type="button" class="btn small" onClick={props.onOpenDossier}>
          Open dossier
        </button>
      </header>

      {props.context?.next && <NextMeeting next={props.context.next} company={props.context.companyName} onOpen={props.onOpenPrep} />}
      {props.context?.connection && (
        <p class="notice info connection-note">
          <strong>{props.context.personName}</strong> is one of your LinkedIn connections
          {props.context.connection.since ? ` (since ${formatIsoDate(props.context.connection.since)})` : ''}.
        </p>
      )}
      {props.known && props.known.companyName && props.known.total > 0 && (
        <KnownPeople
          companyName={props.known.companyName}
          people={props.known.people.slice(0, 5)}
          total={props.known.total}
          other={!!props.context?.personId}
          onOpen={props.onOpenPerson}
        />
      )}

      <section class="card stack" aria-label="This page">
        <div>
          {/* A profile is headed by the person's name (its title, "Name - Headline | LinkedIn", repeated the rows
              below it); any other page by its title as Rapport will store it, without LinkedIn's "(3) " count. */}
          <h1 class="clamp-2">
            {(props.extraction && profileName(props.extraction)) ||
              calmCaps(props.extraction?.title || tab?.title || '') ||
              'Untitled page'}
          </h1>
          <p class="muted small truncate" title={tab?.url}>
            {tab?.url}
          </p>
        </div>
        {preview && props.extraction && (
          <div class="row">
            <KindBadge kind={props.extraction.kind} />
            {preview.existingClip && <span class="chip neutral">In dossier since {formatDate(preview.existingClip.capturedAt)}</span>}
          </div>
        )}
        {loading && <p class="muted small">Reading the page…</p>}
        {props.extraction &&
          (props.editing ? (
            <ReviewForm extraction={props.extraction} onChange={props.onEdit} />
          ) : (
            <ExtractionSummary extraction={props.extraction} />
          ))}
        {props.extraction && (
          <button type="button" class="btn link small align-start" onClick={props.onToggleEditing} aria-expanded={props.editing}>
            {props.editing ? 'Done correcting' : 'Correct before saving'}
          </button>
        )}
      </section>

      {preview?.partial && <p class="notice warn partial-note">{preview.partial}</p>}
      {blocked && (
        <p class="notice warn" role="alert">
          {blocked}
        </p>
      )}
      {previewError && (
        <p class="notice err" role="alert">
          {previewError}
        </p>
      )}

      {preview?.hints?.person && (
        <IdentityHint
          question={`Is this page about ${preview.hints.person.name} in your dossier?`}
          hint={preview.hints.person}
          accepted={props.personChoice === preview.hints.person.id}
          onAccept={() => props.onChoosePerson(preview.hints!.person!.id)}
          onUndo={() => props.onChoosePerson('')}
        />
      )}
      {preview?.hints?.company && (
        <IdentityHint
          question={`Does this page belong to ${preview.hints.company.name} in your dossier?`}
          hint={preview.hints.company}
          accepted={props.companyChoice === preview.hints.company.id}
          onAccept={() => props.onChooseCompany(preview.hints!.company!.id)}
          onUndo={() => props.onChooseCompany('')}
        />
      )}

      {/* The primary action stays in view at any content height: Chrome cuts popups at 600 px. */}
      {(preview || outcome) && (
        <footer class="popup-actions stack">
          {preview && (
            <label class="field">
              Save to company
              <select value={props.companyChoice} onChange={(e) => props.onChooseCompany((e.target as HTMLSelectElement).value)}>
                <option value="">{target}</option>
                {suggested && (
                  <option value={suggested.id}>
                    {suggested.name} ({RESEARCHING[suggested.reason]})
                  </option>
                )}
                {props.companies
                  .filter((c) => c.id !== suggested?.id && c.name !== target)
                  .map((c) => (
                    <option value={c.id} key={c.id}>
                      {c.name}
                    </option>
                  ))}
              </select>
            </label>
          )}
          {preview && suggested && !(props.extraction && typedCompany(props.extraction)) && (
            <p class="muted small" data-testid="company-hint">
              {preview.company
                ? `${preview.company.name} is not in your dossier yet. ${suggested.name} is ${RESEARCHING_WHY[suggested.reason]}.`
                : `This page does not say which company it is about. ${suggested.name} is ${RESEARCHING_WHY[suggested.reason]}.`}
            </p>
          )}
          {preview && (
            <button type="button" class="btn primary block" disabled={props.saving} onClick={props.onClip}>
              {props.saving ? 'Saving…' : preview.existingClip ? 'Clip again (update)' : 'Clip to dossier'}
            </button>
          )}
          {outcome && (
            <p class={`notice ${outcome.ok ? 'ok' : 'err'}`} role="status">
              {outcome.text}
              {outcome.action && (
                <>
                  {' '}
                  <button type="button" class="btn link small" onClick={outcome.action.run}>
                    {outcome.action.label}
                  </button>
                </>
              )}
            </p>
          )}
        </footer>
      )}
    </main>
  );
}

function NextMeeting({
  next,
  company,
  onOpen,
  now = Date.now(),
}: {
  next: NonNullable<ContextResponse['next']>;
  /** The page's company: a meeting with a company (no person) is named by it. */
  company?: string;
  onOpen(id: string): void;
  now?: number;
}) {
  // The dossier offers the latest meeting not marked done even once it is over: said as such,
  // with its year, it no longer reads as one coming up ("Next meeting · Tue, Jan 20" eleven months
  // after it, The App Solutions, dossiers-blind-16).
  const past = next.when + next.durationMinutes * 60_000 < now;
  const year = new Date(next.when).getFullYear() !== new Date(now).getFullYear();
  const when = formatInstant(next.when, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(year ? { year: 'numeric' } : {}),
    hour: '2-digit',
    minute: '2-digit',
    timeZone: next.timeZone,
  });
  return (
    <section class="card stack next-meeting" aria-labelledby="next-h">
      <h2 id="next-h">{past ? 'Meeting not marked done' : 'Next meeting'}</h2>
      <p>
        <strong>{next.who ?? company ?? 'Informational interview'}</strong> · {when} · {next.durationMinutes} min
        {next.where && !/^https?:/.test(next.where) ? ` · ${next.where}` : ''}
      </p>
      {past && <p class="small muted">It is over: mark it done on the prep sheet to write your thank-you.</p>}
      {!past && next.mustAsk.length > 0 && (
        <ol class="must-asks">
          {next.mustAsk.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ol>
      )}
      <button type="button" class="btn primary" onClick={() => onOpen(next.interviewId)}>
        Open the prep sheet
      </button>
    </section>
  );
}
