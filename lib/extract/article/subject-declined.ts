import type { NameRun } from './names';
import type { Candidate } from './subject-merge';

/*
 * Polish, Croatian, Finnish and their neighbours decline a company's name like any noun: "Grupy
 * Amica" (of the Amica group), "Uprave HEP-a" (of HEP's board), "Microsoftov" (Microsoft's),
 * "Windowsima", "Lindorffin". An English reader's cues ("X said", "CEO of X") are absent, and the
 * same company appears under four spellings, none counted with the others. Read before the
 * subject is chosen (lib/extract/article/subject.ts), for those languages only: the fresh-12 and
 * fresh-14 stories in pl, hr and fi named their company only this way.
 */

/** Languages that decline names (and write a case ending after a hyphen: "HEP-a", "DORH-u"). */
export const DECLINED = /^(?:pl|hr|sr|bs|sl|cs|sk|fi|et|lt|lv|hu)\b/i;

/**
 * Capitalised words that open a company's name in those languages and say what it is, not which:
 * "Grupa Eurocash", "Prezes Grupy Eurocash", "Uprave HEP-a", "Koncern Orlen". The name is what
 * follows them.
 */
const ORG_HEAD =
  /^(?:Grup(?:a|y|ie|ę|ą|e|i|u|om)|Koncern(?:u|ie|em)?|Spółk(?:a|i|ę|ą)|Firm(?:a|y|ie|ę|ą)|Tvrtk(?:a|e|i|u|om)|Kompanij(?:a|e|i|u|om)|Uprav(?:a|e|i|u|om)|Zarząd(?:u|zie)?|Prezes(?:a|em|owi)?|Rad(?:a|y|zie) Nadzorcz(?:a|ej)|Predsjednik|Predsjednica|Direktor(?:ica)?|Toimitusjohtaja|Konserni)$/u;

/** Lower-case words before a name that make it a company there: "spółka Amica", "tvrtka Podravka", "yhtiö Lindorff". */
const COMPANY_BEFORE_DECLINED =
  /(?:^|\s)(?:spółk[aięą]|firm[aęy]|koncern(?:u|ie)?|producent(?:a|em)?|operator(?:a|em)?|sieci?|bank(?:u|iem)?|grup[aęyi]|prezes(?:a|em)?|rzecznik\w*|zarządu|tvrtk[aeiu]|kompanij[aeiu]|banka|banke|banci|koncerna|uprave|proizvođač\w*|direktor\w*|yhtiö(?:n|ssä|stä)?|konserni(?:n)?|toimitusjohtaja)\s+$/iu;

/** A name's case endings: Polish, Croatian/Serbian/Slovene, Finnish. */
const CASE_ENDING =
  /^(?:a|u|e|i|y|om|em|ie|owi|ów|ach|ami|ima|ov|ova|ove|ovi|ovih|ovim|ovog|ovom|ovu|n|in|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi|ta|tä|na|nä|iin|hin|ia|ja)$/u;

/**
 * A run as the language writes it, its case ending and its leading descriptor taken off: "Grupy
 * Amica" → "Amica" (used as a company), "HEP-a" → "HEP". Unchanged elsewhere.
 */
export function undeclined(run: NameRun): { run: NameRun; company: boolean } {
  let { name, before, index } = run;
  let company = COMPANY_BEFORE_DECLINED.test(before);
  // "Prezes Grupy Eurocash": one descriptor after another.
  for (;;) {
    const m = /^(\S+(?: Nadzorcz\S+)?)\s+(?=\S)/u.exec(name);
    if (!m || !ORG_HEAD.test(m[1]!)) break;
    before += m[0];
    index += m[0].length;
    name = name.slice(m[0].length);
    company = true;
  }
  // "HEP-a", "DORH-u", "iPhone'a": a case ending after a hyphen or an apostrophe.
  name = name.replace(/(\S{2,})[-'’](?:a|u|e|i|y|om|em|ie|owi|ov|ova|ove|ovi|ovih|ovim|n|in|ssa|sta|lla|lle|ksi|ta|na)$/u, '$1');
  return { run: { ...run, name, before, index }, company };
}

/**
 * "Microsoftov", "Windowsima", "Linuxa" beside "Microsoft", "Windows", "Linux": a one-word name
 * that is another name the story uses plus a case ending is that name. Its mentions and cues go
 * to it.
 */
export function mergeCases(candidates: Map<string, Candidate>): void {
  for (const [key, cand] of candidates) {
    if (cand.merged || key.includes(' ')) continue;
    for (let cut = 1; cut <= 5 && key.length - cut >= 3; cut++) {
      if (!CASE_ENDING.test(key.slice(-cut))) continue;
      const base = candidates.get(key.slice(0, -cut));
      if (!base || base === cand || base.merged) continue;
      base.mentions += cand.mentions;
      base.alone += cand.alone;
      base.company += cand.company;
      base.used = (base.used ?? 0) + (cand.used ?? 0);
      base.person += cand.person;
      base.common += cand.common;
      base.inLead ||= cand.inLead;
      base.first = Math.min(base.first ?? Infinity, cand.first ?? Infinity);
      cand.merged = true;
      break;
    }
  }
}
