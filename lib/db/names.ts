import { fit, LIMITS } from '../schema/common';
import { fold, foldWords } from '../text/fold';

/** Legal forms that never tell two companies apart: "Acme Robotics GmbH" is "Acme Robotics". */
const LEGAL_FORMS =
  /\b(inc|incorporated|corp|corporation|co|company|llc|l\.l\.c|ltd|limited|plc|gmbh|ag|se|sa|sas|sarl|s\.a|s\.a\.s|bv|b\.v|nv|n\.v|ab|as|asa|oy|oyj|spa|s\.p\.a|srl|pty|kg|gmbh & co\.? kg|lp|llp|group|holdings?)\.?$/i;

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
    const next = s.replace(LEGAL_FORMS, '').trim();
    if (next === s || !next) break;
    s = next;
  }
  return fit(s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim(), LIMITS.short).trim();
}

export function personNameKey(name: string): string {
  return foldWords(name);
}
