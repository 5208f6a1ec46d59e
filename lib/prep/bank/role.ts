import { FAMILY_WORDS } from '../roles';
import type { Signals } from '../signals';
import { article } from '../clean';
import { at, one, when } from './helpers';
import type { Template } from './types';

/** A role held beside the job, as a verb phrase: "organise Ladies of Code", "mentor at Founders & Coders". */
export function sideActivity(title: string, org: string): string | undefined {
  // Their own projects and communities; board seats are governance, not something they built.
  if (/organi[sz]/i.test(title)) return `organise ${org}`;
  if (/mentor|cheerleader|coach/i.test(title)) return `mentor at ${org}`;
  if (/volunteer/i.test(title)) return `volunteer with ${org}`;
  return undefined;
}

function currentSide(s: Signals): { text: string; org: string } | undefined {
  for (const j of s.career.side) {
    if (j.end !== undefined || !j.title || !j.company) continue;
    const text = sideActivity(j.title, j.company);
    if (text) return { text, org: j.company };
  }
  return undefined;
}

/** The role day to day, from where they sit. */
export const ROLE: Template[] = [
  {
    id: 'role.partner',
    category: 'role',
    intent: 'their-side-of-target',
    weight: 8,
    fits: (s) => s.nearFamily && !!s.self.target,
    fill: (s) =>
      one(
        s.career.family === 'executive'
          ? `${s.title ? `As ${s.title}, what` : 'What'} do you need most from ${article(s.self.target!)} ${s.self.target}${at(s)}?`
          : `From the ${FAMILY_WORDS[s.career.family!]} side, what makes ${article(s.self.target!)} ${s.self.target} a great partner${at(s)}?`,
        s.career.family === 'executive'
          ? 'They run the company: what they need from the role you want is what the job really is.'
          : 'They work beside the role you want every day: they know what good looks like from across the table.',
        [`person:${s.personId}:${s.career.current ? 'experience' : 'name'}`],
      ).map((f) => ({ ...f, bonus: 2, weak: !s.career.current })),
  },
  {
    id: 'role.week',
    category: 'role',
    intent: 'day-to-day',
    weight: 6,
    fill: () =>
      one('What does a typical week look like for you, and where does most of the time go?', 'The day-to-day is what job ads leave out.'),
  },
  {
    id: 'role.skills',
    category: 'role',
    intent: 'skills',
    weight: 6,
    // Skills questions only about the role the user is aiming at (issue 11, fit).
    fits: (s) => s.sameFamily,
    // A manager of the work the user wants is asked about their team, not about managing.
    fill: (s) =>
      s.leads && s.self.target
        ? one(
            `What separates a good ${s.self.target} on your team from a great one?`,
            'They lead people in the role you want: they judge that difference every day.',
          )
        : one(
            'Which skills separate someone good at your job from someone great at it?',
            'The role you are aiming at: what to build first.',
          ),
  },
  {
    id: 'role.success',
    category: 'role',
    intent: 'success',
    weight: 4,
    fill: () => one('How is success judged in your role?', 'What gets rewarded shapes the whole job.'),
  },
  {
    id: 'role.side',
    category: 'role',
    intent: 'side-role',
    weight: 5,
    fill: (s) => {
      const side = currentSide(s);
      return when(side, () =>
        one(
          `Besides your job you ${side!.text}. What does that give you that the day job doesn't?`,
          'Their own project or community: they chose it, so they will enjoy talking about it.',
          [`person:${s.personId}:experience`],
        ),
      );
    },
  },
  {
    id: 'role.tools',
    category: 'role',
    intent: 'tools',
    weight: 2,
    fits: (s) => s.sameFamily,
    fill: () => one('Which tools or methods do you rely on every day?', 'Concrete things to learn.'),
  },
];
