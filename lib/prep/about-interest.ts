import { sentences } from '../text/sentences';

// What a person's own About says they most want to push forward: "Sono particolarmente interessato a
// promuovere processi di trasformazione dei rifiuti in prodotti riutilizzabili nei sistemi
// agrivoltaici" (blind-13 rizzico-agrivoltaico-changer). A stated interest is an open door: where it
// stands in their work today is theirs to tell. Read in the languages of the corpus; quoted as
// written. Read by lib/prep/bank/role.ts.

const CUES = [
  /\bI(?:['’]m| am) (?:particularly |especially |most )?(?:interested in|passionate about|focused on) (.+)$/iu,
  /\bmy (?:main |particular )?(?:interest|passion|focus) (?:is|lies in) (.+)$/iu,
  /\b[Ss]ono (?:particolarmente |molto )?(?:interessat[oa] a|appassionat[oa] di) (.+)$/u,
  /\bmi interessa(?:no)? (?:in particolare |soprattutto )?(.+)$/iu,
  /\bIch interessiere mich (?:besonders |vor allem )?für (.+)$/u,
  /\b[Jj]e m['’]intéresse (?:particulièrement |surtout )?(?:à|aux?) (.+)$/u,
  /\b[Mm]e interesa(?:n)? (?:especialmente |sobre todo )?(.+)$/u,
  /\b[Ii]k ben (?:vooral |bijzonder )?geïnteresseerd in (.+)$/u,
];

export interface Interest {
  /** The clause, as they wrote it, without its closing stop. */
  what: string;
  /** The whole sentence, as evidence. */
  sentence: string;
}

/** The first interest their About states, 4–24 words, naming some work (not "people" or "new challenges"). */
export function interestInAbout(about: string | undefined): Interest | undefined {
  for (const s of sentences(about ?? '')) {
    for (const re of CUES) {
      const full = re
        .exec(s)?.[1]
        ?.trim()
        .replace(/[.;!]+$/, '');
      // Said back, the clause stops at its first comma when what comes before it names the work ("…, rendendoli unici, virtuosi…").
      const head = full?.split(/,\s/)[0];
      const what = head && head.split(/\s+/).length >= 4 ? head : full;
      const n = what?.split(/\s+/).length ?? 0;
      if (!what || n < 4 || n > 24 || /\b(?:new challenges?|opportunit(?:y|ies)|nuove sfide|opportunità)\b/i.test(what)) continue;
      return { what, sentence: s.trim() };
    }
  }
  return undefined;
}
