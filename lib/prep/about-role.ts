import { roleFamily } from './roles';

// The role and employer a person's About opens on, in their own words: "Origination Manager presso
// DVP Solar Italia, sono un professionista…" (blind-13 rizzico-agrivoltaico-changer: a signed-in
// LinkedIn view with no experience section, whose top card names an organisation the About never
// mentions). Read by signals.ts when the profile gives no job of its own.

/** "at" in the languages of the corpus: Italian presso, German bei, French chez, Dutch bij. */
const AT = String.raw`(?:at|@|presso|bei|chez|bij)`;
/** Words a job title ends on, in those languages, besides any title roleFamily knows. */
const TITLE_END =
  /\b(?:manager|director|engineer|developer|designer|analyst|consultant|lead|head|officer|specialist|founder|co-founder|partner|owner|adviser|advisor|scientist|architect|coordinator|responsabile|direttore|ingegnere|agronomo|leiter(?:in)?|geschäftsführer(?:in)?|berater(?:in)?|directeur|directrice|ingénieur|responsable|chargée? d['’]affaires|gerente|jefe|CEO|CTO|CFO|COO)$/iu;

/** Titles whose head comes first, as Romance and German titles run: "Responsabile sviluppo", "Leiter Vertrieb", "Head of Sales". */
const TITLE_START = /^(?:responsabile|direttore|direttrice|leiter(?:in)?|responsable|directeur|directrice|jef[ea]|director|head)\b/iu;

const OPENING = new RegExp(String.raw`^[“"]?(\p{Lu}[\p{L}&/' -]{2,50}?)\s+${AT}\s+(\p{Lu}[\p{L}\p{N}&.'’ -]{1,50}?)\s*(?=[,.;:!?]|$)`, 'u');

export interface AboutRole {
  title: string;
  org: string;
}

/**
 * The role and organisation the About's first sentence names, as "Title at Org": the opening of
 * the text, or what follows a short preamble and a colon or opening quote ("Ecco la traduzione in
 * italiano: “Origination Manager presso …").
 */
export function aboutRole(about: string | undefined): AboutRole | undefined {
  if (!about) return undefined;
  const text = about.trim();
  const starts = [text];
  const pre = /^[^:“"\n]{0,60}[:“"]\s*[“"]?/u.exec(text);
  if (pre && pre[0].split(/\s+/).length <= 8) starts.push(text.slice(pre[0].length));
  for (const t of starts) {
    const m = OPENING.exec(t);
    if (!m) continue;
    const title = m[1]!.trim();
    const org = m[2]!.trim().replace(/[.'’]+$/, '');
    if (title.split(/\s+/).length > 5 || !(TITLE_END.test(title) || TITLE_START.test(title) || roleFamily(title))) continue;
    if (org.split(/\s+/).length > 6) continue;
    return { title, org };
  }
  return undefined;
}
