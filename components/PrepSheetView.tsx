import { Fragment } from 'preact';
import type { PrepSheet } from '@/lib/prep/sheet';
import { companyIsEmpty, nothingClippedAbout } from '@/lib/prep/sheet-shape';
import type { Interview, Person } from '@/lib/schema/dossier';
import { formatIsoDate, shortUrl, textRows } from '@/lib/ui/format';
import { formatMeeting } from '@/lib/ui/time';
import { DraftTextarea } from './DraftTextarea';
import { ExternalLink } from './ExternalLink';
import { MeetingTimer } from './MeetingTimer';
import { FollowUp } from './FollowUp';
import { type QuestionEvents, QuestionList } from './QuestionList';
import type { Question } from '@/lib/schema/dossier';
import type { SuggestedQuestion } from '@/lib/prep/types';
import { HookList } from './HookList';
import { MoreQuestions } from './MoreQuestions';
import { ResearchFirst } from './ResearchFirst';

export interface PrepEvents extends QuestionEvents {
  onIntro(text: string): void;
  onTimer(startedAt: number | undefined): void;
  onChecklist(done: number[]): void;
  onDone(): void;
  onThankYouText(text: string): void;
  onThanked(): void;
  onCopyThankYou(): void;
  onReferral(name: string, title?: string): void;
  onCopyMarkdown(): void;
  onDownloadMarkdown(): void;
  onPrint(): void;
  onOpenPerson(id: string): void;
  /** Opens the company's view (a meeting with a company: its people are added there). */
  onOpenCompany?(id: string): void;
  onPullQuestion(q: SuggestedQuestion): void;
}

export interface PrepSheetViewProps extends PrepEvents {
  interview: Interview;
  sheet: PrepSheet;
  questions: Question[];
  referrals: Person[];
  thankYou: string;
  onCalendar(): void;
  /** The clock, for tests. */
  now?: number;
}

