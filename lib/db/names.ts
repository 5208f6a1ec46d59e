import { fit, LIMITS } from '../schema/common';
import { fold, foldWords } from '../text/fold';

/**
 * Legal forms that never tell two companies apart: "Acme Robotics GmbH" is "Acme Robotics". Matched
 * after punctuation became spaces and "&" became "and" ("S.A." is "s a", "GmbH & Co. KG" is
 * "gmbh and co kg").
 */
const LEGAL_FORMS = new RegExp(
  String.raw`\b(?:${[
    // English-speaking countries, and the "Pte Ltd", "Pvt Ltd", "Sdn Bhd" of Singapore, India, Malaysia.
    'inc|incorporated|corp|corporation|co|company|llc|l l c|ltd|limited|plc|pty|lp|l p|llp|l l p|pllc|p c|pte|pvt|private limited|sdn bhd|bhd|group|holdings?',
    // German-speaking countries: "UG (haftungsbeschränkt)", "e.K.", "OHG", "GbR", "KGaA", "eG", "e.V.".
    'gmbh|mbh|ag|kg|kgaa|ohg|gbr|ug|ug haftungsbeschrankt|e k|eg|e v|gmbh and co kg',
    // France, Belgium, the Netherlands, Luxembourg: "BVBA", "SPRL", "VZW", "VOF", "CVBA", "SCRL", "SNC".
    'se|sa|s a|sas|s a s|sasu|sarl|s a r l|eurl|snc|bv|b v|bvba|b v b a|sprl|s p r l|srl|s r l|scrl|cvba|vzw|v z w|vof|v o f|nv|n v',
    // Southern Europe and Latin America: "S.L.", "S.L.U.", "S.A.U.", "Lda", "Ltda", "S.p.A.".
    'spa|s p a|s l|s l u|s a u|lda|ltda',
    // The Nordic countries: "A/S", "ApS", "ASA", "Oy", "Oyj", "AB", "hf".
    'ab|as|a/s|aps|asa|oy|oyj|hf|ehf',
    // Central and eastern Europe: "s.r.o.", "a.s.", "sp. z o.o.", "Kft.", "Zrt.", "d.o.o.", "SIA", "UAB".
    's r o|spol s r o|a s|sp z o o|kft|zrt|nyrt|d o o|sia|uab',
  ].join('|')})$`,
  'i',
);

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
