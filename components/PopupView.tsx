import type { PreviewResponse } from '@/lib/messaging/protocol';
import { formatDate } from '@/lib/ui/format';
import { ExtractionSummary } from './ExtractionSummary';
import { KindBadge } from './KindBadge';

export type Outcome = { ok: boolean; text: string };

export interface PopupViewProps {
  tab?: { title?: string; url?: string };
  /** Why this tab cannot be clipped, when it cannot. */
  blocked?: string;
  preview?: PreviewResponse;
  previewError?: string;
  companies: Array<{ id: string; name: string }>;
  /** '' = the company Rapport matched (or will create). */
  companyChoice: string;
  saving: boolean;
  outcome?: Outcome;
  iconUrl: string;
  onChooseCompany(id: string): void;
  onClip(): void;
  onOpenDossier(): void;
}

export function PopupView(props: PopupViewProps) {
  const { tab, blocked, preview, previewError, outcome } = props;
  const loading = !blocked && !preview && !previewError;
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

      <section class="card stack" aria-label="This page">
        <div>
          <h1 class="clamp-2">{tab?.title || 'Untitled page'}</h1>
          <p class="muted small truncate" title={tab?.url}>
            {tab?.url}
          </p>
        </div>
        {preview && (
          <div class="row">
            <KindBadge kind={preview.extraction.kind} />
            {preview.existingClip && <span class="chip neutral">In dossier since {formatDate(preview.existingClip.capturedAt)}</span>}
          </div>
        )}
        {loading && <p class="muted small">Reading the page…</p>}
        {preview && <ExtractionSummary extraction={preview.extraction} />}
      </section>

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

      {preview && (
        <div class="stack">
          <label class="field">
            Save to company
            <select value={props.companyChoice} onChange={(e) => props.onChooseCompany((e.target as HTMLSelectElement).value)}>
              <option value="">{preview.company ? `${preview.company.name}${preview.company.id ? '' : ' (new)'}` : 'No company'}</option>
              {props.companies
                .filter((c) => c.id !== preview.company?.id)
                .map((c) => (
                  <option value={c.id} key={c.id}>
                    {c.name}
                  </option>
                ))}
            </select>
          </label>
          <button type="button" class="btn primary block" disabled={props.saving} onClick={props.onClip}>
            {props.saving ? 'Saving…' : preview.existingClip ? 'Clip again (update)' : 'Clip to dossier'}
          </button>
        </div>
      )}

      {outcome && (
        <p class={`notice ${outcome.ok ? 'ok' : 'err'}`} role="status">
          {outcome.text}
        </p>
      )}
    </main>
  );
}
