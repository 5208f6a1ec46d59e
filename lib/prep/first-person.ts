/**
 * The user's own line about what they are exploring, as the sheet says it for them: in the first
 * person. Some users write their profile as a bio ("He is exploring a second career with his
 * hands"); the introduction then said "I'm exploring a second career with his hands". The person
 * is converted whole (subject, pronouns, the verb after the subject), or not at all: a line that
 * also speaks of the user as "I", of both a "he" and a "she", or whose "her" may be either word,
 * is not put in the user's mouth (undefined); the sheet then says the target role instead.
 */

/** "I'm exploring", "He is exploring", "Dana is exploring": the frame the sheet's own words give. */
const EXPLORING = (subject: string) =>
  new RegExp(String.raw`^(?:(${subject})(?:\s+(?:is|are|am)|['’](?:s|re|m))|I['’]m)\s+exploring\s+`, 'i');

const FIRST = /(?<![\p{L}'’])(?:I|me|my|mine|myself)(?![\p{L}'’])/u;

type Set3 = 'he' | 'she' | 'they';
const WORDS: Record<Set3, RegExp> = {
  he: /(?<![\p{L}'’])(?:he|him|his|himself)(?![\p{L}])/iu,
  she: /(?<![\p{L}'’])(?:she|her|hers|herself)(?![\p{L}])/iu,
  they: /(?<![\p{L}'’])(?:they|them|their|theirs|themselves|themself)(?![\p{L}])/iu,
};
const SWAP: Record<string, string> = {
  him: 'me',
  his: 'my',
  himself: 'myself',
  hers: 'mine',
  herself: 'myself',
  them: 'me',
  their: 'my',
  theirs: 'mine',
  themselves: 'myself',
  themself: 'myself',
};
/** After "her", a word that ends the phrase or starts another: "her" is the object ("helping her"), else the possessive ("her hands"). */
/** "help her grow" or "help her community": after these verbs "her" may be either, and the line is not rewritten. */
const EITHER = /(?<![\p{L}])(?:help|let|make|see|watch|hear)\w*\s+her\s+[\p{L}]/iu;
const AFTER_OBJECT = /^(?:to|and|or|but|with|for|in|on|at|from|about|into|as|by|up|out|off|back|again|how|what|that|when|if)$/i;
const MODAL = /^(?:can|could|will|would|shall|should|may|might|must|had|did|was|were)$/i;

/** The verb after a subject that is now "I": "is" → "am", "wants" → "want", "has" → "have"; past tenses and modals as they are. */
function agree(verb: string): string {
  const v = verb.toLowerCase();
  if (/^(?:is|are|['’]s|['’]re)$/.test(v)) return verb.startsWith("'") || verb.startsWith('’') ? `${verb[0]}m` : 'am';
  if (v === 'has') return 'have';
  if (v === 'does') return 'do';
  if (v === 'were') return 'was';
  if (MODAL.test(v) || /ed$/.test(v)) return verb;
  if (/ies$/.test(v)) return verb.slice(0, -3) + 'y';
  if (/(?:ss|sh|ch|x|z|o)es$/.test(v)) return verb.slice(0, -2);
  if (/[^s]s$/.test(v)) return verb.slice(0, -1);
  return verb;
}

/** Every word of one set of third-person pronouns said as "I"; the verb after a subject agrees. */
function convert(text: string, set: Set3): string {
  const subject = set === 'he' ? 'he' : set === 'she' ? 'she' : 'they';
  return text
    .replace(new RegExp(String.raw`(?<![\p{L}'’])${subject}\s+([\p{L}'’]+)`, 'giu'), (_m, verb: string) => `I ${agree(verb)}`)
    .replace(new RegExp(String.raw`(?<![\p{L}'’])${subject}(['’](?:s|re))`, 'giu'), (_m, v: string) => `I${agree(v)}`)
    .replace(new RegExp(String.raw`(?<![\p{L}'’])${subject}(?![\p{L}])`, 'giu'), 'I')
    .replace(/(?<![\p{L}'’])her(?![\p{L}])(\s+([\p{L}'’-]+))?/giu, (m, rest: string | undefined, next: string | undefined) =>
      set !== 'she' ? m : `${next && !AFTER_OBJECT.test(next) ? 'my' : 'me'}${rest ?? ''}`,
    )
    .replace(/(?<![\p{L}'’])(him|his|himself|hers|herself|them|their|theirs|themselves|themself)(?![\p{L}])/giu, (w: string) =>
      WORDS[set].test(w) ? SWAP[w.toLowerCase()]! : w,
    )
    .replace(/^I am\b/, "I'm");
}

/** The line as the user says it: "I'm exploring a second career with my hands", or their own clause ("I want to …"). */
export function sayExploring(exploring: string): string {
  const line = exploring.replace(/[.!?]+$/, '');
  return isClause(line) ? line : `I'm exploring ${line}`;
}

/** A clause of its own ("I want to work with my hands"), not a phrase "I'm exploring" may precede. */
export const isClause = (exploring: string) => /^I(?:['’]\w+)?\s/.test(exploring);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PRONOUN = (w: string | undefined) => (['he', 'she', 'they'] as const).find((p) => p === w?.toLowerCase());

/**
 * What the user is exploring, in the first person: the phrase "I'm exploring" is followed by
 * ("a second career with my hands"), or a clause of its own that starts with "I" when they wrote a
 * sentence of another verb ("He wants to work with his hands" → "I want to work with my hands");
 * undefined when the line cannot be said as theirs without guessing.
 */
export function exploringInFirstPerson(line: string, name?: string): string | undefined {
  const names = name ? [name, name.split(/\s+/)[0]!].map(escape) : [];
  const subject = ['he', 'she', 'they', 'i', ...names].join('|');
  const framed = EXPLORING(subject).exec(line);
  let rest = framed ? line.slice(framed[0].length) : line;
  // Who the line's subject was: a bio's "He is exploring …" says which pronouns are the user's.
  let lead = PRONOUN(framed?.[1]);
  if (!framed) {
    // A sentence about the user of another verb ("He wants to …", "Dana hopes to …"): its subject is the user too.
    const bare = new RegExp(String.raw`^(${subject})\s+([\p{L}'’]+)`, 'iu').exec(rest);
    lead = PRONOUN(bare?.[1]);
    if (bare && !lead && bare[1]!.toLowerCase() !== 'i') rest = `I ${agree(bare[2]!)}${rest.slice(bare[0].length)}`;
  }
  // Only a "they" the line names as the user is theirs: elsewhere "their" is often other people's.
  const sets = [lead, ...(['he', 'she'] as const).filter((p) => WORDS[p].test(rest))].filter(
    (p, i, all): p is Set3 => !!p && all.indexOf(p) === i,
  );
  // Mixed persons (an "I" beside a "he", a "he" beside a "she"): someone else is in the line, kept as written.
  // Already in the first person ("joining my father in his business"): its "he" is someone else.
  const first = FIRST.test(rest.replace(/^I\s/, ''));
  if (!sets.length || (first && !lead)) return rest;
  if (sets.length > 1 || first || (sets[0] === 'she' && EITHER.test(rest))) return undefined;
  return convert(rest, sets[0]!);
}
