import { sentences } from '../text/sentences';

// What a person's own About says they founded before their present job: "Prima del mio ruolo in
// DVP Solar Italia, nel 2015 ho contribuito alla fondazione della Rete Ovinicoltori Siciliani"
// (blind-13 rizzico-agrivoltaico-changer: a sheep farmers' network, then land origination for
// solar). The bridge between what they built and what they do now is their story, in their words,
// in whatever language they wrote it. Read by lib/prep/bank/path.ts.

/** A proper name: capitalised words, with the small words names carry between them ("Rete Ovinicoltori Siciliani", "Chamber of Commerce"). */
const NAME = String.raw`\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:(?:di|de|del|della|der|des|du|van|von|of|and|for|y|e|&)\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*){0,6}`;

/** How each language says "founded X", "helped found X", "co-founder of X"; `helped` and `co` tell the verb. */
const CUES: Array<{ re: RegExp; verb: 'founded' | 'helped found' | 'co-founded' }> = [
  { re: new RegExp(String.raw`\bhelped (?:to )?(?:found|set up|start) (?:the )?(${NAME})`, 'u'), verb: 'helped found' },
  { re: new RegExp(String.raw`\bco-?founded (?:the )?(${NAME})|\bco-?founder of (?:the )?(${NAME})`, 'u'), verb: 'co-founded' },
  { re: new RegExp(String.raw`\b(?:I )?founded (?:the )?(${NAME})|\bfounder of (?:the )?(${NAME})`, 'u'), verb: 'founded' },
  {
    re: new RegExp(String.raw`\bcontribuito alla (?:fondazione|nascita|creazione) (?:della|del|dello|dell['’]|di) ?(${NAME})`, 'u'),
    verb: 'helped found',
  },
  {
    re: new RegExp(
      String.raw`\bco-?fondato (?:la |il |lo |l['’])?(${NAME})|\bco-?fondat(?:ore|rice) (?:della|del|dello|dell['’]|di) ?(${NAME})`,
      'u',
    ),
    verb: 'co-founded',
  },
  {
    re: new RegExp(
      String.raw`\bfondato (?:la |il |lo |l['’])?(${NAME})|\bfondat(?:ore|rice) (?:della|del|dello|dell['’]|di) ?(${NAME})`,
      'u',
    ),
    verb: 'founded',
  },
  {
    re: new RegExp(
      String.raw`\bco-?fondat(?:eur|rice) (?:de la |du |de l['’]|de |d['’])(${NAME})|\bco-?fondé (?:la |le |l['’])?(${NAME})`,
      'u',
    ),
    verb: 'co-founded',
  },
  {
    re: new RegExp(String.raw`\bfondat(?:eur|rice) (?:de la |du |de l['’]|de |d['’])(${NAME})|\bfondé (?:la |le |l['’])?(${NAME})`, 'u'),
    verb: 'founded',
  },
  {
    re: new RegExp(String.raw`\bco-?fundador(?:a)? (?:de la|del|de) (${NAME})|\bcofund(?:é|ó) (?:la |el )?(${NAME})`, 'u'),
    verb: 'co-founded',
  },
  { re: new RegExp(String.raw`\bfundador(?:a)? (?:de la|del|de) (${NAME})|\bfund(?:é|ó) (?:la |el )?(${NAME})`, 'u'), verb: 'founded' },
  { re: new RegExp(String.raw`\bMitgründer(?:in)? (?:der|des|von) (${NAME})`, 'u'), verb: 'co-founded' },
  { re: new RegExp(String.raw`\bGründer(?:in)? (?:der|des|von) (${NAME})`, 'u'), verb: 'founded' },
  { re: new RegExp(String.raw`\bmedeoprichter van (?:de |het )?(${NAME})`, 'iu'), verb: 'co-founded' },
  { re: new RegExp(String.raw`\boprichter van (?:de |het )?(${NAME})`, 'iu'), verb: 'founded' },
];

export interface Founded {
  /** The organisation, as they wrote its name. */
  org: string;
  verb: 'founded' | 'helped found' | 'co-founded';
  year?: string;
}

/**
 * The first organisation their About says they founded (or helped found) that is not their present
 * employer, with the year the same sentence gives.
 */
export function foundedInAbout(about: string | undefined, current: string | undefined): Founded | undefined {
  const now = current?.toLowerCase();
  for (const s of sentences(about ?? '')) {
    for (const { re, verb } of CUES) {
      const m = re.exec(s);
      const org = m?.slice(1).find(Boolean)?.trim();
      // A single capitalised word is as often a sentence's next word as a name ("founded In 2015").
      if (!org || org.split(/\s+/).length < 2 || (now && (now.includes(org.toLowerCase()) || org.toLowerCase().includes(now)))) continue;
      return { org, verb, year: /\b(?:19|20)\d{2}\b/.exec(s)?.[0] };
    }
  }
  return undefined;
}
