import type { CompanyExtraction } from '../schema/page-extraction';
import { cleanLine } from './clean';
import { parseSize, prune } from './facts';

/**
 * Facts an About page states in sentences: "Founded in 2012", "headquartered in Berlin",
 * "more than 400 people", "Our mission is to …". English, German and French phrasings. Only
 * the first statement of each counts; a sentence about customers or turbines never gives a size.
 */
const FOUNDED =
  /\b(?:founded|established|started|launched|incorporated|created|gegründet|fondée?|créée?)\b[^.!?\n]{0,60}?\b(1[89]\d\d|20\d\d)\b|\b(?:since|seit|depuis)\s+(1[89]\d\d|20\d\d)\b/i;
const PLACE = String.raw`(\p{Lu}[\p{L}'’.-]+(?:[ -](?:am|an der|de|del|la|le|sur|upon|on)?\s?\p{Lu}[\p{L}'’.-]+){0,3}(?:,\s*\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,2})?)`;
// The place must start with a capital letter, so the keywords carry their own case variants
// instead of the /i flag (under /iu, \p{Lu} would match lowercase letters too).
const anyCase = (words: string[]) => words.map((w) => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${w.slice(1)}`).join('|');
const HQ_WORDS = anyCase([
  'headquartered in',
  'headquarters (?:is |are )?in',
  'head office (?:is )?in',
  'based in',
  'hauptsitz in',
  'sitz in',
  'mit Sitz in',
  'siège (?:social )?(?:est )?(?:à|a)',
  'basée? à',
]);
const HQ = new RegExp(String.raw`(?:^|[^\p{L}])(?:${HQ_WORDS}|HQ (?:is )?in)\s+${PLACE}`, 'u');
const PEOPLE_WORDS = String.raw`(?:people|employees|staff|team members|colleagues|engineers and|Mitarbeiter(?:innen|:innen)?|Beschäftigte|collaborateurs|collaboratrices|salariés|employés)`;
const SIZE = new RegExp(
  String.raw`\b((?:more than|over|nearly|almost|about|around|approximately|roughly|some|mehr als|über|rund|etwa|plus de|près de|environ)\s+)?(\d{1,3}(?:[,.\u00A0\u202F ]\d{3})+|\d+)(\+)?\s+${PEOPLE_WORDS}`,
  'iu',
);
const MISSION =
  /(?:^|[.!?]\s+|\n)((?:Our|The company'?s|Its) mission is\b[^\n]*?[.!?](?=\s|$)|(?:Unsere|Die) Mission (?:ist|lautet)\b[^\n]*?[.!?](?=\s|$)|Notre mission(?: est| :)[^\n]*?[.!?](?=\s|$))/i;

export function proseFacts(text: string | undefined): CompanyExtraction {
  if (!text) return {};
  const sample = text.slice(0, 30_000);
  const founded = FOUNDED.exec(sample);
  const hq = HQ.exec(sample);
  const size = SIZE.exec(sample);
  const mission = MISSION.exec(sample);
  const sizeText = cleanLine(size?.[0], 120);
  return prune({
    founded: founded ? Number(founded[1] ?? founded[2]) : undefined,
    // "headquarters in Auburn, California. If you …": the place ends with its sentence.
    headquarters: cleanLine(hq?.[1]?.replace(/\.\s.*$/, '').replace(/[,.]$/, '')),
    ...(sizeText ? parseSize(sizeText) : {}),
    mission: cleanLine(mission?.[1], 2_000),
  });
}
