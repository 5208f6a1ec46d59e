import { Fragment } from 'preact';
import { minutesFor } from '@/lib/prep/budget';
import { NEWS } from '@/lib/prep/markdown';
import type { PrepSheet } from '@/lib/prep/sheet';
import { companyIsEmpty, nothingClippedAbout } from '@/lib/prep/sheet-shape';
import type { Interview, Question } from '@/lib/schema/dossier';
import { cutAtWord, formatIsoDate, shortUrl } from '@/lib/ui/format';
import { evidenceBeyond, quoted } from '@/lib/ui/hook-evidence';
import { formatMeeting } from '@/lib/ui/time';

/** The prep sheet as a document for paper, in the coach's order: one or two pages, no controls. */
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
  const ordered = [...questions].sort((a, b) => a.order - b.order);
  const minutes = minutesFor(ordered, interview.durationMinutes);
  const more = sheet.reserve.filter((q) => !ordered.some((x) => x.id.endsWith(`:${q.id}`) || x.text === q.text)).slice(0, 5);
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
      {sheet.why && (
        <section>
          <h2>Why this person</h2>
          <p>{sheet.why}</p>
        </section>
      )}
      <section>
        <h2>My introduction</h2>
        <p>{interview.intro ?? sheet.intro}</p>
      </section>
      {sheet.hooks.length > 0 && (
        <section>
          <h2>Hooks</h2>
          <ul>
            {sheet.hooks.map((h, i) => (
              <li key={i}>
                {h.text} ({[h.source, h.date ? formatIsoDate(h.date) : undefined].filter(Boolean).join(', ')})
                {h.recent || !NEWS.has(h.kind) ? '' : ' — background'}
                {evidenceBeyond(h.text, h.evidence) && <div class="evidence">{quoted(h.evidence!)}</div>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h2>Questions ({interview.durationMinutes} minutes; ★ must ask)</h2>
        <ol class="questions">
          {ordered.map((q, i) => (
            <li key={q.id} class={q.mustAsk ? 'must' : undefined}>
              <span class="box">{q.asked ? '☑' : '☐'}</span> {q.mustAsk ? '★ ' : ''}
              {q.text} <span class="min">({minutes[i]} min)</span>
              {q.answerNotes && <div class="notes">{q.answerNotes}</div>}
            </li>
          ))}
        </ol>
        {more.length > 0 && (
          <>
            <h3>If there is time</h3>
            <ul>
              {more.map((q) => (
                <li key={q.id}>{q.text}</li>
              ))}
            </ul>
          </>
        )}
      </section>
      {sheet.careful.length > 0 && (
        <section>
          <h2>Handle with care</h2>
          <ul>
            {sheet.careful.map((c) => (
              <li key={c.text}>{c.text}</li>
            ))}
          </ul>
        </section>
      )}
      {(sheet.research.length > 0 || sheet.alreadyKnown.length > 0) && (
        <section>
          <h2>Research first, don't ask</h2>
          {sheet.alreadyKnown.length > 0 && (
            <p>
              <strong>Already known:</strong> {sheet.alreadyKnown.map((k) => `${k.label.toLowerCase()} (${k.value})`).join('; ')}
            </p>
          )}
          <ul>
            {sheet.research.map((g) => (
              <li key={g.what}>
                {g.what} — {g.where}
              </li>
            ))}
          </ul>
        </section>
      )}
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
            {companyIsEmpty(sheet) && <p>{nothingClippedAbout(sheet.company.name)}</p>}
            <dl>
              {/* The website is printed as a reader types it ("vercel.com"): leaving it out printed a bare
                  company heading over nothing when it was the only fact clipped. */}
              {sheet.company.facts.map((f) => (
                <Fragment key={f.key}>
                  <dt>{f.label}</dt>
                  <dd>{f.key === 'website' ? shortUrl(f.value) : cutAtWord(f.value, 220)}</dd>
                </Fragment>
              ))}
              {sheet.referrals.length > 0 && (
                <>
                  <dt>People to ask about</dt>
                  <dd>{sheet.referrals.map((r) => [r.name, r.title].filter(Boolean).join(', ')).join('; ')}</dd>
                </>
              )}
            </dl>
            {/* The stories clipped about it, as the side panel lists them: a company known only from
                the news printed its name over an empty column (18th Street Distillery, Warner Bros.,
                dossiers-blind-16/17). */}
            {sheet.company.news.length > 0 && (
              <>
                <h3>Clipped news</h3>
                <ul>
                  {sheet.company.news.slice(0, 4).map((n) => (
                    <li key={n.clipId}>
                      {n.title}
                      {n.date || n.siteName
                        ? ` (${[n.date ? formatIsoDate(n.date) : undefined, n.siteName].filter(Boolean).join(', ')})`
                        : ''}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        )}
      </div>
      <section>
        <h2>Etiquette</h2>
        <ul class="etiquette">
          {sheet.etiquette.items.map((e) => (
            <li key={e}>☐ {e}</li>
          ))}
        </ul>
      </section>
    </main>
  );
}
