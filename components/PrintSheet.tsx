import { Fragment } from 'preact';
import { CATEGORY_LABELS } from '@/lib/prep/types';
import type { PrepSheet } from '@/lib/prep/sheet';
import { QUESTION_CATEGORIES, type Interview, type Question } from '@/lib/schema/dossier';
import { formatIsoDate } from '@/lib/ui/format';
import { formatMeeting } from '@/lib/ui/time';

/** The prep sheet as a document for paper: one or two pages, no controls. */
export function PrintSheet({
  sheet,
  interview,
  questions,
  onPrint,
}: {
  sheet: PrepSheet;
  interview: Interview;
  questions: Question[];
  onPrint(): void;
}) {
  const title = [sheet.meeting?.who, sheet.meeting?.company].filter(Boolean).join(' · ');
  return (
    <main class="print-sheet">
      <div class="no-print row">
        <button type="button" class="btn primary" onClick={onPrint}>
          Print
        </button>
        <span class="muted small">One or two pages. Use your browser's print settings to save as PDF.</span>
      </div>
      <header>
        <h1>Informational interview: {title || 'prep sheet'}</h1>
        <p>
          {formatMeeting(interview.when, interview.timeZone)} · {interview.durationMinutes} min
          {interview.where ? ` · ${interview.where}` : ''}
        </p>
        {interview.goal && (
          <p>
            <strong>My goal:</strong> {interview.goal}
          </p>
        )}
      </header>
      <section>
        <h2>My introduction</h2>
        <p>{interview.intro ?? sheet.intro}</p>
      </section>
      <div class="cols">
        {sheet.person && (
          <section>
            <h2>{sheet.person.name}</h2>
            <p>{[sheet.person.role, sheet.person.company].filter(Boolean).join(' at ')}</p>
            {sheet.person.tenure && <p>Tenure: {sheet.person.tenure}</p>}
            {sheet.person.commonGround.map((c) => (
              <p key={c}>{c}</p>
            ))}
            <ul>
              {sheet.person.timeline.slice(0, 5).map((e, i) => (
                <li key={i}>
                  {[e.title, e.company].filter(Boolean).join(', ')} ({formatIsoDate(e.start)}–{e.end ? formatIsoDate(e.end) : 'now'})
                </li>
              ))}
            </ul>
          </section>
        )}
        {sheet.company && (
          <section>
            <h2>{sheet.company.name}</h2>
            <dl>
              {sheet.company.facts
                .filter((f) => f.key !== 'website')
                .map((f) => (
                  <Fragment key={f.key}>
                    <dt>{f.label}</dt>
                    <dd>{f.value.length > 220 ? `${f.value.slice(0, 219)}…` : f.value}</dd>
                  </Fragment>
                ))}
            </dl>
            {sheet.company.news.length > 0 && (
              <ul>
                {sheet.company.news.slice(0, 3).map((n) => (
                  <li key={n.clipId}>
                    {n.date ? `${formatIsoDate(n.date)}: ` : ''}
                    {n.title}
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
      </div>
      <section>
        <h2>Questions</h2>
        {QUESTION_CATEGORIES.map((c) => {
          const qs = questions.filter((q) => q.category === c).sort((a, b) => a.order - b.order);
          return qs.length ? (
            <div key={c} class="qcat">
              <h3>{CATEGORY_LABELS[c]}</h3>
              <ol>
                {qs.map((q) => (
                  <li key={q.id} class={q.mustAsk ? 'must' : undefined}>
                    <span class="box">{q.asked ? '☑' : '☐'}</span> {q.mustAsk ? '★ ' : ''}
                    {q.text}
                    {q.answerNotes && <div class="notes">{q.answerNotes}</div>}
                  </li>
                ))}
              </ol>
            </div>
          ) : null;
        })}
      </section>
      <section>
        <h2>Etiquette</h2>
        <ul class="etiquette">
          {sheet.etiquette.map((e) => (
            <li key={e}>☐ {e}</li>
          ))}
        </ul>
      </section>
    </main>
  );
}
