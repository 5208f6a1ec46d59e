import type { RapportDb } from '../db/database';
import { unlessTabGone } from './tab-gone';
import { pageContext } from '../db/page-context';

export interface BadgeApi {
  setBadgeText(d: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(d: { tabId: number; color: string }): Promise<void>;
  setTitle(d: { tabId: number; title: string }): Promise<void>;
}

/**
 * The toolbar badge says when a tab's page is already in the dossier. It needs the tab's
 * address: known after the user's click (activeTab) or, if the user allowed it in the options,
 * for every tab (the optional `tabs` permission).
 */
export async function updateBadge(db: RapportDb, action: BadgeApi, tabId: number, url: string | undefined): Promise<boolean> {
  const ctx = await pageContext(db, url);
  const company = ctx.companyId ? await db.companies.get(ctx.companyId) : undefined;
  const person = ctx.personId ? await db.people.get(ctx.personId) : undefined;
  const known = !!(company || person);
  await action.setBadgeBackgroundColor({ tabId, color: '#2f5bd3' }).catch(unlessTabGone);
  await action.setBadgeText({ tabId, text: known ? '●' : '' }).catch(unlessTabGone);
  await action
    .setTitle({ tabId, title: known ? `Rapport: in your dossier (${person?.name ?? company?.name})` : 'Rapport: clip this page' })
    .catch(unlessTabGone);
  return known;
}
