import { escapeRegExp } from '../text/regexp';
import { ALLEGED, REPORTED } from './event-guards';
import type { Clause } from './headline';

/**
 * What a story not in English says the company did, as an English clause the question can carry
 * (issue 11 §2): the company named as the subject of a deed the sheet knows in German, Norwegian,
 * Danish, Swedish, Polish, Dutch, French or Spanish ("Instagram testet …", "Filana expandiert nach
 * Wien", "TINE lanserer …"), the deed said in English and what it was done to kept in the story's
 * own words, short and in quotation marks, since no dictionary can turn "eine neue
 * Videofunktion" into English. Places and partners are names, said as they are. A sentence whose
 * company does nothing the lexicon knows gives nothing: no question beats a guessed one.
 */

interface Deed {
  /** The verb's stem, as the question bank reads it ("test" is making something, "partner" is not). */
  verb: string;
  /** The English the clause says, by time: under way or done. */
  now: string;
  past: string;
  /** The verb in the story's languages, as a word the company's name stands right before. */
  words: RegExp;
  /** What follows is a place ("nach Wien") or a partner ("mit finleap"): a name, not a thing. */
  to?: 'place' | 'partner';
  /** Said of work not done yet ("arbeitet an"): only when no stronger deed is in the story. */
  weak?: boolean;
}

