/** A company's legal form at the end of its name ("Eisai Co., Ltd.", "Acme GmbH"). */
const LEGAL_FORM =
  /\s+(?:Inc\.?|Incorporated|Corp\.?|Corporation|Co\.?|Company|Ltd\.?|Limited|LLC|L\.P\.|LP|plc|PLC|AG|SE|GmbH|KGaA|S\.A\.?|SA|N\.V\.?|NV|B\.V\.?|BV|S\.p\.A\.?|SpA|AB|ASA|A\/S|Oyj|Holdings?|Group|Gruppe|Groupe|Co\.,\s?Ltd\.?|CO\.,\s?LTD\.?|CO\.\s?LTD\.?|LTD\.?|INC\.?|CORP\.?)$/;

/** The name without its legal form, and whether it had one. */
export function withoutLegalForm(name: string): { base: string; legal: boolean } {
  const stripped = name.replace(LEGAL_FORM, '').replace(/,$/, '').trim();
  const jp = stripped.replace(/^株式会社|株式会社$/, '');
  if (jp !== stripped && jp.length >= 2) return { base: stripped, legal: true };
  return stripped !== name && stripped.length >= 2 ? { base: stripped, legal: true } : { base: name, legal: false };
}
