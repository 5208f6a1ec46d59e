import type { CompanyEvent } from '../events';
import { readableDate } from '../dates';
import { FAMILY_WORDS } from '../roles';
import type { Signals } from '../signals';
import { the } from './helpers';

const ENGLISH = (e: CompanyEvent) => !e.lang || e.lang.startsWith('en');

/** An event as a coach mentions it: "the $25 million Series B", "Surface Studio". */
export function eventPhrase(e: CompanyEvent): string {
  switch (e.kind) {
    case 'funding': {
      if (!ENGLISH(e)) return 'the new funding';
      const amount =
        /(?:US)?[$€£¥]\s?\d[\d.,]*\s?(?:million|billion|bn|mn|m|k|b)?|\d[\d.,]*\s?(?:million|billion)(?:\s+(?:dollars|euros|pounds))?/i.exec(
          e.what,
        )?.[0];
      const round = /Series\s+[A-H]\d?|seed/i.exec(e.what)?.[0];
      return amount && round ? `the ${amount} ${round}` : round ? `the ${round} round` : `the ${amount ?? 'new'} raise`;
    }
    case 'acquisition':
      return ENGLISH(e) ? `the acquisition of ${e.what.replace(/^(a|an|the)\s+/i, 'the ')}` : 'the acquisition';
    case 'acquired':
      return `the sale to ${e.what}`;
    case 'leadership':
      if (!ENGLISH(e)) return 'the news about its leadership';
      if (/stepping down/.test(e.what)) return e.what;
      return / as /.test(e.what) ? `the appointment of ${e.what}` : `the leadership change (${e.what})`;
    case 'hiring':
      return `the plan to add ${e.what}`;
    case 'partnership':
      return `the partnership with ${e.what}`;
    case 'deal':
      return `the ${e.what.replace(/^(a|an|the)\s+/i, '')}`;
    case 'launch': {
      // A product's name stands alone ("Surface Studio"); a description takes "the" ("the ‘family’ plan").
      const w = e.what.replace(/^(a|an|its|their|our)\s+/i, '');
      return /^the\s/i.test(w) || /^[\p{Lu}\p{N}]/u.test(w) ? w : `the ${w}`;
    }
    case 'layoffs':
      return /\d/.test(e.what)
        ? `the cut of ${e.what.replace(/^(about|around|roughly|nearly|some|more than|up to|over)\s+/i, 'about ')}`
        : 'the job cuts';
    case 'lawsuit':
      return 'the legal dispute';
    default:
      return 'the setback';
  }
}

/** Where and when it was read: "(TechCrunch, May 2024)". */
export const cite = (e: CompanyEvent) => `(${[e.source, readableDate(e.date)].filter(Boolean).join(', ')})`;

/** The question a coach would write about one event, from where this person sits. */
export function eventQuestion(e: CompanyEvent, s: Signals): string {
  const year = e.date ? ` in ${e.date.slice(0, 4)}` : '';
  const co = the(s);
  const p = eventPhrase(e);
  switch (e.kind) {
    case 'funding':
      return e.recent
        ? `What has changed in how your team plans since ${p}?`
        : `Looking back at ${p}${year}, what did the money change for teams like yours?`;
    case 'launch':
      if (s.nearFamily && s.career.family && s.self.targetFamily)
        return `When ${p} launched, how did ${FAMILY_WORDS[s.career.family]} and ${FAMILY_WORDS[s.self.targetFamily]} split the decisions?`;
      return e.recent
        ? `What did your team learn from launching ${p}?`
        : `Looking back at ${p}${year}, what did it change in how the team works?`;
    case 'acquisition':
      return `How has ${p} changed the work on your side?`;
    case 'acquired':
      return `What changed for your team after ${co} was sold to ${e.what}?`;
    case 'leadership':
      // A story in another language may report continuity as much as change: ask what it means.
      return ENGLISH(e)
        ? `I read about ${p} ${cite(e)}. Has it changed anything you notice day to day?`
        : `I read ${e.source}'s report on ${co}'s leadership (${readableDate(e.date) ?? 'recently'}). What does it mean for teams like yours?`;
    case 'hiring':
      return `${co} plans to add ${e.what}. Which teams will grow, and what does that mean for yours?`;
    case 'deal':
      return `What does ${p} mean for your team's work over the next few years?`;
    case 'partnership':
      return e.recent
        ? `What does ${p} change for your team's work?`
        : `Looking back at ${p}${year}, what came of it for teams like yours?`;
    default:
      return `I read about ${p} ${cite(e)}. How does it look from inside ${co}?`;
  }
}

/** "since the launch of X", "since the $25 million Series B": what changed things, as a time. */
export function eventSince(e: CompanyEvent): string {
  return e.kind === 'launch' ? `the launch of ${eventPhrase(e)}` : eventPhrase(e);
}
