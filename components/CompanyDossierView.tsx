import type { CompanyDossier } from '@/lib/ui/dossier-queries';
import type { CompanyFactKey, FactValue } from '@/lib/schema/dossier';
import { COMPANY_FACTS } from '@/lib/schema/company-facts';
import { listing } from '@/lib/prep/clean';
import { hostOf } from '@/lib/ui/format';
import { ClipList } from './ClipList';
import { ConfirmDelete } from './ConfirmDelete';
import { ExternalLink } from './ExternalLink';
import { FactList } from './FactList';
import { PeopleList } from './PeopleList';
import { NotesBox } from './NotesBox';
import { TagEditor } from './TagEditor';
import { KnownPeople } from './KnownPeople';
import { OpenRoleList } from './OpenRoleList';
import { RenameCompany } from './RenameCompany';
import { AddPerson } from './AddPerson';

export interface CompanyDossierViewProps {
  dossier: CompanyDossier;
  onPin(key: CompanyFactKey, value: FactValue): void;
  onOpenPerson(id: string): void;
  onPlan(): void;
  onDelete(): void;
  onTags(tags: string[]): void;
  onExport(): void;
  onNotes(notes: string): void;
  onShowAllClips(): void;
  /** Another company already has the name the user asked for (see RenameCompany). */
  renameTaken?: { id: string; name: string };
  onRename(name: string): void;
  onCombine(intoId: string): void;
  onCancelRename(): void;
  /** The person the user last added by hand here (see AddPerson). */
  addedPerson?: { id: string; name: string };
  onAddPerson(name: string, title?: string): void;
  onPlanWith(personId: string): void;
}

/** "What Acme does, its size and where it is". */

export function CompanyDossierView({
  dossier,
  onPin,
  onOpenPerson,
  onPlan,
  onDelete,
  onTags,
  onExport,
  onNotes,
  onShowAllClips,
  renameTaken,
  onRename,
  onCombine,
  onCancelRename,
  addedPerson,
  onAddPerson,
  onPlanWith,
}: CompanyDossierViewProps) {
  const { company, clips, clipCount, clipsById, people, known, roles } = dossier;
  const site = company.facts.website?.[0]?.value;
  // A company known only from a story (Kroll's report, Fraport in a German trade paper) had three
  // cards in a row saying "No facts yet", "No people yet", "No open roles yet": a screen of
  // nothing above its clips at 360 px. And once the user added its CEO by hand, the facts and
  // roles cards came back empty. A card shows only what the dossier holds; one "Still to find"
  // card says, a line each, what to clip for the rest.
  const hasFacts = COMPANY_FACTS.some((f) => company.facts[f.key]?.length);
  const has = (...keys: CompanyFactKey[]) => keys.some((k) => company.facts[k]?.length);
  // A careers page gives a website and nothing on what the company does (Vercel's): still to find.
  const unknown = has('summary', 'description', 'industry', 'mission')
    ? undefined
    : [`What ${company.name} does`, !has('size') && 'its size', !has('headquarters', 'address') && 'where it is'].filter(
        (part): part is string => !!part,
      );
  // Each line leads with what is missing, so that two or three lines do not read as one paragraph.
  const toFind = [
    unknown && [`${listing(unknown)}:`, 'clip its About page or its LinkedIn page.'],
    !people.length && ['People:', 'clip the profile of the person you will meet, or its team page.'],
    !roles.length && ['Open roles:', 'clip its careers page or a job posting.'],
  ].filter((line): line is [string, string] => !!line);
  // The person met is often named only in a story or a team list extraction missed: the user adds
  // them by hand, from the People card or, with nobody listed yet, from the "Still to find" card.
  const addPerson = (
    <AddPerson companyName={company.name} added={addedPerson} onAdd={onAddPerson} onPlan={onPlanWith} onOpen={onOpenPerson} />
  );
  return (
    <article class="stack" aria-labelledby="company-name">
      <header class="stack tight">
        <h1 id="company-name">{company.name}</h1>
        <p class="small muted">
          {typeof site === 'string' ? (
            <ExternalLink href={site} class="site-link">
              {hostOf(site)}
            </ExternalLink>
          ) : (
            company.domains[0]
          )}
          {/* A company known only from stories has no site: no separator before nothing. */}
          {(typeof site === 'string' || company.domains[0]) && ' · '}
          {clipCount} clip{clipCount === 1 ? '' : 's'} · {people.length} {people.length === 1 ? 'person' : 'people'}
        </p>
        <TagEditor tags={company.tags} onChange={onTags} label="Company tags" />
        <div class="row wrap">
          <button type="button" class="btn small" onClick={onPlan}>
            Plan an informational interview here
          </button>
          <button type="button" class="btn small" onClick={onExport}>
            Download as Markdown
          </button>
          <RenameCompany
            key={company.id}
            name={company.name}
            taken={renameTaken}
            onRename={onRename}
            onCombine={onCombine}
            onCancel={onCancelRename}
          />
        </div>
      </header>
      {hasFacts && (
        <section class="card stack" aria-labelledby="facts-h">
          <h2 id="facts-h">At a glance</h2>
          <FactList company={company} clipsById={clipsById} onPin={onPin} />
        </section>
      )}
      <KnownPeople companyName={company.name} people={known.slice(0, 50)} total={known.length} onOpen={onOpenPerson} />
      {people.length > 0 && (
        <section class="card stack" aria-labelledby="people-h">
          <h2 id="people-h">People</h2>
          <PeopleList people={people} onOpen={onOpenPerson} />
          {addPerson}
        </section>
      )}
      {roles.length > 0 && (
        <section class="card stack" aria-labelledby="roles-h">
          <h2 id="roles-h">Open roles ({roles.length})</h2>
          <OpenRoleList roles={roles} />
        </section>
      )}
      {toFind.length > 0 && (
        <section class="card stack" aria-labelledby="next-h">
          <h2 id="next-h">Still to find</h2>
          <ul class="plain stack tight small">
            {toFind.map(([what, how]) => (
              <li key={what}>
                <strong>{what}</strong> {how}
              </li>
            ))}
          </ul>
          {!people.length && addPerson}
        </section>
      )}
      <NotesBox notes={company.notes} onChange={onNotes} label={`Notes on ${company.name}`} />
      <section class="card stack" aria-labelledby="clips-h">
        <h2 id="clips-h">Clips</h2>
        <ClipList clips={clips} total={clipCount} onShowAll={onShowAllClips} />
      </section>
      <ConfirmDelete
        // The name is the page's heading and in the warning: a long one ("Landscaping Services in
        // Middletown , NY 10940") broke the button over two lines at 360 px.
        label="Delete this company"
        warning={`This removes ${company.name}, its ${clipCount} clip${clipCount === 1 ? '' : 's'} and its meetings from your dossier. Its people stay, unlinked. You can undo right after.`}
        onConfirm={onDelete}
      />
    </article>
  );
}
