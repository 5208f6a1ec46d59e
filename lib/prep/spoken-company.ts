/**
 * The company's name as the sheet prints it: the record's, unless the person's own About names
 * the employer the card got wrong (signals.ts employerSaid: blind-13 rizzico's card shows a lodge,
 * "Osdia Capitolo … #3009", while the About opens "Origination Manager presso DVP Solar Italia").
 * `spoken` is the name signals settled on (Signals.companyName).
 */
export function companyOnSheet(recordName: string, spoken: string | undefined): string {
  return spoken && spoken !== spokenCompany(recordName) ? spoken : recordName;
}

/**
 * A legal form after the name, as a register writes it and nobody says it aloud ("Apple Inc.",
 * "Arcadia Group Ltd", "Imprint Enterprises, Inc.", "Microsoft Corporation", "Acme GmbH"). Not a
 * word that is part of what people call the firm ("Group", "Motors", "Labs": "General Motors").
 */
export const LEGAL_FORM =
  /,?\s+(?:Inc|Incorporated|Ltd|Limited|LLC|L\.L\.C|LLP|plc|PLC|GmbH|gGmbH|AG|SE|SA|S\.A|S\.p\.A|SpA|S\.r\.l|Srl|SAS|SARL|N\.V|NV|B\.V|BV|Pty\.? Ltd|Corp|Corporation)\.?$/;

/**
 * A company's name as a person says it: a tag in brackets after the name is no part of it
 * ("AgentMail (YC S25)", "Acme (acquired by Globex)", "Tata Consultancy Services (TCS)"), as
 * LinkedIn headlines and page titles write them, nor is its legal form ("Apple Inc." is "Apple"
 * in a question: issue 11 §9, a name read off a form).
 */
export function spokenCompany(name: string): string {
  const bare = name.replace(/\s*\([^()]*\)\s*$/, '').trim();
  const plainName = bare.replace(LEGAL_FORM, '').trim();
  if (/\p{L}{2}/u.test(plainName)) return plainName;
  return /\p{L}{2}/u.test(bare) ? bare : name;
}
