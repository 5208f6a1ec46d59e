import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type Outcome, PopupView } from '@/components/PopupView';
import { openDossier } from '@/lib/browser/side-panel';
import { unclippableReason } from '@/lib/clip/clippable';
import { send } from '@/lib/messaging/client';
import { userMessage } from '@/lib/messaging/errors';
import type { ContextResponse, KnownResponse, PreviewResponse } from '@/lib/messaging/protocol';
import { knownRequest } from '@/lib/ui/known-request';
import { clipOutcome } from '@/lib/ui/clip-outcome';
import { markOnce } from '@/lib/ui/marks';
import { useActions } from '@/lib/ui/actions';
import { requestRoute, type Route } from '@/lib/ui/route';
import type { PageExtraction } from '@/lib/schema/page-extraction';

interface ActiveTab {
  id?: number;
  windowId?: number;
  title?: string;
  url?: string;
  status?: string;
}

export function App() {
  const [tab, setTab] = useState<ActiveTab>();
  const [blocked, setBlocked] = useState<string>();
  const [preview, setPreview] = useState<PreviewResponse>();
  const [extraction, setExtraction] = useState<PageExtraction>();
  const [editing, setEditing] = useState(false);
  const [previewError, setPreviewError] = useState<string>();
  const [companies, setCompanies] = useState<Array<{ id: string; name: string }>>([]);
  const [companyChoice, setCompanyChoice] = useState('');
  const [personChoice, setPersonChoice] = useState('');
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const [context, setContext] = useState<ContextResponse>();
  const [known, setKnown] = useState<KnownResponse>();
  // Who the user knows at this page's company, once the dossier or the page says which company.
  const knownKey = JSON.stringify(knownRequest(context, preview));
  useEffect(() => {
    const req = knownRequest(context, preview);
    if (req)
      send('known', req).then(setKnown, (err: unknown) =>
        setOutcome({ ok: false, text: `Who you know there could not be read. ${userMessage(err)}` }),
      );
  }, [knownKey]);

  const { run } = useActions();
  useEffect(
    () =>
      run(async () => {
        let [active] = await browser.tabs.query({ active: true, currentWindow: true });
        // Give a page that is finishing its load a moment (the background waits as long).
        for (let i = 0; active?.status === 'loading' && i < 40; i++) {
          await new Promise((r) => setTimeout(r, 100));
          active = active.id === undefined ? active : await browser.tabs.get(active.id);
        }
        setTab(active);
        if (active?.url)
          send('context', { url: active.url }).then(setContext, (err: unknown) => setOutcome({ ok: false, text: userMessage(err) }));
        const reason = unclippableReason(active?.url, active?.status);
        if (reason || active?.id === undefined) return setBlocked(reason ?? 'No tab to clip.');
        try {
          const [p, list] = await Promise.all([send('preview', { tabId: active.id }), send('companies', {})]);
          setPreview(p);
          // A story that names no company: the one the user is researching is preselected.
          if (!p.company && p.suggested) setCompanyChoice(p.suggested.id);
          markOnce('popup-interactive');
          setExtraction(p.extraction);
          setCompanies(list);
        } catch (err) {
          setPreviewError(userMessage(err));
        }
      }),
    [run],
  );

  const clip = async () => {
    if (!preview || !extraction || tab?.id === undefined) return;
    setSaving(true);
    setOutcome(undefined);
    try {
      const r = await send('save', {
        tabId: tab.id,
        extraction,
        companyId: companyChoice || undefined,
        personId: personChoice || undefined,
      });
      const said = clipOutcome(r);
      setOutcome({ ...said, action: said.unattached ? { label: 'Show it', run: () => openPanel({ name: 'unattached' }) } : undefined });
      setEditing(false);
      // The picker shows what was saved: the company the clip now belongs to, chosen again by default.
      setPreview({
        ...preview,
        existingClip: { id: r.clipId, capturedAt: preview.existingClip?.capturedAt ?? Date.now() },
        company: r.companyId ? { id: r.companyId, name: r.companyName ?? preview.company?.name ?? '' } : undefined,
      });
      setCompanyChoice('');
      if (r.companyCreated) setCompanies(await send('companies', {}));
    } catch (err) {
      setOutcome({ ok: false, text: userMessage(err) });
    } finally {
      setSaving(false);
    }
  };

  /** Opens the side panel (inside the click: the browser allows it only on a gesture), on `route` if given. */
  const openPanel = (route?: Route) => {
    const opening = openDossier(tab?.windowId);
    const routed = route ? requestRoute(route) : Promise.resolve();
    Promise.all([opening, routed]).then(
      () => window.close(),
      // The browser opens the panel only inside a click; anything else is said in words.
      () =>
        setOutcome({
          ok: false,
          text: 'The dossier could not open here. Right-click the page and choose “Open the Rapport dossier”, or press Alt+Shift+D.',
        }),
    );
  };

  return (
    <PopupView
      tab={tab}
      blocked={blocked}
      preview={preview}
      extraction={extraction}
      editing={editing}
      previewError={previewError}
      companies={companies}
      companyChoice={companyChoice}
      saving={saving}
      outcome={outcome}
      iconUrl={browser.runtime.getURL('/icon/32.png')}
      onChooseCompany={setCompanyChoice}
      personChoice={personChoice}
      onChoosePerson={setPersonChoice}
      onEdit={setExtraction}
      onToggleEditing={() => setEditing(!editing)}
      onClip={clip}
      onOpenDossier={() => openPanel()}
      onOpenPrep={(id) => openPanel({ name: 'prep', id })}
      context={context}
      known={known}
      onOpenPerson={(id) => openPanel({ name: 'person', id })}
    />
  );
}
