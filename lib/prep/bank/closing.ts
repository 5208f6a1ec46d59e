import { possessive } from '../clean';
import { isClause } from '../first-person';
import { FAMILY_WORDS, roleFamily, roleLevel } from '../roles';
import type { Referral, Signals } from '../signals';
import { titleScope } from '../title-scope';
import { one, when } from './helpers';
import type { Template } from './types';

/** A part of a title as a sentence says it: small letters, acronyms kept ("managed services", "IT"). */
const asWritten = (t: string) =>
  t
    .split(/\s+/)
    .map((w) => (/^[A-Z]{2,}$/.test(w) ? w : w.toLowerCase()))
    .join(' ');

/**
 * What to ask a named person about: the work the user wants when they do it; else how that work
 * meets the part of the company they run ("managed services from the marketing side" for the
 * Director of Managed Services, "how design works with engineering" for a Head of Engineering), never a vague "how the company works" when their title says more.
 */
export function referralTopic(r: Referral, s: Signals): string {
  const target = s.self.targetFamily;
  if (r.inTarget && s.self.target) return `${s.self.target} work`;
  // A founder of a company it bought: what they brought in, not where the buyer is heading.
  const bought = /^co-founder of (.+)$/.exec(r.title ?? '')?.[1];
  if (bought) return `how ${possessive(bought)} work fits in${s.companyName ? ` at ${s.companyName}` : ''}`;
  const scope = titleScope(r.title);
  // A part of the company in their title ("VP of Platform") and no family of the user's to set it against: that part's work.
  const part = scope?.parts.find((_, k) => !scope.families[k]);
  if (scope && part && !target) return `the ${asWritten(part)} work${s.companyName ? ` at ${s.companyName}` : ''}`;
  if (scope && target && target !== 'executive') {
    const i = scope.parts.findIndex((_, k) => scope.families[k] !== target);
    // A function beside the user's ("Engineering") works with it; a unit or a product area ("Managed Services", "games") is seen from the user's side.
    if (i >= 0)
      return scope.families[i]
        ? `how ${FAMILY_WORDS[target]} works with ${asWritten(scope.parts[i]!)}`
        : `${asWritten(scope.parts[i]!)} from the ${FAMILY_WORDS[target]} side`;
  }
  // A title with a kind of work but no part of the company ("Full stack Javascript developer"): how the two kinds of work meet.
  const family = roleFamily(r.title);
  if (family && target && target !== 'executive' && family !== 'executive' && family !== target)
    return `how ${FAMILY_WORDS[target]} and ${FAMILY_WORDS[family]} work together${s.companyName ? ` at ${s.companyName}` : ''}`;
  // Someone at the top with no part of the company in their title ("Vice President") sees where the whole business goes.
  if (s.companyName && ['director', 'executive'].includes(roleLevel(r.title) ?? '')) return `where ${s.companyName} is heading`;
  return `how ${s.companyName ? `${s.companyName} works` : 'the team works'}`;
}

/** Closing and network: the names, and permission to use theirs. */
export const CLOSING: Template[] = [
  {
    id: 'closing.named',
    category: 'closing',
    intent: 'referral',
    weight: 10,
    fill: (s) => {
      const r = s.referrals[0];
      // Their own friend or mentor, working elsewhere: asked for as theirs, about what the user came for.
      if (r?.relation)
        return one(
          `Would your ${r.relation} ${r.name}${r.org ? ` at ${r.org}` : ''} be open to a short conversation${s.self.exploring && !isClause(s.self.exploring) ? ` about ${s.self.exploring}` : ''}? Who else should I talk to, and may I mention you?`,
          `The payoff of the meeting is the next conversation; ${r.name} ${r.why}`,
          r.basis,
        );
      return when(r, () =>
        one(
          `Would ${r!.name}${r!.title ? ` (${r!.title})` : ''} be a good person to ask about ${referralTopic(r!, s)}? Who else should I talk to, and may I mention you?`,
          `The payoff of the meeting is the next conversation; ${r!.name} ${r!.why}, and is named in your research.`,
          r!.basis,
        ),
      );
    },
  },
  {
    id: 'closing.who-else',
    category: 'closing',
    intent: 'referral',
    weight: 9,
    fill: (s) => {
      const team = s.openRoles.find(
        (r) => r.team && (r.matchesTarget || (!!s.self.targetFamily && r.family === s.self.targetFamily)),
      )?.team;
      return one(
        `Who else should I talk to${team ? `, perhaps someone on the ${team} team` : ''}, and may I mention your name?`,
        'The main payoff of an informational interview: the next conversation.',
      );
    },
  },
  {
    id: 'closing.wish-asked',
    category: 'closing',
    intent: 'wish-asked',
    weight: 4,
    fill: () => one('What should I have asked you that I did not?', 'Lets them add what matters to them.'),
  },
  {
    id: 'closing.stay-in-touch',
    category: 'closing',
    intent: 'stay-in-touch',
    weight: 3,
    fill: () => one('May I let you know how things go?', 'Keeps the relationship going after today.'),
  },
  {
    id: 'closing.help',
    category: 'closing',
    intent: 'help',
    weight: 2,
    fill: () => one('Is there anything I could help you with in return?', 'Makes the exchange two-way.'),
  },
];
