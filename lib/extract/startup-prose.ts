import { cleanLine } from './clean';
import { parseSize } from './facts';
import type { CompanyExtraction, PersonMention } from '../schema/page-extraction';

/**
 * The sentence startup directories write from their own records (Y Combinator's description
 * line, and many directories after it):
 *
 *   "Founded in 2021 by Jane Roe and Ali Khan, Acme has 5 employees based in New York, NY, USA."
 *
 * Also without founders ("Founded in 2019, Acme has 40 employees based in Berlin") or without a
 * place. Gives the founders as people ("Founder"), the year, the size and the place.
 */
const SENTENCE =
  /Founded in (\d{4})(?: by (.+?))?, ([^,]{1,80}?) has (\d[\d,.]*\+?|one|two|three|four|five|six|seven|eight|nine|ten) employees?(?: based in ([^.]+?))?(?:\.(?:\s|$)|$)/;
const NUMBERS: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
};

export interface StartupProse {
  name?: string;
  company: Pick<CompanyExtraction, 'founded' | 'size' | 'sizeMin' | 'sizeMax' | 'headquarters'>;
  founders: PersonMention[];
}

export function startupProse(text: string | undefined): StartupProse | undefined {
  const m = text ? SENTENCE.exec(text.slice(0, 20_000)) : null;
  if (!m) return undefined;
  const [, year, founders, name, count, place] = m;
  const n = NUMBERS[count!.toLowerCase()] ?? count!;
  const names = (founders ?? '')
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/)
    .map((s) => cleanLine(s))
    .filter((s): s is string => !!s);
  return {
    name: cleanLine(name),
    company: { founded: Number(year), ...parseSize(n), headquarters: cleanLine(place) },
    founders: names.map((f) => ({ name: f, title: 'Founder' })),
  };
}
