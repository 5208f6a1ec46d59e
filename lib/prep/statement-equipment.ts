import { type Page, type Statement, companySentences, onPage, quoted, speaksForCompany, words } from './statement-page';

// The equipment a company says it works with, and what for: "Wij hebben een moderne garage voorzien
// van alle nieuwe technieken voor het uitlezen van eventuele storingen of gebreken", "our workshop is
// equipped with the latest diagnostic equipment for reading out faults". Read by
// lib/prep/statements.ts. Praise of one's own kit is everywhere ("state-of-the-art technology"):
// it takes the company speaking, an "equipped with" cue, and what the kit is for, in one sentence.

/** "equipped with", "ausgestattet mit", "équipé de", "voorzien van", "equipado con". */
const EQUIPPED =
  /(?<![\p{L}])(?:equipped with|fitted with|ausgestattet mit|ausgerüstet mit|équipée?s? (?:de|d['’]|des|avec)|voorzien van|uitgerust met|equipad[oa]s? con)\s+([^.;:!?]{4,100}?)\s+(?:for|für|zum|zur|pour|voor|om|para)\s+([^.;:!?]{6,100})/iu;

export function equipment(page: Page, names: string[]): Statement[] {
  for (const s of companySentences(page, names)) {
    const m = EQUIPPED.exec(s.text);
    if (!m || !speaksForCompany(s.text.slice(0, m.index), names)) continue;
    // What it is for names a task ("het uitlezen van eventuele storingen"), not "your comfort".
    const purpose = m[2]!.trim().replace(/[,]+$/, '');
    if (words(purpose) < 2 || words(purpose) > 14) continue;
    // Said in English only when the cue is English (a Dutch page may be marked English); else the
    // page's own sentence is quoted, whole when short, else from the cue on.
    const english = page.english && /^(?:equipped|fitted) with/i.test(m[0]);
    const shown = english ? m[0].trim().replace(/^(?:equipped|fitted) with\s+/i, '') : quoted(words(s.text) <= 20 ? s.text : m[0].trim());
    return [
      {
        kind: 'equipment',
        text: english ? `Equipped with ${shown}` : `Its equipment: ${shown}`,
        phrase: english ? `is equipped with ${shown}` : `says: ${shown}`,
        names: [m[1]!.trim(), purpose],
        evidence: s.text,
        ...onPage(page),
        strength: 6,
      },
    ];
  }
  return [];
}
