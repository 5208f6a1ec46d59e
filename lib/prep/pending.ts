import type { Clip } from '../schema/dossier';
import { isRecent } from './dates';
import { companyNames, type NamedCompany } from './events';
import { pendingDeal } from './story-lead';

/** A deal a recent story reports as planned, not closed: for "handle with care", never a question. */
export interface PendingDeal {
  value: {
    sentence: string;
    date?: string;
    url: string;
    source: string;
    /** The company is the one being bought (named after "to acquire", or taken private): who buys it, when the sentence names them. */
    acquiredBy?: string;
    /** It will be taken private ("take Jamf private", "will become a privately held company"). */
    goesPrivate?: boolean;
    /** The company is the buyer: what it plans to buy, as the sentence names it ("Valendo GmbH"). */
    acquires?: string;
  };
  basis: string[];
}

/** Taken private: never "private equity firm", which names the buyer's kind. */
const PRIVATE = /\b(?:privately held|go(?:ing|es)? private|tak(?:e|es|ing|en) \S+(?: \S+)? private)\b/i;
const ACQUIRE = /\b(?:to acquire|to buy|to take|acquisition of|takeover of|buyout of)\b/i;

/** What a buyer named before it plans to buy: "creditshelf plant die Akquisition der Valendo GmbH", "X plans to acquire Y". */
const TARGET = /(?:Akquisition|Übernahme|Erwerb|Kauf)\s+(?:der|des|von)\s+|(?:to acquire|to buy|acquisition of|takeover of)\s+/iu;
const NAMED = /^((?:\p{Lu}[\p{L}\p{N}&'’.-]*)(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,3})/u;

export function acquiredTarget(sentence: string, names: string[]): string | undefined {
  const verb = TARGET.exec(sentence);
  if (!verb) return undefined;
  const at = Math.min(...names.map((n) => sentence.toLowerCase().indexOf(n.toLowerCase())).filter((i) => i >= 0));
  if (!Number.isFinite(at) || at > verb.index) return undefined;
  const target = NAMED.exec(sentence.slice(verb.index + verb[0].length))?.[1]?.replace(/[.,]$/, '');
  // German capitalises every noun: after "Erwerb der", one capitalised word is as likely "Anteile"
  // or "Mehrheit" as a company — a German target needs a second word or a legal form ("Valendo GmbH").
  if (target && /^(?:Akquisition|Übernahme|Erwerb|Kauf)\b/iu.test(verb[0]) && !/\s/.test(target)) return undefined;
  return target && !names.some((n) => target.toLowerCase().includes(n.toLowerCase())) ? target : undefined;
}

/**
 * Whether the sentence makes the company the one bought: its name after the verb of buying
 * ("Francisco Partners has entered into a definitive agreement to acquire … Jamf"), and the buyer,
 * the capitalised words just before "has entered", "agreed" or "to acquire".
 */
export function bought(sentence: string, names: string[]): { acquiredBy?: string; goesPrivate: boolean } | undefined {
  const verb = ACQUIRE.exec(sentence);
  const at = Math.min(...names.map((n) => sentence.toLowerCase().indexOf(n.toLowerCase())).filter((i) => i >= 0));
  if (!verb || !Number.isFinite(at) || at < verb.index) return undefined;
  const before = sentence.slice(0, verb.index).split(/\s+(?:has|have|had|will|is|are|said|agreed|signed)\b/)[0]!;
  const buyer = /((?:\p{Lu}[\p{L}&'’.-]*\s+)*\p{Lu}[\p{L}&'’.-]*)\s*$/u.exec(before.trim())?.[1];
  const own = buyer && names.some((n) => buyer.toLowerCase().includes(n.toLowerCase()));
  return {
    acquiredBy: buyer && !own && buyer.split(/\s+/).length <= 4 ? buyer : undefined,
    goesPrivate: PRIVATE.test(sentence),
  };
}

/**
 * The deals still pending in the dossier's stories about the company: those whose title names it,
 * and those saved to it whose title names others (a roundup of the month's deals), when the
 * sentence names the company — another company's deal in the same roundup is not its news.
 */
export function pendingDeals(
  titled: Clip[],
  clips: Clip[],
  company: (NamedCompany & { id?: string }) | undefined,
  meetingAt: number,
): PendingDeal[] {
  if (!company) return [];
  const saved = clips.filter(
    (c) => c.kind === 'article' && !titled.includes(c) && c.companyId === company.id && isRecent(c.publishedAt, meetingAt),
  );
  const names = companyNames(company);
  return [...titled.map((c) => ({ c, names: undefined })), ...saved.map((c) => ({ c, names }))].flatMap(({ c, names: n }) => {
    const sentence = pendingDeal(c, n);
    if (!sentence) return [];
    // The story around the sentence may say it goes private ("when Jamf will become a privately held company").
    const deal = bought(sentence, names);
    const around = (c.text ?? '').slice(
      Math.max(0, (c.text ?? '').indexOf(sentence)),
      (c.text ?? '').indexOf(sentence) + sentence.length + 200,
    );
    const acquires = deal ? undefined : acquiredTarget(sentence, names);
    const value = {
      sentence,
      date: c.publishedAt,
      url: c.url,
      source: c.siteName ?? 'a story you clipped',
      ...(acquires ? { acquires } : {}),
    };
    return [
      {
        value: deal
          ? {
              ...value,
              acquiredBy: deal.acquiredBy,
              goesPrivate: deal.goesPrivate || PRIVATE.test(around),
            }
          : value,
        basis: [`clip:${c.id}`],
      },
    ];
  });
}
