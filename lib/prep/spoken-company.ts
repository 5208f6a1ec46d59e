/**
 * A company's name as a person says it: a tag in brackets after the name is no part of it
 * ("AgentMail (YC S25)", "Acme (acquired by Globex)", "Tata Consultancy Services (TCS)"), as
 * LinkedIn headlines and page titles write them.
 */
/**
 * The company's name as the sheet prints it: the record's, unless the person's own About names
 * the employer the card got wrong (signals.ts employerSaid: blind-13 rizzico's card shows a lodge,
 * "Osdia Capitolo … #3009", while the About opens "Origination Manager presso DVP Solar Italia").
 * `spoken` is the name signals settled on (Signals.companyName).
 */
export function companyOnSheet(recordName: string, spoken: string | undefined): string {
  return spoken && spoken !== spokenCompany(recordName) ? spoken : recordName;
}

export function spokenCompany(name: string): string {
  const bare = name.replace(/\s*\([^()]*\)\s*$/, '').trim();
  return /\p{L}{2}/u.test(bare) ? bare : name;
}
