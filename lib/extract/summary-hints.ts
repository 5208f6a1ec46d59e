import type { PageExtraction } from '../schema/page-extraction';
import { describesCompany } from './about-text';
import { cleanLine } from './clean';
import { definesCompany, opensWithCompany } from './company-definition';
import { summaryOf } from './summary';

/** What the company-details script passes on for the summary: the page's two meta lines, and whether it is an About page. */
export interface SummaryHints {
  og?: string;
  description?: string;
  about?: boolean;
}

/**
 * What the company does in one or two sentences: the first of its description, checked against
 * the page's own meta lines. Read in the background (lib/extract/company-prose.ts), where the
 * sentence patterns cost the injected company-details script nothing; the script passes the meta
 * lines it read (company-details.ts summaryHintsOf). Returns the extraction with its summary.
 */
export function withSummary(x: PageExtraction, hints: SummaryHints): PageExtraction {
  const company = { ...x.company, summary: summaryOf(x.company?.description) };
  const sources = { ...x.sources };
  const host = /^\w+:\/\/([^/]+)/.exec(x.url)?.[1] ?? '';
  const og = cleanLine(hints.og, 1_000);
  const meta = cleanLine(hints.description, 1_000);
  // An About text that opens with the company's history ("Formed 1926 in Farmington …", "Die X
  // GmbH wurde 2008 … gegründet") does not say what it does: the page's own one-line description does.
  // "Einstein Moving Company, founded in 2012, provides …" (fresh18-einsteinmoving): the history
  // in apposition, and the sentence still defines the company.
  const lead = company.summary?.split(/(?<=[.!?])\s/)[0] ?? '';
  if (
    company.summary &&
    HISTORY.test(company.summary) &&
    !DEFINES_AFTER_HISTORY.test(lead) &&
    !(company.name && definesCompany(lead, company.name, host))
  ) {
    const line = [og, meta].find(
      (d) => d && describesCompany(d, { name: company.name, host }) && !company.description?.startsWith(d.slice(0, 60)),
    );
    if (line) company.summary = summaryOf(line);
  }
  // An About page that opens with a story or a promise ("Wenn es um die Beschattung … geht",
  // "Notre mission est …") does not say what the company does; a meta line that defines the
  // company does ("Sunreflex ist Ihr Spezialist für …", "Première agence …, Esthetic Planet propose …").
  if (hints.about && company.summary && company.name && x.sources['company.description'] === 'dom') {
    const first = company.summary.split(/(?<=[.!?])\s/)[0]!;
    // The description line when the page has one, even blank (the script read it so).
    const line = hints.description !== undefined ? meta : og;
    if (
      line &&
      !opensWithCompany(first, company.name, host) &&
      definesCompany(line, company.name, host) &&
      describesCompany(line, { name: company.name, host })
    )
      company.summary = summaryOf(line);
  }
  if (company.summary) sources['company.summary'] = sources['company.description'] ?? 'dom';
  else delete company.summary;
  return { ...x, company, sources };
}

/** A sentence that tells when and how the company began, not what it does. */
const HISTORY =
  /^[^.!?]{0,80}?\b(founded|formed|established|incorporated|started|launched|gegründet|fondée?|créée?|opgericht)\b[^.!?]{0,100}?\b(1[89]\d\d|20\d\d)\b|^[^.!?]{0,60}?\b(wurde|was)\s+(1[89]\d\d|20\d\d)\b|^(?:in|im jahre?|en|in het jaar)\s+(1[89]\d\d|20\d\d)\s*,/i;

/** "Established in April 2000, Acme Ltd is a company dealing in …": the same sentence goes on to say what it does. */
const DEFINES_AFTER_HISTORY =
  /,\s+(?:the company\s+|(?:\p{Lu}[\p{L}.&'’-]*\s+){1,4})(?:is|are|has|have|makes|provides|offers|sells|designs|builds|develops|specializes|specialises|ist|hat|bietet|entwickelt|est|propose|offre|biedt|heeft)\s/u;
