/**
 * The user's words for a role or a field, inside a sentence: "Data Engineer" reads "data engineer",
 * but an acronym or a word they wrote with more than one capital keeps it ("OT security architect",
 * "UX designer", "DevOps engineer"): the user's own words keep their casing where it means something.
 */
export function roleInSentence(words: string): string {
  return words.replace(/\p{L}[\p{L}'’-]*/gu, (w) => (/^\p{Lu}[\p{Ll}'’-]*$/u.test(w) ? w.toLowerCase() : w));
}

/**
 * Words that open the name of a line of work and are no name of anything (issue 11 §9): only these
 * lose a form's first capital. A word not here may be a name ("German literature", "Java developer",
 * "Salesforce administration"): nothing tells, so it keeps the capital the user gave it — a kept
 * capital is style, a lowered name an error.
 */
const COMMON_WORK = new Set(
  (
    'account accounting acquisition administration administrative agile agricultural analytics animal applied architecture art ' +
    'assistant associate audit automotive aviation back backend bank banking biomedical brand business buyer care career ' +
    'chemical chief civil claims classroom client clinical cloud commercial communications community computational computer ' +
    'construction content corporate craft creative credit customer cyber data database dental design designer development ' +
    'digital early economic economics editorial education electrical embedded emergency energy engineering enterprise ' +
    'environmental event events executive exterior facilities fashion field film finance financial food front frontend ' +
    'full fundraising game general governance graduate graphic growth head health healthcare hospitality hotel human ' +
    'industrial information infrastructure innovation insurance interior internal investment journalism junior lab ' +
    'land landscape lead learning legal logistics machine management marketing materials mechanical media medical ' +
    'mobile music network nonprofit nursing office operations organisational organizational people performance ' +
    'pharmaceutical physical planning platform policy political principal private process procurement product production ' +
    'program programme project property public quality real regional regulatory research retail risk sales school ' +
    'science security senior service social software solutions sound special sports staff strategic strategy structural ' +
    'structures student supply support sustainability systems talent teaching technical technology test training travel ' +
    'urban user video visual web wildlife aerospace biology biotechnology channel chemistry electronics founding hardware ' +
    'history law linguistics literature mathematics mechatronics medicine pharmacy philosophy physics psychology statistics ' +
    'accountant analyst architect baker brewer carpenter chef consultant copywriter developer economist editor electrician ' +
    'engineer illustrator lawyer nurse paralegal pharmacist photographer physiotherapist plumber recruiter teacher therapist ' +
    'translator writer'
  ).split(' '),
);

/**
 * The user's own words for their field or target, inside a sentence (issue 11 §9: "into a Product
 * designer role"): their casing stays, except the capital a form gives its first letter. Typed in
 * sentence case ("Product designer": a capital, then lowercase words), a first word that is a
 * common word of work loses it; an acronym ("UX designer"), capitals of their own ("Data Engineer",
 * "DevOps") or a word that may be a name ("Google engineer", "German literature") keep theirs.
 */
export function userWordsInSentence(words: string): string {
  const parts = words.split(/\s+/);
  const first = parts[0] ?? '';
  if (!/^\p{Lu}[\p{Ll}'’-]*$/u.test(first) || parts.slice(1).some((w) => /\p{Lu}/u.test(w))) return words;
  const head = first.toLowerCase().split('-')[0]!;
  return COMMON_WORK.has(head) ? first.charAt(0).toLowerCase() + words.slice(1) : words;
}
