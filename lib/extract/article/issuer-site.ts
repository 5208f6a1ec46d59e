import type { CompanyExtraction } from '../../schema/page-extraction';
import { prune } from '../../objects';
import { linkedinCompanyUrl } from '../facts';
import { socialLinks } from '../socials';

/**
 * What a company's own site says of the company around a release it publishes: its profiles
 * elsewhere (the header's and footer's icons), and its LinkedIn page among them. Read only on the
 * issuer's own site, where the page's chrome is the issuer's; on a newswire or a newspaper the
 * same chrome is the publisher's. (Its menus and footer address are left to company pages: on
 * releases they gave services and a street with the country run on, not what a reader lists.)
 */
export function issuerSiteFacts(doc: Document, url: URL): Pick<CompanyExtraction, 'socials' | 'linkedinUrl'> {
  const socials = socialLinks(doc, url);
  return prune({
    socials: socials.length ? socials : undefined,
    linkedinUrl: socials.map(linkedinCompanyUrl).find(Boolean),
  });
}
