// What the views ask of a built sheet, apart from the engine that builds it: the side panel's
// screens, the print view and the Markdown export import these without loading lib/prep/sheet.ts
// (the engine is loaded only when a sheet is built: lib/ui/use-prep.ts, lib/db/interviews.ts).

/** What the sheet says of a company nothing has been clipped about yet (view, print and Markdown). */
export function nothingClippedAbout(company: string): string {
  return `Nothing clipped about ${company} yet: clip their site or their LinkedIn page.`;
}

/** Does the sheet know anything about the company worth a card? */
export function companyIsEmpty(sheet: {
  company?: { facts: readonly unknown[]; news: readonly unknown[] };
  referrals: readonly unknown[];
}): boolean {
  return !!sheet.company && !sheet.company.facts.length && !sheet.referrals.length && !sheet.company.news.length;
}
