import type { RoleFamily } from './roles';

/**
 * A company's financial results as a story reports them ("Total revenue grew 19 percent … to $14.11
 * billion", "a great quarter with over $14 billion in revenue"): money, not the scale of the work.
 */
const RESULTS =
  /\b(?:revenues?|profits?|earnings|net income|operating income|margins?|quarter(?:ly)?|fiscal|shares?|stock|dividends?|EPS|guidance|turnover|Umsatz|Gewinn|chiffre d['’]affaires)\b/i;

export const isResults = (text: string) => RESULTS.test(text);

/** Work that answers to the company's figures: the numbers are the substance of it. */
const MONEY_MINDED = new Set<RoleFamily>(['finance', 'executive', 'sales', 'consulting']);

/**
 * Whether a story's figures about results fit a question for this user: an engineer or a designer
 * cannot do anything with last quarter's revenue from where they sit (nor can the person met), so
 * a chief executive's earnings boast or a revenue line is no question for them; someone aiming at
 * finance, sales or leadership can.
 */
export function resultsFit(text: string, target: RoleFamily | undefined): boolean {
  return !isResults(text) || (!!target && MONEY_MINDED.has(target));
}