/** The prep sheet: before the meeting, during it (timer, ticks, notes) and after it (thank-you, referrals). */
export function PrepSheetView(props: PrepSheetViewProps) {
  const { interview: iv, sheet } = props;
  const after = iv.status === 'done' || iv.status === 'thanked';
  // A planned meeting whose time has passed said 'planned' as if still ahead, months after it
  // (every sheet read from dossiers-blind-15…17): it says it is over and what to do next.
  const over = iv.status === 'planned' && iv.when + iv.durationMinutes * 60_000 < (props.now ?? Date.now());
  // The reserve, less what the user already pulled onto the list.
  const more = sheet.reserve.filter((q) => !props.questions.some((x) => x.id.endsWith(`:${q.id}`) || x.text === q.text));
  return (
    <article class="stack prep" aria-labelledby="prep-h">
      <header class="card stack">
        <p class="small muted">
          Informational interview · {over ? 'over, not marked done: “Meeting done” opens the thank-you' : iv.status}
        </p>
        <h1 id="prep-h">{[sheet.meeting?.who, sheet.meeting?.company].filter(Boolean).join(' · ') || 'Meeting'}</h1>
        <dl class="facts">
          <dt>When</dt>
          <dd>
            {formatMeeting(iv.when, iv.timeZone)} <span class="small muted">({iv.timeZone.replace(/_/g, ' ')})</span>
          </dd>
          {iv.where && (
            <>
              <dt>Where</dt>
              <dd>{/^https?:\/\//.test(iv.where) ? <ExternalLink href={iv.where}>{iv.where}</ExternalLink> : iv.where}</dd>
            </>
          )}
          <dt>Length</dt>
          <dd>{iv.durationMinutes} minutes</dd>
          {iv.goal && (
            <>
              <dt>My goal</dt>
              <dd>{iv.goal}</dd>
            </>
          )}
        </dl>
        {!after && (
          <MeetingTimer
            startedAt={iv.startedAt}
            durationMinutes={iv.durationMinutes}
            onStart={() => props.onTimer(Date.now())}
            onStop={() => props.onTimer(undefined)}
          />
        )}
        <div class="row wrap">
          <button type="button" class="btn small" onClick={props.onCopyMarkdown}>
            Copy as Markdown
          </button>
          <button type="button" class="btn small" onClick={props.onDownloadMarkdown}>
            Download .md
          </button>
          <button type="button" class="btn small" onClick={props.onPrint}>
            Print view
          </button>
          {iv.status === 'planned' && (
            <button type="button" class="btn small" onClick={props.onCalendar}>
              Add to calendar (.ics)
            </button>
          )}
          {!after && (
            <button type="button" class="btn small primary" onClick={props.onDone}>
              Meeting done
            </button>
          )}
        </div>
      </header>

      {after && <FollowUp {...props} />}

      {sheet.why && (
        <section class="card stack" aria-labelledby="why-h">
          <h2 id="why-h">Why this person</h2>
          <p>{sheet.why}</p>
        </section>
      )}

      <section class="card stack" aria-labelledby="intro-h">
        <h2 id="intro-h">Your 30-second introduction</h2>
        {/* Sized to the introduction: five rows showed half of it at 360 px, to be read by scrolling
            inside the box (every sheet of dossiers-blind-15…17 runs to eight or nine lines). */}
        <DraftTextarea
          class="intro"
          rows={textRows(iv.intro ?? sheet.intro, 5, 14)}
          maxLength={20000}
          value={iv.intro ?? sheet.intro}
          aria-labelledby="intro-h"
          onCommit={props.onIntro}
        />
      </section>

      {sheet.hooks.length > 0 && (
        <section class="card stack" aria-labelledby="hooks-h">
          <h2 id="hooks-h">Hooks from your research</h2>
          <HookList hooks={sheet.hooks} />
        </section>
      )}

      <section class="card stack" aria-labelledby="q-h">
        <h2 id="q-h">Questions</h2>
        <p class="small muted">
          {props.questions.length} for {iv.durationMinutes} minutes, in the order of the conversation: their story first, the ask for names
          last. ★ marks the must-asks.
        </p>
        <QuestionList
          questions={props.questions}
          durationMinutes={iv.durationMinutes}
          onChange={props.onChange}
          onMove={props.onMove}
          onDelete={props.onDelete}
          onAdd={props.onAdd}
        />
      </section>

      {more.length > 0 && (
        <section class="card stack" aria-labelledby="more-h">
          <h2 id="more-h">More if there is time</h2>
          <MoreQuestions reserve={more} onPull={props.onPullQuestion} />
        </section>
      )}

      {sheet.careful.length > 0 && (
        <section class="card stack" aria-labelledby="care-h">
          <h2 id="care-h">Handle with care</h2>
          <ul class="plain list">
            {sheet.careful.map((c) => (
              <li key={c.text} class="stack tight">
                <span>{c.text}</span>
                <span class="small muted">
                  {c.url ? <ExternalLink href={c.url}>{c.source}</ExternalLink> : c.source}
                  {c.date ? ` · ${formatIsoDate(c.date)}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {(sheet.research.length > 0 || sheet.alreadyKnown.length > 0) && (
        <section class="card stack" aria-labelledby="research-h">
          <h2 id="research-h">Research first, don't ask</h2>
          <ResearchFirst known={sheet.alreadyKnown} gaps={sheet.research} />
        </section>
      )}

      {sheet.person && (
        <section class="card stack" aria-labelledby="pg-h">
          <h2 id="pg-h">{sheet.person.name} at a glance</h2>
          <dl class="facts">
            {(sheet.person.role || sheet.person.company) && (
              <>
                <dt>Role</dt>
                <dd>{[sheet.person.role, sheet.person.company].filter(Boolean).join(' at ')}</dd>
              </>
            )}
            {sheet.person.tenure && (
              <>
                <dt>Tenure</dt>
                <dd>{sheet.person.tenure}</dd>
              </>
            )}
            {sheet.person.location && (
              <>
                <dt>Location</dt>
                <dd>{sheet.person.location}</dd>
              </>
            )}
            {sheet.person.commonGround.length > 0 && (
              <>
                <dt>Common ground</dt>
                <dd>{sheet.person.commonGround.join(' · ')}</dd>
              </>
            )}
            {sheet.person.education.length > 0 && (
              <>
                <dt>Education</dt>
                <dd>{sheet.person.education.map((e) => [e.school, e.degree].filter(Boolean).join(', ')).join(' · ')}</dd>
              </>
            )}
            {sheet.person.beside.length > 0 && (
              <>
                <dt>Beside the job</dt>
                <dd>
                  {sheet.person.beside
                    .slice(0, 6)
                    .map((e) => [e.title, e.company].filter(Boolean).join(', '))
                    .join(' · ')}
                </dd>
              </>
            )}
          </dl>
          {sheet.person.timeline.length > 0 && (
            <ol class="plain timeline small">
              {sheet.person.timeline.slice(0, 8).map((e, i) => (
                <li key={i}>
                  <strong>{e.title}</strong>
                  {e.company ? ` · ${e.company}` : ''}{' '}
                  <span class="muted">({[formatIsoDate(e.start), e.end ? formatIsoDate(e.end) : 'now'].join(' – ')})</span>
                </li>
              ))}
            </ol>
          )}
        </section>
      )}

      {sheet.company && companyIsEmpty(sheet) && (
        <section class="card stack" aria-labelledby="cg-h">
          <h2 id="cg-h">{sheet.company.name} at a glance</h2>
          <p class="muted">{nothingClippedAbout(sheet.company.name)}</p>
        </section>
      )}
      {sheet.company && !companyIsEmpty(sheet) && (
        <section class="card stack" aria-labelledby="cg-h">
          <h2 id="cg-h">{sheet.company.name} at a glance</h2>
          <dl class="facts">
            {sheet.company.facts.map((f) => (
              <Fragment key={f.key}>
                <dt>{f.label}</dt>
                <dd>{f.key === 'website' ? <ExternalLink href={f.value}>{shortUrl(f.value)}</ExternalLink> : f.value}</dd>
              </Fragment>
            ))}
            {sheet.referrals.length > 0 && (
              <>
                <dt>People to ask about</dt>
                <dd>{sheet.referrals.map((r) => [r.name, r.title].filter(Boolean).join(', ')).join(' · ')}</dd>
              </>
            )}
          </dl>
          {sheet.company.news.length > 0 && (
            <>
              <h3>Clipped news</h3>
              <ul class="plain list">
                {sheet.company.news.map((n) => (
                  <li key={n.clipId}>
                    <ExternalLink href={n.url}>{n.title}</ExternalLink>
                    <div class="small muted">{[n.date ? formatIsoDate(n.date) : undefined, n.siteName].filter(Boolean).join(' · ')}</div>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      <section class="card stack" aria-labelledby="et-h">
        <h2 id="et-h">Etiquette{MODE_LABEL[sheet.etiquette.mode]}</h2>
        <ul class="plain checklist">
          {sheet.etiquette.items.map((item, i) => {
            const done = iv.checklist?.includes(i) ?? false;
            return (
              <li key={i}>
                {/* A flex row that wraps put each box alone above its sentence at 360 px: a long
                    line wraps beside its box instead. */}
                <label class="check">
                  <input
                    type="checkbox"
                    checked={done}
                    onChange={() => props.onChecklist(done ? (iv.checklist ?? []).filter((x) => x !== i) : [...(iv.checklist ?? []), i])}
                  />
                  <span>{item}</span>
                </label>
              </li>
            );
          })}
        </ul>
      </section>
    </article>
  );
}

const MODE_LABEL: Record<PrepSheet['etiquette']['mode'], string> = {
  video: ' for a video call',
  phone: ' for a phone call',
  'in-person': ' for meeting in person',
  unknown: '',
};
