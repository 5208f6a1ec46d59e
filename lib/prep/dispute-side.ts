import type { Clip } from '../schema/dossier';
import { sentences } from '../text/sentences';
import { plain } from './clean';
import { escapeRegExp } from '../text/regexp';

/**
 * Words of a quarrel told about someone, in the languages of the corpus's stories: criticism,
 * accusations, a demand to go, a lawsuit. A works council's head who "kritisierte Diess … scharf und
 * warf ihm vor …" (blind-15 vw-meb-student) is the other side of a dispute with the company's chief:
 * never a name to ask its people for, whatever her title says.
 */
const QUARREL = new RegExp(
  [
    String.raw`critici[sz](?:e|ed|es|ing)|slam(?:s|med)|blast(?:s|ed)|lambast\w*|accus(?:e|ed|es|ing)|condemn\w*|denounc\w*|attack(?:s|ed) (?:him|her|them|his|their)|sued|su(?:es|ing)|call(?:s|ed)? (?:for|on) (?:him|her|them) to (?:resign|quit|step down)|demand(?:s|ed)? (?:his|her|their) (?:resignation|removal)|(?:at|in) odds with|clash(?:es|ed)? with|feud\w*|disput\w*|(?<!in a )row with|lawsuits?|alleg(?:e|ed|es|ing|ation|ations)|harass\w*|complaints? against`,
    // German: kritisierte, warf ihm vor, Vorwürfe, Streit, Zoff, Misstrauen, forderte den Rücktritt, klagt(e) gegen
    // (Klage, Klagen: not "Klagenfurt").
    String.raw`kritisier\w*|(?:warf|wirft|warfen|werfen) (?:ihm|ihr|ihnen)(?: \S+){0,12}? vor(?![\p{L}])|vorw[uü]rf\w*|streit\w*|zoff|misstrauen|r[uü]cktritt|klag(?:t|te|ten) gegen|klagen?|verklagt`,
    // French, Dutch, Spanish, Italian.
    String.raw`critiqu\w*|accus\w*|reproch\w*|d[ée]missions?|bekritiseer\w*|beschuldig\w*|verwijt\w*|critic[óo]|acus[óo]|dimisi[óo]n|critica(?:to|va)|accusa(?:to|va)|dimissioni|plainte|rechtszaak|demand[óo]`,
  ]
    // Whole words: "sued" is in "issued", "suing" in "pursuing". Attacks only on someone, and no
    // "row" that is "in a row": a security chief telling of ransomware attacks, a firm's "third year
    // in a row with record sales", is no quarrel.
    .map((alt) => `(?<![\\p{L}])(?:${alt})(?![\\p{L}])`)
    .join('|'),
  'iu',
);

const wordsOf = (name: string) => name.toLowerCase().split(/\s+/).filter(Boolean);

/** The sentences of a text that name this person: their full name, or their surname once the full name was said. */
function mentions(text: string, name: string): string[] {
  const words = wordsOf(name);
  const surname = words[words.length - 1]!;
  const all = sentences(text);
  const first = all.findIndex((s) => s.toLowerCase().includes(words.join(' ')));
  if (first < 0) return [];
  // Escaped: a name typed by hand may hold "(" or "+" ("Jane Roe (Acme"), which made the sheet throw.
  const said = new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, 'iu');
  return all.slice(first).filter((s) => said.test(s));
}

/**
 * Whether a person known only from stories appears in them only in a quarrel: every sentence naming
 * them criticises, accuses or sues someone, or tells them criticised. The other side of a dispute is
 * never a referral target; someone named once in a quarrel and elsewhere in their own work may be.
 */
export function onlyInQuarrel(name: string, stories: Clip[]): boolean {
  if (wordsOf(name).length < 2) return false;
  const said = stories.flatMap((c) => mentions(plain(c.text ?? ''), name));
  return said.length > 0 && said.every((s) => QUARREL.test(s));
}
