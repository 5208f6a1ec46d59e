import { escapeRegExp } from '../text/regexp';
import { plain } from './clean';

/**
 * The answers of a printed interview whose every answer opens on the speaker's surname, a colon and
 * a quotation mark ("Weber: „Deshalb haben wir uns für die Zertifizierung … entschieden.“":
 * blind-16 spessart-weber-changer, a German Q&A with the person met and her managing director).
 * Two such answers at least make it an interview with them, whatever the headline names.
 */
export function prefixedAnswers(text: string, name: string): string[] {
  const surname = name.trim().split(/\s+/).pop();
  if (!surname || surname.length < 3) return [];
  const re = new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)}:\\s*[„“"»«]([^“”"«»„]{10,1200})[“”"«»]`, 'gu');
  const answers = [...text.matchAll(re)].map((m) => m[1]!.trim());
  return answers.length >= 2 ? answers : [];
}

/**
 * The answers of a Q&A printed as lines that open on the speaker's name and a colon, without
 * quotation marks ("Marissa: I was introduced to programming in high school …": a company blog's
 * interview with two engineers, blind-23 axios-marissa-student). The full name, the given name or
 * the surname labels the line; the story must name them in full, and two such lines at least make
 * it an interview with them.
 */
export function labelledAnswers(text: string, name: string): string[] {
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2 || !text.includes(name.trim())) return [];
  const label = [name.trim(), parts[0]!, parts[parts.length - 1]!].map(escapeRegExp).join('|');
  const re = new RegExp(`^\\s*(?:${label}):\\s+(?![„“"»«])(.{10,1200})$`, 'u');
  const answers = text
    .split(/\n+/)
    .map((l) => re.exec(l)?.[1]?.trim())
    .filter((a): a is string => !!a);
  return answers.length >= 2 ? answers : [];
}

/**
 * The person's own answers in a printed interview, in either form: "Weber: „…“" (prefixedAnswers),
 * else lines that open on their name and a colon (labelledAnswers). Read by the quotes and by the
 * common ground, one reading for both.
 */
export function ownAnswers(text: string, name: string): string[] {
  const prefixed = prefixedAnswers(plain(text), name);
  return prefixed.length ? prefixed : labelledAnswers(text, name);
}

/** A view worth asking about in the languages of the corpus's interviews: a choice made, a challenge, what matters. */
export const VIEW_ELSEWHERE =
  /(?<![\p{L}])(?:entschieden|Herausforderung(?:en)?|schwierig\w*|Grundlage|gelernt|décidé|choisi|défi|difficile|besloten|gekozen|uitdaging|moeilijk|decidido|desafío|difícil|deciso|sfida|difficile)(?![\p{L}])/iu;
/** The speaker speaking for themselves or their team, in those languages. */
export const WE_ELSEWHERE = /(?<![\p{L}])(?:wir|uns|ich|nous|je|wij|ik|nosotros|hemos|abbiamo|noi)(?![\p{L}])/iu;
/** A choice the answer tells: asked as what it changed, not where it was learned. */
export const CHOICE = /(?<![\p{L}])(?:decided|chose|entschieden|décidé|choisi|besloten|gekozen|decidido|deciso)(?![\p{L}])/iu;
