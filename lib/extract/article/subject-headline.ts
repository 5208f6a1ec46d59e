import { isNotACompany } from './gazetteer';
import { type NameRun, nameRuns, withoutLegalForm } from './names';
import { ANAPHOR_START } from './subject-cues';
import { type Candidate, indexOfName } from './subject-merge';
import { sentences } from '../../text/sentences';
import { isTitleCase } from '../../text/title-case';

/*
 * What the headline and the lead say about the story's company, read before subject.ts weighs
 * every cue: the name the headline opens on (in English, and in Korean and Japanese, which have
 * no capitals to tell a name by), the name the headline or the lead puts first, and the names a
 * headline joins as equals ("Amazon and Activision Blizzard …") unless one is the other's unit.
 * Kept apart because each headline habit the corpus turns up (art10, art11) adds a reading here,
 * not a weight there.
 */

/**
 * The headline's grammatical subject, as a reader takes it: a name that opens the headline ("Lego
 * feiert …", "Itaipu hat …", "Lunacal: AI-powered …") and either opens a sentence of the lead as
 * well ("Lego lockt …", "Lunacal is an …") or is taken up by the lead's first words as "the
 * company" ("Das binationale Unternehmen hat …") is what the story is about, and a name a story
 * is about that the text never treats as a person's is an organisation's. Counts as one use as
 * a company; a person's name (one with person cues, or a surname the text uses alone) gets none.
 */
