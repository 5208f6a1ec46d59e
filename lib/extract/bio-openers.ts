import type { PersonMention } from '../schema/page-extraction';
import { looksLikeName } from './person-name';

/**
 * A small firm's About or team page that tells a person's story in a paragraph opening with
 * their full name and their career, without a card or a stated title: "Ray Brownfield brings 40
 * years of agricultural property experience to Land Pro clientele." (fresh3-landpro), "Dr. Adam
 * DeCota has spent the last 10 years developing …" (co2-decodental), "Jennifer Kramer, L.E.,
 * received her esthetician license in 1993 …" (co2-skinbylovely). The story must go on about
 * them (their first name again, or he, she, his, her in the paragraph or the line after): a
 * sentence that only mentions someone does not. Name only: the page states no title. Read in the
 * background from the page's lines (lib/extract/company-prose.ts).
 */
export function biographyOpeners(lines: readonly string[], companyWords: readonly string[]): PersonMention[] {
  const out: PersonMention[] = [];
  for (let i = 0; i < lines.length && i < 3_000 && out.length < 10; i++) {
    const line = lines[i]!;
    if (line.length < 80) continue;
    const m = OPENER.exec(line);
    const name = m?.[1];
    if (!name || !looksLikeName(name) || out.some((p) => p.name === name)) continue;
    const first = name.split(' ')[0]!;
    // "Land Pro" would read as a name: never the company's own words.
    if (companyWords.includes(first.toLowerCase())) continue;
    const rest = `${line.slice(m[0].length)} ${lines[i + 1] ?? ''}`;
    if (!new RegExp(String.raw`\b(?:${first}|he|she|his|her|him)\b`, 'i').test(rest)) continue;
    out.push({ name });
  }
  return out;
}

const OPENER =
  /^(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s)?(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}\.)?(?:\s\p{Lu}[\p{L}'’-]+){1,2})(?:,\s(?:(?:\p{Lu}\.){1,4}|\p{Lu}{2,5}))*,?\s+(?:brings|has (?:spent|over|more than|been (?:a|an|in|with|practicing|working|helping)|worked|served|practiced)|received (?:his|her|their)|began (?:his|her|their)|started (?:his|her|their)|graduated|earned (?:his|her|their)|holds (?:a|an)|joined)\s/u;
