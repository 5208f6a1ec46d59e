import { type Page, type Statement, onPage } from './statement-page';

/**
 * A reward a firm's own page gives for referrals: "Referrals — 15% Discount" among its benefits
 * (blind-16 alonso-landscaping-peer), "Refer a friend and get $50 off", "Kunden werben Kunden". A
 * small firm that pays for referrals lives on word of mouth: how much of its work comes that way,
 * and what makes people recommend it, is what a peer growing their own business came to learn.
 */
const REFERRAL =
  /^(?:referrals?|refer a (?:friend|neighbou?r)|referral (?:program(?:me)?|bonus|discount|rewards?|credit)|Empfehlungs(?:prämie|rabatt|bonus|programm)|Kunden werben Kunden|parrainage|programme de parrainage|vriendenkorting|aanbrengpremie)\b/iu;
/** The reward: a figure off, or a word that is one. */
const REWARD =
  /(\d{1,3}\s?%(?:\s+(?:off|discount|Rabatt|korting|de remise|de réduction))?|[$€£]\s?\d{1,4}(?:\s+(?:off|credit|discount))?|\d{1,4}\s?(?:€|EUR|dollars?))/iu;
/**
 * The reward on the line under a "Referrals" entry: a bare percentage only when no word follows it.
 * "100% Satisfaction Guaranteed" under it is a badge, and was said "gives a 100% discount for referrals".
 */
const REWARD_UNDER =
  /(\d{1,3}\s?%(?:\s+(?:off|discount|Rabatt|korting|de remise|de réduction)|(?!\s*\p{L}))|[$€£]\s?\d{1,4}(?:\s+(?:off|credit|discount))?|\d{1,4}\s?(?:€|EUR|dollars?))/iu;

export function wordOfMouth(page: Page): Statement[] {
  const lines = page.lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    // A heading or a short line that names the reward ("Referrals", "Refer a friend and get $50 off"), not a sentence about something else.
    if (line.split(/\s+/).length > 12 || !REFERRAL.test(line)) continue;
    // The reward in the line itself or in the line under it ("Referrals" / "15% Discount").
    const reward =
      REWARD.exec(line)?.[1] ??
      (lines[i + 1] && lines[i + 1]!.split(/\s+/).length <= 6 ? REWARD_UNDER.exec(lines[i + 1]!)?.[1] : undefined);
    if (!reward) continue;
    // "15%" and "15% Discount" are said "a 15% discount"; "$50 off" as written.
    const pct = /^(\d{1,3}\s?%)(?:\s+discount)?$/i.exec(reward.trim())?.[1];
    const said = pct ? `a ${pct} discount` : reward.trim();
    const phrase = `gives ${said} for referrals`;
    return [
      {
        kind: 'word-of-mouth',
        text: `Rewards referrals: ${said}`,
        phrase,
        names: [reward.trim(), 'referrals'],
        evidence: [line, REWARD.test(line) ? '' : lines[i + 1]!].filter(Boolean).join(' · '),
        ...onPage(page),
        strength: 6,
      },
    ];
  }
  return [];
}