const DEEDS: Deed[] = [
  { verb: 'test', now: 'is testing', past: 'tested', words: /^(?:testet|testen|tester|testar|testuje|test|teste|prueba|pilotiert)$/ },
  {
    verb: 'launch',
    now: 'is launching',
    past: 'launched',
    words: /^(?:startet|lanciert|launcht|lanserer|lanserar|lancerer|uruchamia|uruchomiła?|wprowadza|lanceert|lance|lanza)$/,
  },
  {
    verb: 'open',
    now: 'is opening',
    past: 'opened',
    words: /^(?:eröffnet|åpner|öppnar|åbner|otwiera|otworzyła?|opent|ouvre|inaugure|abre)$/,
  },
  { verb: 'build', now: 'is building', past: 'built', words: /^(?:baut|errichtet|bygger|buduje|bouwt|construit|construye)$/ },
  {
    verb: 'expand',
    now: 'is expanding',
    past: 'expanded',
    words: /^(?:expandiert|ekspanderer|expanderar|ekspanderar|s['’]implante)$/,
    to: 'place',
  },
  {
    verb: 'partner',
    now: 'is partnering with',
    past: 'partnered with',
    words: /^(?:kooperiert|samarbeider|samarbetar|samarbejder|współpracuje|partnert|s['’]associe|colabora)$/,
    to: 'partner',
  },
  {
    verb: 'invest',
    now: 'is investing',
    past: 'invested',
    words: /^(?:investiert|investerer|investerar|inwestuje|investeert|investit|invierte)$/,
  },
  {
    verb: 'develop',
    now: 'is developing',
    past: 'developed',
    words: /^(?:entwickelt|utvikler|utvecklar|udvikler|rozwija|ontwikkelt|développe|desarrolla)$/,
  },
  {
    verb: 'work',
    now: 'is working on',
    past: 'worked on',
    words: /^(?:arbeitet|jobber|arbetar|arbejder|pracuje|werkt|travaille|trabaja)$/,
    weak: true,
  },
];

/** The preposition each language puts before the place or partner a deed goes to, and after "arbeitet". */
const TO = /^(?:nach|in|til|till|do|naar|à|au|en|a|mit|med|z|ze|met|avec|con|an|på|aan|nad|sur)$/i;
/** What ends the part of the sentence the deed was done to: a comma, a conjunction, a relative. */
// Not "die", "en" or "i": an article in one language, a conjunction or a relative only in another.
const STOP = /^(?:und|og|och|oraz|et|y|e|som|który|która|które|qui|que|weil|fordi|bo|car|porque|,|–|-)$/i;
/** A preposition of purpose or place may stay in the object ("in den Stories"); more than this many words is a sentence retold. */
const MAX_OBJECT_WORDS = 7;

/**
 * The deed of one sentence: the company's name, then at once a verb of the lexicon ("Instagram
 * testet", not "arbeitet sich Filana", where German puts the verb first and what it says is a
 * figure of speech), then what it was done to, to the first comma or conjunction.
 */
export function foreignDeed(sentence: string, names: readonly string[], recent: boolean, weakOk = false): Clause | undefined {
  for (const name of names) {
    if (name.length < 2) continue;
    const m = new RegExp(`(?:^|[^\\p{L}\\p{N}-])(${escapeRegExp(name)})\\s+(\\p{L}[\\p{L}'’]*)\\s+([^.!?;:]+)`, 'u').exec(sentence);
    if (!m) continue;
    const deed = DEEDS.find((d) => d.words.test(m[2]!.toLowerCase()));
    if (!deed || (deed.weak && !weakOk)) continue;
    let rest = m[3]!.split(/\s+/);
    // "arbeitet an", "pracuje nad": the preposition is the verb's, not the object's. Only the "on" of
    // working on something: "arbeitet mit Partnern an …", "arbeitet in Wien an …" name no thing worked on.
    if (deed.weak) {
      if (!/^(?:an|på|aan|nad|sur|en)$/i.test(rest[0] ?? '')) continue;
      rest = rest.slice(1);
    }
    const cut = rest.findIndex((w, i) => i > 0 && (STOP.test(w.replace(/,$/, '')) || /,$/.test(rest[i - 1]!)));
    const object = (cut > 0 ? rest.slice(0, cut) : rest)
      .join(' ')
      .replace(/[,–-]+$/, '')
      .trim();
    if (!object) continue;
    // German splits a verb and puts its particle last: "baut 240 Stellen in Chemnitz ab" cuts jobs,
    // "baut … aus" expands, "baut … um" rebuilds. The stem alone ("builds") would say the opposite.
    if (SPLIT_PARTICLE.test(object.split(/\s+/).pop() ?? '')) continue;
    const verb = recent ? deed.now : deed.past;
    if (deed.to) {
      // "nach Wien", "mit finleap": the name after the preposition, said as it is; anything else is no place or partner.
      const [prep, ...place] = object.split(/\s+/);
      const where = place.join(' ');
      if (!TO.test(prep ?? '') || !/^[\p{Lu}\p{N}]/u.test(where) || place.length > 4) continue;
      const into = deed.to === 'place' ? ' to' : '';
      return { text: `${m[1]} ${verb}${into} ${where}`, byCompany: true, verb: deed.verb, underWay: recent };
    }
    if (object.split(/\s+/).length > MAX_OBJECT_WORDS) continue;
    // German and the Nordic languages put the place before the thing ("baut in Bremen ein Trainingszentrum"): the place, a name, goes after it in English.
    const place = /^(?:in|i|w|à|en)\s+([\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?)\s+(\p{Ll}.*)$/u.exec(object);
    // "Apple entwickelt mit Partnern auf Materialebene …": how it is done, not what; no thing to ask about
    // (the sheet said Apple "is developing “mit Partnern auf Materialebene”", dossiers-blind-19).
    if (!place && HOW.test(object.split(/\s+/)[0]!)) continue;
    const text = place ? `${m[1]} ${verb} “${place[2]}” in ${place[1]}` : `${m[1]} ${verb} “${object}”`;
    return { text, byCompany: true, verb: deed.verb, underWay: recent };
  }
  return undefined;
}

/** The particle a German separable verb leaves at the end of its clause ("baut … ab", "stellt … ein"). */
const SPLIT_PARTICLE = /^(?:ab|aus|um|auf|zurück|ein|weg|fest|los|hoch|herunter|zusammen)$/i;

/** Prepositions that open how a deed is done, in no language an article ("en" is Norwegian's "a"). */
const HOW = /^(?:mit|med|met|avec|con|z|ze|auf|durch|via|zusammen|gemeinsam|sammen)$/i;

/** The first deed a foreign story tells of the company, strong deeds first (a test, a launch) over work "on" something. */
export function foreignClause(
  sentences: readonly string[],
  names: readonly string[],
  recent: boolean,
  head: readonly string[] = [],
): Clause | undefined {
  // A story whose headline or lead hedges its claim ("Apple arbeitet angeblich an eigenen Akkus")
  // tells a report, not a deed: a question would put the rumour to the host as fact (dossiers-blind-19,
  // Apple), nor does one that reports a charge ("Nordwerk wird vorgeworfen …"). A hedge later in the
  // story (an aside about the past) leaves its news alone. The words are the events reader's (event-guards.ts).
  if (head.some((s) => REPORTED.test(s) || ALLEGED.test(s))) return undefined;
  for (const weakOk of [false, true])
    for (const s of sentences) {
      const c = foreignDeed(s, names, recent, weakOk);
      if (c) return c;
    }
  return undefined;
}
