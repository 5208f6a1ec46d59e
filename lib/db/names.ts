import { fit, LIMITS } from '../schema/common';
import { fold, foldWords } from '../text/fold';

/**
 * Legal forms that never tell two companies apart: "Acme Robotics GmbH" is "Acme Robotics". Matched
 * after punctuation became spaces and "&" became "and" ("S.A." is "s a", "GmbH & Co. KG" is
 * "gmbh and co kg").
 */
const LEGAL_FORMS =
  /\b(inc|incorporated|corp|corporation|co|company|llc|l l c|ltd|limited|plc|gmbh|ag|se|sa|s a|sas|s a s|sarl|s a r l|bv|b v|nv|n v|ab|as|asa|oy|oyj|spa|s p a|srl|s r l|pty|kg|gmbh and co kg|lp|llp|group|holdings?)$/i;

/**
 * Legal forms written before or after the name, as Japanese, Korean and Chinese companies write
 * them ("株式会社イルグルム", "イルグルム(株)", "주식회사 카카오", "华为技术有限公司"), and "Grupa Lotos",
 * "Groupe SEB", "Grupo Bimbo": the same company as "イルグルム", "Lotos", "SEB".
 * A one-character short form ("(株)", "(주)") counts only set apart, as its brackets leave it.
 * Matched on the folded name, so the pattern is decomposed as folding decomposes Hangul.
 */
const LEGAL_AFFIXES = new RegExp(
  String.raw`^(?:(?:株式会社|有限会社|合同会社|合資会社|合名会社|주식회사|유한회사)\s*|(?:株|有|주|grupa|gruppo|groupe|grupo)\s+)|(?:\s*(?:株式会社|有限会社|合同会社|合資会社|合名会社|주식회사|유한회사|股份有限公司|有限责任公司|有限責任公司|有限公司)|\s+(?:株|有|주))$`.normalize(
    'NFKD',
  ),
  'u',
);

/**
 * The name folded for matching. Folding can lengthen a name ("&" becomes " and ", U+FDFA expands
 * eighteenfold under NFKD): the key is cut to the limit a stored name key has.
 */
export function companyNameKey(name: string): string {
  let s = fold(name)
    .replace(/&/g, ' and ')
    .replace(/[,.'’()"]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (let i = 0; i < 3; i++) {
    const next = s.replace(LEGAL_FORMS, '').replace(LEGAL_AFFIXES, '').trim();
    if (next === s || !next) break;
    s = next;
  }
  return fit(s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim(), LIMITS.short).trim();
}

export function personNameKey(name: string): string {
  return foldWords(name);
}
