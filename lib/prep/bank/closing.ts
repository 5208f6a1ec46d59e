import { one, when } from './helpers';
import type { Template } from './types';

/** Closing and network: the names, and permission to use theirs. */
export const CLOSING: Template[] = [
  {
    id: 'closing.named',
    category: 'closing',
    intent: 'referral',
    weight: 10,
    fill: (s) => {
      const r = s.referrals[0];
      const topic =
        r?.inTarget && s.self.target ? `${s.self.target} work` : `how ${s.companyName ? `${s.companyName} works` : 'the team works'}`;
      return when(r, () =>
        one(
          `Would ${r!.name}${r!.title ? ` (${r!.title})` : ''} be a good person to ask about ${topic}? Who else should I talk to, and may I mention you?`,
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