export function headlineSubject(
  title: string,
  lead: readonly string[],
  candidates: Map<string, Candidate>,
  lowerWords: ReadonlySet<string>,
): void {
  const opener = nameRuns(title.replace(/^[\s"“„«'‘]+/u, ''), lowerWords).find((r) => r.index === 0);
  if (!opener) return;
  // "Samsung Continues to Dominate Android Market": a headline that capitalises every word runs
  // the name into the words after it; the name is the longest opening the story uses on its own.
  const words = withoutLegalForm(opener.name).base.split(/\s+/);
  const openings = isTitleCase(title) ? words.map((_, i) => words.slice(0, words.length - i).join(' ')) : [words.join(' ')];
  const cand = openings.map((o) => candidates.get(o.toLowerCase())).find((x) => !!x);
  if (!cand || cand.person > 0 || cand.merged || cand.place >= 2 || cand.place * 2 >= cand.mentions) return;
  const own = cand.name.split(/\s+/);
  // "Scooter Braun", then "Braun said": a first and last name; "Trump" of a "Donald Trump".
  if (own.length > 1 && candidates.get(own[own.length - 1]!.toLowerCase())) return;
  const key = cand.name.toLowerCase();
  // ("Democratic FCC commissioner": a people's or a party's word before it is no given name.)
  for (const k of candidates.keys()) if (k !== key && k.endsWith(' ' + key) && !isNotACompany(k.slice(0, -key.length - 1))) return;
  // Without a dateline ("Asunción: …", "BERLIN — …"), sentence by sentence.
  const said = lead.flatMap((t) => sentences(t.replace(/^[^.:!?]{2,30}(?::|\s[–—-]{1,2})\s+/u, '')));
  // (After an article, as an institution is named: "The FCC will …", "Der Hafen Göteborg
  // verzeichnete …"; an acronym by the words it stands for: "The International Monetary Fund is …".)
  const opens = said.some((t) => [t, t.replace(ARTICLE, '')].some((s) => opensOn(s, cand.name)));
  const takenUp = !!said[0] && ANAPHOR_START.test(said[0]);
  if ((opens && cand.mentions >= 3) || takenUp) {
    cand.company++;
    cand.opener = true;
  }
}

/** An article before a name at a sentence's start. */
const ARTICLE = /^(?:The|Der|Die|Das|Le|La|Les|El|Il|Het)\s+/u;
/** Capitalised words, small words between them: the name a sentence may open on. */
const OPENING_NAME = /^\p{Lu}[\p{L}'’&.-]*(?:\s+(?:(?:of|and|for|on|de|du|des|der|für|et|und)\s+)?\p{Lu}[\p{L}'’&.-]*){1,6}/u;

/** The sentence opens on the name (or on the words its capitals stand for) and goes on in lower case. */
function opensOn(sentence: string, name: string): boolean {
  const goesOn = (rest: string) => /^(?:['’]s)?\s+\p{Ll}/u.test(rest);
  if (sentence.startsWith(name) && goesOn(sentence.slice(name.length))) return true;
  if (!/^\p{Lu}{2,6}$/u.test(name)) return false;
  const words = OPENING_NAME.exec(sentence)?.[0].split(/\s+/) ?? [];
  // The shortest run of words whose capitals spell the name.
  for (let n = 2; n <= words.length; n++) {
    const run = words.slice(0, n);
    const initials = run
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join('');
    if (initials === name && /^\p{Lu}/u.test(run[n - 1]!)) return goesOn(sentence.slice(run.join(' ').length));
  }
  return false;
}

/**
 * Korean has no capitals to tell a name: a headline that opens on a name set apart by a comma
 * ("에르보리앙, 현대백화점 팝업스토어 오픈") says what it is about. The name counts as the story's
 * company when the lead uses it too and the story names it at least three times, as a headline
 * opener in English must (headlineSubject).
 */
export function hangulHeadlineSubject(
  title: string,
  lead: readonly string[],
  body: readonly string[],
  add: (run: NameRun, inLead: boolean) => void,
  candidates: Map<string, Candidate>,
): void {
  const name = /^(\p{Script=Hangul}{2,12})\s*,\s/u.exec(title.trim())?.[1];
  if (!name || candidates.has(name.toLowerCase())) return;
  const at = new RegExp(`(?<!\\p{Script=Hangul})${name}`, 'gu');
  const runs = (texts: readonly string[], inLead: boolean) =>
    texts.flatMap((t) =>
      Array.from(t.matchAll(at), (m) => ({
        run: {
          name,
          index: m.index,
          before: t.slice(Math.max(0, m.index - 12), m.index),
          after: t.slice(m.index + name.length, m.index + name.length + 70),
        },
        inLead,
      })),
    );
  const found = [...runs(lead, true), ...runs(body, false)];
  if (!found.some((f) => f.inLead) || found.length < 3) return;
  found.forEach((f) => add(f.run, f.inLead));
  const cand = candidates.get(name.toLowerCase());
  if (cand) cand.company++;
}

/**
 * A Japanese headline that opens on a katakana name and its particle ("ファインの新聞ストッカーは…",
 * "インテルが…") is about that name, when the lead uses it too (as headlineSubject asks of an
 * English headline's opening name): one use as a company.
 */
export function kanaHeadlineSubject(title: string, candidates: Map<string, Candidate>): void {
  const name = /^([\p{Script=Katakana}ー・]{2,})(?:の|は|が)/u.exec(title.trim())?.[1];
  const cand = name ? candidates.get(name.toLowerCase()) : undefined;
  if (cand && cand.inLead && cand.mentions >= 2 && cand.person === 0) cand.company++;
}

/** The company the lead names first: in its first paragraph, else in its second (or the opener of the third, when the second repeats the first). */
export function firstInLeadOf(
  lead: readonly string[],
  candidates: Map<string, Candidate>,
  named: (key: string, cand: Candidate) => string[],
): string | undefined {
  // A first paragraph the excerpt repeats is no second sentence of the lead: the one after it is.
  const opening = (t: string) => t.replace(/[\s.…]+$/u, '').slice(0, 40);
  const repeated = lead.length > 2 && opening(lead[0]!).length >= 20 && opening(lead[1]!) === opening(lead[0]!);
  // (There, only a name that opens it, as the sentence's subject: "JPMorgan Chase earned …".)
  const opener = (text: string) => {
    const key = firstNamed(text, candidates, named);
    return key && named(key, candidates.get(key)!).some((n) => indexOfName(text, n) === 0) ? key : undefined;
  };
  // A first paragraph that repeats the excerpt and goes on ("… Naht das Ende der Bratwurst? Zu
  // Besuch beim Schlachtbetrieb "Thüringer Landstolz".") goes on with the lead's next sentence.
  const said = lead[0]?.replace(/[\s.…]+$/u, '') ?? '';
  const rest = repeated && lead[1]!.startsWith(said) && lead[1]!.length > said.length + 20 ? lead[1]!.slice(said.length) : undefined;
  return (
    firstNamed(lead[0] ?? '', candidates, named) ??
    (repeated
      ? ((rest ? firstNamed(rest, candidates, named) : undefined) ?? opener(lead[2]!))
      : firstNamed(lead[1] ?? '', candidates, named))
  );
}

/** The eligible candidate named first in a text. */
export function firstNamed(
  text: string,
  candidates: Map<string, Candidate>,
  named: (key: string, cand: Candidate) => string[],
): string | undefined {
  let first: { key: string; at: number } | undefined;
  for (const [key, cand] of candidates) {
    const found = named(key, cand)
      .map((n) => indexOfName(text, n))
      .filter((i) => i >= 0);
    const at = found.length ? Math.min(...found) : -1;
    if (at >= 0 && (!first || at < first.at || (at === first.at && key.length > first.key.length))) first = { key, at };
  }
  return first?.key;
}

/**
 * "Why Amazon and Activision Blizzard Are Betting on eSports", "Apple, Google und Meta …": a
 * headline that joins the name to another name the story also uses (not as a person's) is about
 * them together, and no one of them is the story's company.
 */
export function coordinatedInTitle(
  title: string,
  name: string,
  candidates: Map<string, Candidate>,
  own: string,
  units: ReadonlySet<string> = new Set(),
): boolean {
  const at = title.indexOf(name);
  if (at < 0) return false;
  const JOIN = String.raw`(?:,|,?\s+(?:and|und|et|y|e|vs\.?|versus)|\s+&)`;
  const before = new RegExp(String.raw`(\p{Lu}[\p{L}\p{N}.-]*)${JOIN}\s+$`, 'u').exec(title.slice(0, at))?.[1];
  const after = new RegExp(String.raw`^${JOIN}\s+(\p{Lu}[\p{L}\p{N}.-]*)`, 'u').exec(title.slice(at + name.length))?.[1];
  return [before, after].some((w) => {
    if (!w) return false;
    const key = w.toLowerCase();
    if (key === own || own.startsWith(key + ' ') || units.has(key)) return false;
    const other = candidates.get(key) ?? [...candidates].find(([k]) => k.startsWith(key + ' '))?.[1];
    return !!other && other.person === 0 && other.mentions >= 2 && other.place * 2 < other.mentions;
  });
}

/** "its Sanyo Electric unit", "Sanyo, a unit of Panasonic": a company's part, named as such. */
export const UNIT =
  /\bits\s+(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3})\s+(?:unit|subsidiary|division|affiliate|arm)\b|(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3}),\s+(?:a|the)\s+(?:[\p{Ll}-]+\s+)?(?:unit|subsidiary|division)\s+of\b/gu;
