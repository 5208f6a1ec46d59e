import { browser } from 'wxt/browser';
import { CompanyPicker } from '@/components/CompanyPicker';
import { NoticeArea } from '@/components/NoticeArea';
import { UndoBar } from '@/components/UndoBar';
import { ActionsContext, useActions } from '@/lib/ui/actions';
import { restore, type Snapshot } from '@/lib/db/delete';
import { db } from '@/lib/db/database';
import { companiesByName, companyIdForUrl, latestCompanyId, UNATTACHED_LOOKBACK, unattachedClips } from '@/lib/ui/dossier-queries';
import { useRoute } from '@/lib/ui/route';
import { useActiveTabUrl } from '@/lib/ui/use-active-tab-url';
import { useLiveQuery } from '@/lib/ui/use-live-query';
import { CompanyScreen } from './CompanyScreen';
import { MeetingsScreen } from './MeetingsScreen';
import { PersonScreen } from './PersonScreen';
import { PipelineScreen } from './PipelineScreen';
import { PlanScreen } from './PlanScreen';
import { SearchScreen } from './SearchScreen';
import { UnattachedScreen } from './UnattachedScreen';
import { PrepScreen } from './PrepScreen';
import { useLayoutEffect, useState } from 'preact/hooks';

export function App() {
  const url = useActiveTabUrl();
  const [route, setRoute] = useRoute();
  // A company chosen by hand (picker, link, popup) holds until the active tab changes; then the
  // panel follows the tab's company, and falls back to the company touched last.
  const [pinned, setPinned] = useState<{ id: string; url?: string }>();
  // The picker's list of every company and the count of clips with no company show on the dossier
  // tab only: a panel opened on a prep sheet or the pipeline does not read them.
  const onDossier = route?.name === 'company';
  const tabCompanyId = useLiveQuery(() => companyIdForUrl(db(), url), [url]);
  // null once read and absent: a dossier with no company at all.
  const latest = useLiveQuery(async () => (await latestCompanyId(db())) ?? null, []);
  // Both read once the company is shown. The count of clips with no company walks up to 500 clips
  // record by record; the picker's list is every company (1,000 keys read twice, 1,000 options
  // rendered): run beside the company's own reads they held back the view (bench: 625-clip company).
  const [dossierShown, setDossierShown] = useState(false);
  const companies = useLiveQuery(
    () => (onDossier && dossierShown ? companiesByName(db()) : Promise.resolve(undefined)),
    [onDossier, dossierShown],
  );
  // Clips with no company are easy to lose: the dossier tab links to them (among the newest clips).
  const unattached = useLiveQuery(
    async () => (onDossier && dossierShown ? (await unattachedClips(db(), 100, UNATTACHED_LOOKBACK)).length : undefined),
    [onDossier, dossierShown],
  );
  useLayoutEffect(() => {
    if (route?.name === 'company' && route.id) setPinned({ id: route.id, url });
  }, [route]);
  const companyId = (pinned && pinned.url === url ? pinned.id : undefined) ?? tabCompanyId.value ?? pinned?.id ?? latest.value ?? undefined;
  const go = setRoute;
  const [undo, setUndo] = useState<{ text: string; snapshot: Snapshot }>();
  const actions = useActions();
  const run = actions.run;
  const onDeleted = (text: string, snapshot: Snapshot) => setUndo({ text, snapshot });

  const TOP = ['company', 'meetings', 'pipeline', 'search'] as const;
  const tab = (name: (typeof TOP)[number], label: string) => (
    <button
      type="button"
      class={`tab${route?.name === name ? ' tab--on' : ''}`}
      aria-current={route?.name === name ? 'page' : undefined}
      onClick={() => go({ name })}
    >
      {label}
    </button>
  );
  return (
    <ActionsContext.Provider value={run}>
      <div class="panel stack">
        <header class="panel__top stack tight">
          <div class="row top-row">
            <span class="brand">
              <img src={browser.runtime.getURL('/icon/32.png')} alt="" /> Rapport
            </span>
            <nav class="tabs row" aria-label="Rapport">
              {tab('company', 'Dossier')}
              {tab('meetings', 'Meetings')}
              {tab('pipeline', 'Pipeline')}
              {tab('search', 'Search')}
            </nav>
          </div>
          {/* In place from the start (its list follows the company view): the view does not move down when it fills. */}
          {route?.name === 'company' && latest.value && (
            <CompanyPicker companies={companies.value} selectedId={companyId} onSelect={(id) => go({ name: 'company', id })} />
          )}
          {route?.name === 'company' && !!unattached.value && (
            <button type="button" class="btn link small align-start" onClick={() => go({ name: 'unattached' })}>
              {unattached.value >= 100 ? '100+' : unattached.value} clip{unattached.value === 1 ? '' : 's'} with no company
            </button>
          )}
          {route && !(TOP as readonly string[]).includes(route.name) && (
            <button type="button" class="btn link small align-start" onClick={() => go({ name: 'company', id: companyId })}>
              ← Back to the dossier
            </button>
          )}
          <NoticeArea notice={actions.notice} onDismiss={actions.dismiss} />
        </header>
        {undo && (
          <UndoBar
            text={undo.text}
            onUndo={() => run(() => restore(db(), undo.snapshot), { success: 'Put back as it was.', then: () => setUndo(undefined) })}
            onDismiss={() => setUndo(undefined)}
          />
        )}
        <main class="stack">
          {route?.name === 'company' && (
            <CompanyScreen
              companyId={companyId}
              empty={latest.value === null}
              go={go}
              onDeleted={onDeleted}
              onShown={() => setDossierShown(true)}
            />
          )}
          {route?.name === 'person' && <PersonScreen id={route.id} go={go} onDeleted={onDeleted} />}
          {route?.name === 'plan' && <PlanScreen personId={route.personId} companyId={route.companyId} go={go} />}
          {route?.name === 'prep' && <PrepScreen id={route.id} go={go} onDeleted={onDeleted} />}
          {route?.name === 'meetings' && <MeetingsScreen go={go} />}
          {route?.name === 'pipeline' && <PipelineScreen go={go} />}
          {route?.name === 'search' && <SearchScreen go={go} />}
          {route?.name === 'unattached' && <UnattachedScreen />}
        </main>
      </div>
    </ActionsContext.Provider>
  );
}
