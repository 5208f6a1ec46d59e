import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CompanyDossierView } from '@/components/CompanyDossierView';
import { CompanyPicker } from '@/components/CompanyPicker';
import { EmptyDossier } from '@/components/EmptyDossier';
import { db } from '@/lib/db/database';
import { pinFact } from '@/lib/db/facts';
import type { CompanyFactKey, FactValue } from '@/lib/schema/dossier';
import { companiesByName, companyDossier, companyIdForUrl, latestCompanyId } from '@/lib/ui/dossier-queries';
import { useActiveTabUrl } from '@/lib/ui/use-active-tab-url';
import { useLiveQuery } from '@/lib/ui/use-live-query';

export function App() {
  const url = useActiveTabUrl();
  // The user's pick holds until the active tab changes; then the panel follows the tab.
  const [picked, setPicked] = useState<{ id: string; url?: string }>();
  const companies = useLiveQuery(() => companiesByName(db()), []);
  const tabCompanyId = useLiveQuery(() => companyIdForUrl(db(), url), [url]);
  const latest = useLiveQuery(() => latestCompanyId(db()), []);
  const selectedId = (picked && picked.url === url ? picked.id : undefined) ?? tabCompanyId.value ?? picked?.id ?? latest.value;
  const dossier = useLiveQuery(async () => (selectedId ? companyDossier(db(), selectedId) : null), [selectedId]);

  const pin = (key: CompanyFactKey, value: FactValue) => {
    const company = dossier.value?.company;
    if (company) void db().companies.update(company.id, { facts: pinFact(company, key, value) });
  };

  const error = companies.error ?? dossier.error;
  return (
    <main class="panel stack">
      <header class="row">
        <span class="brand">
          <img src={browser.runtime.getURL('/icon/32.png')} alt="" /> Rapport
        </span>
        {companies.value && companies.value.length > 0 && (
          <CompanyPicker companies={companies.value} selectedId={selectedId} onSelect={(id) => setPicked({ id, url })} />
        )}
      </header>
      {error && (
        <p class="notice err" role="alert">
          Your dossier could not be read: {error}
        </p>
      )}
      {companies.value?.length === 0 && <EmptyDossier />}
      {dossier.value && <CompanyDossierView dossier={dossier.value} onPin={pin} />}
    </main>
  );
}
