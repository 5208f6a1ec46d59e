import { useEffect, useState } from 'preact/hooks';
import { CompanyDossierView } from '@/components/CompanyDossierView';
import { markOnce } from '@/lib/ui/marks';
import { companyMarkdown } from '@/lib/export/company-markdown';
import { downloadText, fileSafe } from '@/lib/ui/download';
import { EmptyDossier } from '@/components/EmptyDossier';
import { db } from '@/lib/db/database';
import { deleteCompany, type Snapshot } from '@/lib/db/delete';
import { pinFact } from '@/lib/facts';
import type { CompanyFactKey, FactValue } from '@/lib/schema/dossier';
import { companyClips, companyDossier, FIRST_CLIPS } from '@/lib/ui/dossier-queries';
import type { Route } from '@/lib/ui/route';
import { useLiveQuery } from '@/lib/ui/use-live-query';

export function CompanyScreen({
  companyId,
  empty,
  go,
  onDeleted,
}: {
  companyId?: string;
  empty: boolean;
  go(r: Route): void;
  onDeleted(text: string, s: Snapshot): void;
}) {
  // "Show all" holds for the company it was pressed on.
  const [allOf, setAllOf] = useState<string>();
  const limit = allOf === companyId ? Infinity : FIRST_CLIPS;
  const dossier = useLiveQuery(async () => (companyId ? companyDossier(db(), companyId, limit) : null), [companyId, limit]);
  useEffect(() => {
    if (dossier.value) markOnce('company-rendered');
  }, [dossier.value]);
  if (empty) return <EmptyDossier />;
  if (dossier.error) return <p class="notice err">Your dossier could not be read: {dossier.error}</p>;
  if (dossier.value === undefined) return null;
  if (dossier.value === null) return <p class="muted">Choose a company above, or clip a page to start a new one.</p>;
  const pin = (key: CompanyFactKey, value: FactValue) => {
    const company = dossier.value?.company;
    if (company) void db().companies.update(company.id, { facts: pinFact(company, key, value) });
  };
  return (
    <CompanyDossierView
      dossier={dossier.value}
      onPin={pin}
      onOpenPerson={(id) => go({ name: 'person', id })}
      onTags={(tags) => void db().companies.update(dossier.value!.company.id, { tags, updatedAt: Date.now() })}
      onNotes={(notes) => void db().companies.update(dossier.value!.company.id, { notes: notes || undefined, updatedAt: Date.now() })}
      onShowAllClips={() => setAllOf(companyId)}
      onExport={async () => {
        const d = dossier.value!;
        const clips = await companyClips(db(), d.company.id);
        downloadText(`${fileSafe(d.company.name)}-dossier.md`, companyMarkdown(d.company, d.people, clips));
      }}
      onPlan={() => go({ name: 'plan', companyId: companyId })}
      onDelete={async () => {
        const name = dossier.value!.company.name;
        onDeleted(`${name} was deleted.`, await deleteCompany(db(), dossier.value!.company.id));
      }}
    />
  );
}
