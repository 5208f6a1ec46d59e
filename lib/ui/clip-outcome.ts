import type { SaveResponse } from '../messaging/protocol';

/**
 * What the popup says after a clip: where it went. A clip with no company is easy to lose, so
 * that case says where it waits and how to attach it (`unattached`: the popup offers to show it).
 */
export function clipOutcome(r: SaveResponse): { ok: true; text: string; unattached: boolean } {
  if (!r.companyId)
    return {
      ok: true,
      unattached: true,
      text: `${r.status === 'updated' ? 'Updated' : 'Clipped'}, with no company: it waits under “Clips with no company” in the dossier. To attach it, choose a company above and clip again.`,
    };
  return {
    ok: true,
    unattached: false,
    text:
      r.status === 'updated'
        ? `Already in your dossier (${r.companyName}): updated with what the page says now.`
        : `Clipped to ${r.companyName}.${r.companyCreated ? ' A new company was added to your dossier.' : ''}`,
  };
}
