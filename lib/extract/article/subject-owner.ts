import { escapeRegExp } from '../../text/regexp';
import { isNotACompany } from './gazetteer';
import { withoutLegalForm } from './names';

/*
 * A story about a product, a drug or a service ("FDA Panel Votes to Change Restrictions on
 * Avandia", "VLC Comes Back to iOS") is about the company that owns it, when the story says who
 * that is: "the drug's maker, GlaxoSmithKline", "Roche's lung cancer treatment, Tarceva",
 * "VideoLAN's VLC". Read only when no company stands out on its own (lib/extract/article/subject.ts),
 * and only from words that tie the owner to the very thing the headline names.
 */

/** A company's name as a run of capitalised words: "GlaxoSmithKline", "Eli Lilly", "VideoLAN". */
const NAME = String.raw`(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,3})`;
/** What a company makes, as a story refers back to it: "the drug", "the app". */
const THING = String.raw`(?:drug|medicine|treatment|vaccine|device|product|app|software|program|game|console|phone|smartphone|handset|car|vehicle|browser|player|font|typeface|service|platform|brand)`;
const MAKER = String.raw`(?:maker|manufacturer|developer|owner|creator|parent company|parent)`;

function ownerPatterns(topic: string): RegExp[] {
  const t = escapeRegExp(topic);
  const end = String.raw`(?![\p{L}\p{N}])`;
  return [
    // "VideoLAN's VLC", "Roche's non-small cell lung cancer treatment, Tarceva"
    new RegExp(String.raw`${NAME}['’]s\s+(?:[^.;:!?"“”]{0,60}?\s)?${t}${end}`, 'gu'),
    // "the drug's maker, GlaxoSmithKline", "Avandia's maker GlaxoSmithKline" (a thing made: "the
    // lodge's owner" may be the owner of anything the story names)
    new RegExp(String.raw`(?:${t}|\b[Tt]he\s+${THING})['’]s\s+${MAKER},?\s+${NAME}`, 'gu'),
    // "the maker of Avandia, GlaxoSmithKline", "Avandia maker GlaxoSmithKline"
    new RegExp(String.raw`${MAKER}\s+of\s+${t},?\s+${NAME}`, 'gu'),
    new RegExp(String.raw`(?<![\p{L}\p{N}])${t}\s+${MAKER}\s+${NAME}`, 'gu'),
    // "Tarceva, marketed by Roche", "VLC, developed by VideoLAN"
    new RegExp(
      String.raw`${t},?\s+(?:\p{Ll}+\s+)?(?:made|developed|owned|manufactured|marketed|sold|created|published)\s+by\s+${NAME}`,
      'gu',
    ),
    // "GlaxoSmithKline, which makes Avandia", "GlaxoSmithKline, the drug company that makes Avandia"
    new RegExp(
      String.raw`${NAME},?\s+(?:(?:the|a)\s+(?:[\p{Ll}-]+\s+){0,3}(?:company|firm|${MAKER})\s+)?(?:which|that)\s+(?:makes|made|develops|developed|owns|manufactures|markets|sells|created)\s+${t}${end}`,
      'gu',
    ),
  ];
}

/**
 * The company the texts say owns `topic`, or undefined when they name none or disagree. `usable`
 * says whether a name may be a company at all (no person, no place, not the publication).
 */
export function ownerOf(
  topic: string,
  texts: readonly string[],
  usable: (name: string) => boolean,
  /** Only the words that say who makes it ("the maker of", "made by"), not a possessive ("Google's YouTube" may be a unit's own story). */
  madeOnly = false,
): string | undefined {
  const votes = new Map<string, number>();
  const patterns = ownerPatterns(topic).slice(madeOnly ? 1 : 0);
  for (const text of texts) {
    for (const re of patterns)
      for (const m of text.matchAll(re)) {
        const name = withoutLegalForm(m[1]!.trim()).base;
        if (name === topic || name.split(/\s+/).includes(topic) || isNotACompany(name) || !usable(name)) continue;
        votes.set(name, (votes.get(name) ?? 0) + 1);
      }
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  // Two owners named as often: the story does not say which is the one.
  if (!ranked.length || (ranked[1] && ranked[1][1] === ranked[0]![1])) return undefined;
  return ranked[0]![0];
}
