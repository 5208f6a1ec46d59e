import type { PageExtraction } from '../schema/page-extraction';
import { prune } from '../objects';
import { proseFacts } from './prose';

/**
 * What a company's own page states in sentences ("Founded in 2012", "headquartered in Berlin",
 * "more than 400 people", "Our mission is to …"), added to the details the page's markup gave:
 * prose only fills what is missing, structured data is trusted over sentences. It reads text the
 * extraction already holds (the page's text and the description), no page: so it runs in the
 * background once the company-details script has returned (lib/background/tab-clipper.ts), which
 * keeps the sentence patterns out of the script injected into the page. The command line and the
 * tests run it right after the details (lib/extract/full.ts). `text`: the page's own lines when
 * the clipper's reading of its text was only a teaser (proseTextOf).
 */
export function withProseFacts(x: PageExtraction, text = x.text): PageExtraction {
  if (x.kind !== 'company-page' || !x.company) return x;
  const company = { ...x.company };
  const sources = { ...x.sources };
  // The description may come from a block the page's text leaves out (a footer's "About Acme"
  // column): what its sentences state counts too, after the main text's.
  const prose = { ...proseFacts(company.description, company.name), ...proseFacts(text, company.name) };
  for (const [key, value] of Object.entries(prose) as Array<[keyof typeof prose, never]>) {
    if (key === 'size' || key === 'sizeMin' || key === 'sizeMax') {
      if (company.size === undefined && prose.size !== undefined) {
        Object.assign(company, { size: prose.size, sizeMin: prose.sizeMin, sizeMax: prose.sizeMax });
        sources['company.size'] = 'prose';
      }
      continue;
    }
    if (company[key] === undefined) {
      company[key] = value;
      sources[`company.${key}`] = 'prose';
    }
  }
  return { ...x, company: prune(company), sources };
}
