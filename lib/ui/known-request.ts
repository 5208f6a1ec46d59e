import type { ContextResponse, PreviewResponse } from '../messaging/protocol';
import { bareHost } from '../text/hosts';

/**
 * What to ask the background about "who I know there" on this page: the dossier's company when
 * the page belongs to one, else the company the page names (a profile's employer, a company
 * page's name and site). Undefined while neither is known.
 */
export function knownRequest(context: ContextResponse | undefined, preview: PreviewResponse | undefined) {
  const exceptPersonId = context?.personId;
  const companyId = context?.companyId ?? preview?.company?.id;
  if (companyId) return { companyId, exceptPersonId };
  const x = preview?.extraction;
  const name = preview?.company?.name;
  if (!x || !name) return undefined;
  const site =
    x.kind === 'company-page' || x.kind === 'company-profile'
      ? bareHost(x.company?.website ?? (x.kind === 'company-page' ? x.url : undefined))
      : undefined;
  const linkedinUrl = x.kind === 'person-profile' ? x.person?.currentCompanyUrl : x.company?.linkedinUrl;
  return {
    name,
    domains: site ? [site] : [],
    linkedinUrl: linkedinUrl && /^https?:\/\//.test(linkedinUrl) ? linkedinUrl : undefined,
    exceptPersonId,
  };
}
