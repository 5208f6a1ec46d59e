import { PERSON_STATUSES, type Clip, type Company, type Interview, type Person, type PersonStatus } from '@/lib/schema/dossier';
import { formatIsoDate, sourceName, STATUS_LABELS } from '@/lib/ui/format';
import { formatMeeting } from '@/lib/ui/time';
import { headlineAddsToRole } from '@/lib/ui/headline';
import { ConfirmDelete } from './ConfirmDelete';
import { NotesBox } from './NotesBox';
import { TagEditor } from './TagEditor';
import { ExternalLink } from './ExternalLink';
import { ReferralList } from './ReferralList';
import type { ComponentChildren } from 'preact';

export interface PersonViewProps {
  person: Person;
  company?: Company;
  interviews: Interview[];
  referrer?: Person;
  referrals: Person[];
  onStatus(status: PersonStatus): void;
  onPlan(): void;
  onOpenInterview(id: string): void;
  onOpenCompany(id: string): void;
  onOpenPerson(id: string): void;
  onDelete(): void;
  onTags(tags: string[]): void;
  onNotes(notes: string): void;
  /** Shared schools and employers with the user, one line each. */
  commonGround: string[];
  /** Downloads a planned meeting as an .ics event. */
  onCalendar(interviewId: string): void;
  /** The clips that named this person (a team page, an encyclopedia's infobox). */
  sources?: Array<Pick<Clip, 'id' | 'url' | 'title' | 'siteName'>>;
  /** Outreach and the contact log, shown under the status. */
  children?: ComponentChildren;
}

export function PersonView(props: PersonViewProps) {
  const { person: p, company } = props;
  const range = (start?: string, end?: string) =>
    [formatIsoDate(start), end ? formatIsoDate(end) : start ? 'now' : ''].filter(Boolean).join(' – ');
  return (
    <article class="stack" aria-labelledby="person-name">
      <header class="stack tight">
        <h1 id="person-name">{p.name}</h1>
        {headlineAddsToRole(p.headline, p.currentTitle, company?.name) && <p class="muted">{p.headline}</p>}
        <p class="small muted">
          {p.currentTitle && <span>{p.currentTitle}</span>}
          {company && (
            <>
              {p.currentTitle ? ' at ' : ''}
              <button type="button" class="btn link in-text" onClick={() => props.onOpenCompany(company.id)}>
                {company.name}
              </button>
            </>
          )}
          {p.location && <span> · {p.location}</span>}
        </p>
        {p.profileUrl && (
          <p class="small">
            <ExternalLink href={p.profileUrl}>Profile</ExternalLink>
          </p>
        )}
        {/* Someone known only from a page that names them (Wikipedia's key people, a team page):
            where the name and title were read, so the user can judge and check them. */}
        {!p.profileUrl && !!props.sources?.length && (
          <p class="small muted">
            Found on{' '}
            {props.sources.map((c, i) => (
              <span key={c.id}>
                {i > 0 && ', '}
                <ExternalLink href={c.url}>{sourceName(c)}</ExternalLink>
              </span>
            ))}
          </p>
        )}
        {p.connection && (
          <p class="small connection">
            LinkedIn connection{p.connection.since ? ` since ${formatIsoDate(p.connection.since)}` : ''}
            {p.connection.company || p.connection.position
              ? ` · their export says ${[p.connection.position, p.connection.company].filter(Boolean).join(' at ')}`
              : ''}
          </p>
        )}
        {props.commonGround.length > 0 && (
          <div class="row wrap tight" aria-label="Common ground">
            {props.commonGround.map((g) => (
              <span key={g} class="chip neutral wraps">
                Common ground · {g}
              </span>
            ))}
          </div>
        )}
        {props.referrer && (
          <p class="small">
            Referred by{' '}
            <button type="button" class="btn link" onClick={() => props.onOpenPerson(props.referrer!.id)}>
              {props.referrer.name}
            </button>
          </p>
        )}
      </header>
      <TagEditor tags={p.tags} onChange={props.onTags} label="Person tags" />
      <div class="row wrap">
        <label class="field inline">
          Status
          <select value={p.status ?? ''} onChange={(e) => props.onStatus((e.target as HTMLSelectElement).value as PersonStatus)}>
            {!p.status && (
              <option value="" disabled>
                Not in the pipeline
              </option>
            )}
            {PERSON_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <span class="spacer" />
        <button type="button" class="btn primary" onClick={props.onPlan}>
          Plan an informational interview
        </button>
      </div>
      {props.children}
      {props.interviews.length > 0 && (
        <section class="card stack" aria-labelledby="meetings-h">
          <h2 id="meetings-h">Meetings</h2>
          <ul class="plain list">
            {props.interviews.map((i) => (
              <li key={i.id} class="row">
                <span class="stack tight">
                  <strong>{formatMeeting(i.when, i.timeZone)}</strong>
                  <span class="small muted">
                    {i.durationMinutes} min · {i.status}
                  </span>
                </span>
                <span class="spacer" />
                {i.status === 'planned' && (
                  <button type="button" class="btn small" onClick={() => props.onCalendar(i.id)}>
                    Add to calendar (.ics)
                  </button>
                )}
                <button type="button" class="btn small" onClick={() => props.onOpenInterview(i.id)}>
                  Prep sheet
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {p.experience.length > 0 && (
        <section class="card stack" aria-labelledby="career-h">
          <h2 id="career-h">Career</h2>
          <ol class="plain timeline">
            {p.experience.map((e, i) => (
              <li key={i}>
                <strong>{e.title ?? 'Role'}</strong>
                {e.company && <span> · {e.company}</span>}
                <div class="small muted">{[range(e.start, e.end), e.location].filter(Boolean).join(' · ')}</div>
              </li>
            ))}
          </ol>
        </section>
      )}
      {p.education.length > 0 && (
        <section class="card stack" aria-labelledby="edu-h">
          <h2 id="edu-h">Education</h2>
          <ul class="plain list">
            {p.education.map((e, i) => (
              <li key={i}>
                <strong>{e.school}</strong>
                <div class="small muted">
                  {[[e.degree, e.field].filter(Boolean).join(', '), range(e.start, e.end)].filter(Boolean).join(' · ')}
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      <NotesBox notes={p.notes} onChange={props.onNotes} label={`Notes on ${p.name}`} />
      <ConfirmDelete
        label="Delete this person"
        warning={`This removes ${p.name}, their profile clips and their meetings from your dossier. You can undo right after.`}
        onConfirm={props.onDelete}
      />
      {props.referrals.length > 0 && (
        <section class="card stack" aria-labelledby="ref-h">
          <h2 id="ref-h">Referred to</h2>
          <ReferralList people={props.referrals} onOpen={props.onOpenPerson} />
        </section>
      )}
    </article>
  );
}
