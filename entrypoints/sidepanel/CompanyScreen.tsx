import { useEffect, useState } from 'preact/hooks';
import { CompanyDossierView } from '@/components/CompanyDossierView';
import { markOnce } from '@/lib/ui/marks';
import { companyMarkdown } from '@/lib/export/company-markdown';
import { downloadText, fileSafe } from '@/lib/ui/download';
import { EmptyDossier } from '@/components/EmptyDossier';
import { db } from '@/lib/db/database';
import { deleteCompany, type Snapshot } from '@/lib/db/delete';
import { pinCompanyFact, setCompanyNotes, setCompanyTags } from '@/lib/db/edits';
import { combineCompanies, renameCompany } from '@/lib/db/combine';
import { useRun } from '@/lib/ui/actions';
import { forgettingSheets } from '@/lib/ui/sheet-cache';
import { addPersonAt } from '@/lib/db/people-by-hand';
import type { CompanyFactKey, FactValue } from '@/lib/schema/dossier';
import { companyClips, companyDossier, FIRST_CLIPS } from '@/lib/ui/dossier-queries';
import type { Route } from '@/lib/ui/route';
import { useLiveQuery } from '@/lib/ui/use-live-query';

export function CompanyScreen({
  companyId,
  empty,
  go,
  onDeleted,
  onShown,
}: {
  companyId?: string;
  empty: boolean;
  go(r: Route): void;
  onDeleted(text: string, s: Snapshot): void;
  /** The view shows what it read (a company, or that there is none to show). */
  onShown?(): void;
}) {
  // "Show all" holds for the company it was pressed on.
  const [allOf, setAllOf] = useState<string>();
  // The name asked for belongs to another company: the view offers to combine the two.
  const [taken, setTaken] = useState<{ of: string; id: string; name: string }>();
  // The person just added by hand, for the company it was added at.
  const [added, setAdded] = useState<{ of: string; id: string; name: string }>();
  const run = useRun();
  const limit = allOf === companyId ? Infinity : FIRST_CLIPS;
  const dossier = useLiveQuery(async () => (companyId ? companyDossier(db(), companyId, limit) : null), [companyId, limit]);
  useEffect(() => {
    if (dossier.value) markOnce('company-rendered');
    if (empty || dossier.value !== undefined || dossier.error) onShown?.();
  }, [dossier.value, dossier.error, empty]);
  if (empty) return <EmptyDossier />;
  if (dossier.error) return <p class="notice err">Your dossier could not be read: {dossier.error}</p>;
  if (dossier.value === undefined) return null;
  if (dossier.value === null) return <p class="muted">Choose a company above, or clip a page to start a new one.</p>;
  const d = dossier.value;
  const id = d.company.id;
  return (
    <CompanyDossierView
      dossier={d}
      onPin={(key: CompanyFactKey, value: FactValue) => run(() => pinCompanyFact(db(), id, key, value))}
      onOpenPerson={(pid) => go({ name: 'person', id: pid })}
      onTags={(tags) => run(() => setCompanyTags(db(), id, tags))}
      onNotes={(notes) => run(() => setCompanyNotes(db(), id, notes))}
      onShowAllClips={() => setAllOf(companyId)}
      onExport={() =>
        run(
          async () => {
            const clips = await companyClips(db(), id);
            const file = `${fileSafe(d.company.name)}-dossier.md`;
            downloadText(file, companyMarkdown(d.company, d.people, clips));
            return file;
          },
          { success: (file) => `Downloaded ${file}.` },
        )
      }
      renameTaken={taken?.of === id ? taken : undefined}
      onRename={(name) =>
        run(() => renameCompany(db(), id, name), {
          success: (r) => ('renamed' in r ? `Renamed to ${r.renamed.name}.` : ''),
          then: (r) => setTaken('taken' in r ? { of: id, ...r.taken } : undefined),
        })
      }
      onCancelRename={() => setTaken(undefined)}
      onCombine={(intoId) =>
        run(() => combineCompanies(db(), id, intoId), {
          success: (r) =>
            `${d.company.name} was combined into ${r.name}: ${plural(r.clips, 'clip')}, ${plural(r.people, 'person', 'people')} and ${plural(r.meetings, 'meeting')} moved.`,
          then: () => {
            setTaken(undefined);
            go({ name: 'company', id: intoId });
          },
        })
      }
      onPlan={() => go({ name: 'plan', companyId: companyId })}
      addedPerson={added?.of === id ? added : undefined}
      onAddPerson={(name, title) =>
        run(() => addPersonAt(db(), { name, title, companyId: id }), {
          success: ({ person, existed }) =>
            existed
              ? `${person.name} is already among ${d.company.name}'s people: here they are.`
              : `Added ${person.name} to ${d.company.name}.`,
          then: ({ person, existed }) => {
            if (existed) go({ name: 'person', id: person.id });
            else setAdded({ of: id, id: person.id, name: person.name });
          },
        })
      }
      onPlanWith={(personId) => go({ name: 'plan', personId, companyId: id })}
      onDelete={() =>
        run(() => forgettingSheets(deleteCompany(db(), id)), { then: (snapshot) => onDeleted(`${d.company.name} was deleted.`, snapshot) })
      }
    />
  );
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
