import type { RapportDb } from '../db/database';
import { unlessTabGone } from './tab-gone';
import { pageContext } from '../db/page-context';
import { saveClip } from '../db/save-clip';
import { UserError, userMessage } from '../messaging/errors';
import { showOutcome } from './feedback';
import { extractTab, type TabAccess } from './tab-clipper';

export interface TabsApi {
  create(p: { url: string; active: boolean }): Promise<{ id?: number }>;
  remove(id: number): Promise<void>;
  get(id: number): Promise<{ status?: string; url?: string }>;
}

/** Up to this long for a linked page to load in its background tab. */
const LOAD_TIMEOUT = 20_000;

/**
 * "Clip the linked page": open it in a background tab, wait for it to load, clip it, close the
 * tab. Reading a page the user has not opened needs access to its site, which the user grants
 * at that moment (the browser asks); without it, the page opens in front for a normal clip.
 */
export async function clipLink(
  db: RapportDb,
  access: TabAccess,
  tabs: TabsApi,
  link: string,
  fromTabId: number,
  mayRead: (origin: string) => Promise<boolean>,
): Promise<void> {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return showOutcome(fromTabId, false, 'That link has no address Rapport can open.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return showOutcome(fromTabId, false, 'Rapport clips web pages; that link is not one.');
  if (!(await mayRead(`${url.protocol}//${url.hostname}/*`))) {
    await tabs.create({ url: url.href, active: true });
    return;
  }
  const tab = await tabs.create({ url: url.href, active: false });
  if (tab.id === undefined) return;
  try {
    const end = Date.now() + LOAD_TIMEOUT;
    while ((await tabs.get(tab.id)).status !== 'complete') {
      if (Date.now() > end) throw new UserError('slow', 'The linked page took too long to load.');
      await new Promise((r) => setTimeout(r, 200));
    }
    const { extraction, partial } = await extractTab(access, tab.id);
    const r = await saveClip(db, extraction);
    await showOutcome(
      fromTabId,
      true,
      `Linked page ${r.status === 'updated' ? 'updated' : 'clipped'}${r.companyName ? ` to ${r.companyName}` : ''}.${partial ? ` ${partial}` : ''}`,
    );
  } catch (err) {
    await showOutcome(fromTabId, false, userMessage(err));
  } finally {
    await tabs.remove(tab.id).catch(unlessTabGone);
  }
}

/**
 * "Save selection as a note": the selected text, quoted with where it came from, appended to the
 * notes of the person (on their profile) or the company the page belongs to. A page not yet in
 * the dossier is clipped first (the menu click grants access to it).
 */
export async function saveSelection(
  db: RapportDb,
  access: TabAccess,
  tabId: number,
  pageUrl: string | undefined,
  selection: string,
  now = Date.now(),
): Promise<void> {
  try {
    let ctx = await pageContext(db, pageUrl);
    if (!ctx.companyId && !ctx.personId) {
      const { extraction } = await extractTab(access, tabId);
      const r = await saveClip(db, extraction);
      ctx = { companyId: r.companyId, personId: r.personId };
    }
    const quote = `“${selection.replace(/\s+/g, ' ').trim().slice(0, 5_000)}” — ${new Date(now).toISOString().slice(0, 10)}${pageUrl ? `, ${pageUrl}` : ''}`;
    const append = (notes: string | undefined) => (notes ? `${notes}\n\n${quote}` : quote).slice(-20_000);
    if (ctx.personId) {
      const p = await db.people.get(ctx.personId);
      if (p) await db.people.update(p.id, { notes: append(p.notes), updatedAt: now });
      return showOutcome(tabId, true, `Note saved to ${p?.name ?? 'the person'}.`);
    }
    if (ctx.companyId) {
      const c = await db.companies.get(ctx.companyId);
      if (c) await db.companies.update(c.id, { notes: append(c.notes), updatedAt: now });
      return showOutcome(tabId, true, `Note saved to ${c?.name ?? 'the company'}.`);
    }
    await showOutcome(tabId, false, 'This page belongs to no company or person in your dossier yet.');
  } catch (err) {
    await showOutcome(tabId, false, userMessage(err));
  }
}
