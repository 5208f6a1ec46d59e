import { cleanLine } from './clean';
import { sentences } from '../text/sentences';

/**
 * "What it does" from a longer text about a company: its first sentence, and the second unless
 * that one tells the history ("Founded in 1989 …") or calls to act ("Try it free", "Come see us").
 */
export function summaryOf(description: string | undefined): string | undefined {
  if (!description) return undefined;
  // "SONORING DORMED med. Systeme GmbH ist …": a "sentence" of two or three words ended at an
  // abbreviation the splitter did not know; it belongs to the next.
  const list: string[] = [];
  for (const s of sentences(description.replace(/\s+/g, ' ').trim())) {
    const prev = list[list.length - 1];
    if (prev !== undefined && prev.split(' ').length <= 3 && /(^|\s)\p{L}{1,4}\.$/u.test(prev)) list[list.length - 1] = `${prev} ${s}`;
    else list.push(s);
  }
  const [first, second] = list;
  if (!first) return undefined;
  if (first.length > 400) return cleanLine(first, 400);
  // Two sentences of fifty words and more are a paragraph, not a short "what it does": the first says it.
  const takeSecond =
    second && first.length + second.length < 600 && wordCount(first) + wordCount(second) <= MAX_WORDS && !NOT_WHAT_IT_DOES.test(second);
  return cleanLine(takeSecond ? `${first} ${second}` : first, 640);
}

const NOT_WHAT_IT_DOES =
  /^((now|today),?\s+you\b|you can\b|founded|established|started|come|call|contact|try|get|visit|join|book|request|learn|find|discover|see|sign|download|click|gegründet|seit|rufen|besuchen|kontaktieren|testen|fondée?|depuis|créée?|contactez|découvrez|essayez|opgericht|sinds|neem|bel|bezoek|probeer)\b/i;

const MAX_WORDS = 50;
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;
