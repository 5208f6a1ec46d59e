import { article } from '../clean';
import { span } from '../dates';
import { FAMILY_WORDS } from '../roles';
import type { Signals } from '../signals';
import { the, one, when } from './helpers';
import type { Template } from './types';

/** The user's background in a few words: their field as they wrote it, else the family of it. */
const background = (s: Signals) => s.self.field ?? (s.self.ownFamily ? FAMILY_WORDS[s.self.ownFamily] : undefined);

/** Someone who can speak to the move: not a student or a peer two years in, and close to the target. */
const canAdvise = (s: Signals) => !s.peer && !!s.self.target && (s.sameFamily || s.nearFamily || !s.career.family);

/** The user wants to start a company, not to be hired into a role. */
const founding = (s: Signals) =>
  s.self.targetFamily === 'executive' && /found|start|own company/i.test(`${s.self.target} ${s.self.exploring ?? ''}`);

/** "an Operations lead role"; "a move into product management" reads better than "into a Founder role". */
const targetRole = (s: Signals) => `${article(s.self.target!)} ${s.self.target} role`;

/** Getting in: the user's goal, asked of someone who sees it from inside. */
export const GETTING_IN: Template[] = [
  {
    id: 'getting-in.open-role',
    category: 'getting-in',
    intent: 'my-move',
    weight: 9,
    fits: (s) => !s.peer,
    fill: (s) => {
      const r = s.openRoles.find((x) => x.matchesTarget || (!!s.self.targetFamily && x.family === s.self.targetFamily));
      const from = background(s);
      return when(r, () =>
        one(
          `I saw ${the(s)} is hiring ${article(r!.title)} ${r!.title}${r!.team ? ` on the ${r!.team} team` : ''}. What would someone${from ? ` coming from ${from}` : ''} need to show in that role's first months?`,
          `An open role in the work you want (${r!.source}): ask what the job needs, not for the job.`,
          [`clip:${r!.clipId}`],
        ).map((f) => ({ ...f, bonus: 2 })),
      );
    },
  },
  {
    id: 'getting-in.my-move',
    category: 'getting-in',
    intent: 'my-move',
    weight: 7,
    fits: canAdvise,
    fill: (s) => {
      const from = background(s);
      if (founding(s))
        return one(
          `What would you tell someone leaving ${s.self.employer ?? (from ? `a job in ${from}` : 'a steady job')} to start a company?`,
          'You want to do what they did: their advice is first-hand.',
        );
      return one(
        from
          ? `What would someone moving from ${from} into ${targetRole(s)} need to show to be taken seriously?`
          : `What would you look for in someone moving into ${targetRole(s)} from another field?`,
        'Your own situation, put plainly to someone who sees the work from inside.',
      );
    },
  },
  {
    id: 'getting-in.hiring',
    category: 'getting-in',
    // What it takes to be hired into the role: one question, asked one way.
    intent: 'my-move',
    weight: 6,
    // Only someone who leads people hires; never asked of a student or a peer, nor about founding a company.
    fits: (s) => !s.peer && s.leads && !!s.self.target && (s.sameFamily || s.nearFamily) && !founding(s),
    fill: (s) =>
      one(`When you hire for ${s.self.target} roles, what makes a candidate stand out?`, 'Hiring seen from the other side of the table.'),
  },
  {
    id: 'getting-in.their-search',
    category: 'getting-in',
    intent: 'their-search',
    weight: 7,
    // A peer can't advise on hiring, but their own search is fresh.
    fits: (s) => s.peer && !!s.career.current && (s.tenureYears ?? 9) < 3,
    fill: (s) =>
      one(
        `You started ${s.career.current!.title ? `as ${article(s.career.current!.title)} ${s.career.current!.title} ` : ''}${span(s.tenureYears!)} ago. What made the difference when you were looking?`,
        'Their search is recent: what worked is still fresh, and it is advice they can give as a peer.',
        [`person:${s.personId}:experience`],
      ),
  },
  {
    id: 'getting-in.entry',
    category: 'getting-in',
    intent: 'entry-points',
    weight: 5,
    fits: (s) => !s.peer && !founding(s),
    fill: (s) =>
      one(
        `Which ways into ${s.self.target ? `${s.self.target} roles` : 'this work'} would you suggest for someone with my background?`,
        'The map of the way in, from someone who has seen people arrive.',
      ),
  },
  {
    id: 'getting-in.exploring',
    category: 'getting-in',
    intent: 'my-move',
    weight: 5,
    fits: (s) => !s.peer && !!s.self.exploring,
    fill: (s) =>
      one(
        `I'm exploring ${s.self.exploring!.replace(/^(i'?m|i am)\s+exploring\s+/i, '').replace(/[.!?]+$/, '')}. What would you do first in my place?`,
        'Your own question, put plainly.',
      ),
  },
];
