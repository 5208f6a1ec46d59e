import type { Template } from './types';
import { at, one, when, years, article } from './helpers';

/** Question templates: path. */
export const PATH: Template[] = [
  // ---- Their path ------------------------------------------------------------------------------
  {
    id: 'path.transition',
    category: 'path',
    weight: 9,
    fill: (s) =>
      s.transitions.map((t, i) => {
        const { from, to, kind } = t.value;
        const text =
          kind === 'function'
            ? `You moved from ${from.title} to ${to.title}${to.company ? ` at ${to.company}` : ''}. What changed in your work when you took on that role?`
            : kind === 'industry'
              ? `You went from ${from.title ?? 'your earlier work'}${from.company ? ` at ${from.company}` : ''} to ${to.title ?? 'your current work'}. What prompted that switch, and what carried over?`
              : `What made you move from ${from.company} to ${to.company}${to.start ? ` in ${to.start.slice(0, 4)}` : ''}?`;
        return {
          text,
          reason: `Their profile shows a ${kind === 'company' ? 'move between companies' : kind === 'function' ? 'step into a new kind of role' : 'change of field'}: the story behind it is rarely online.`,
          basis: t.basis,
          slot: `${from.company}>${to.company}>${to.title}`,
          bonus: -i,
        };
      }),
  },
  {
    id: 'path.tenure-long',
    category: 'path',
    weight: 7,
    fill: (s) =>
      when(s.current && (s.tenureYears ?? 0) >= 5, () =>
        one(
          `You have been${at(s)} for ${years(s.tenureYears!)}. What has kept you there, and how has your role changed over that time?`,
          'A long tenure says something about the place; they can tell you what.',
          s.current!.basis,
        ),
      ),
  },
  {
    id: 'path.tenure-new',
    category: 'path',
    weight: 7,
    fill: (s) =>
      when(s.current && s.tenureYears !== undefined && s.tenureYears < 1.5, () =>
        one(
          `You joined${at(s)} recently. What drew you to it, and what surprised you in the first months?`,
          'A recent joiner remembers both why they chose the company and how it felt from outside.',
          s.current!.basis,
        ),
      ),
  },
  {
    id: 'path.current-role',
    category: 'path',
    weight: 6,
    fill: (s) =>
      when(s.current?.value.title, () =>
        one(
          `How did you come to be ${article(s.current!.value.title!)} ${s.current!.value.title}${at(s)}?`,
          'Opens with their story, grounded in the role they hold now.',
          s.current!.basis,
        ),
      ),
  },
  {
    id: 'path.education',
    category: 'path',
    weight: 6,
    fill: (s) =>
      s.education
        .slice(0, 1)
        .flatMap((e) =>
          when(e.value.field || e.value.degree, () =>
            one(
              `How much of your ${e.value.field ?? e.value.degree} studies${e.value.school ? ` at ${e.value.school}` : ''} do you use in your work today?`,
              'Connects their education to the job: useful for judging which training matters.',
              e.basis,
            ),
          ),
        ),
  },
  {
    id: 'path.back-to-school',
    category: 'path',
    weight: 8,
    fill: (s) =>
      when(s.returnedToSchool, () =>
        one(
          `You went back to study${s.returnedToSchool!.value.school ? ` at ${s.returnedToSchool!.value.school}` : ''} after working. Was it worth it, and would you do it the same way again?`,
          'Returning to school mid-career is a big decision; their verdict is first-hand.',
          s.returnedToSchool!.basis,
        ),
      ),
  },
  {
    id: 'path.turning-point',
    category: 'path',
    weight: 5,
    fill: () =>
      one(
        'Looking back, what was the turning point that led you to this line of work?',
        'People enjoy telling this, and it sets a relaxed tone.',
      ),
  },
  {
    id: 'path.differently',
    category: 'path',
    weight: 4,
    fill: () => one('If you were starting your career again, what would you do differently?', 'Hindsight you cannot read anywhere.'),
  },
  {
    id: 'path.prepared',
    category: 'path',
    weight: 3,
    fill: () =>
      one('Which earlier job or experience prepared you best for what you do now?', 'Shows which experiences count in this field.'),
  },
  {
    id: 'path.common-ground',
    category: 'path',
    weight: 8,
    fill: (s) =>
      s.commonGround.slice(0, 2).map((c) => ({
        text:
          c.value.kind === 'school'
            ? `We both studied at ${c.value.value}. How did it shape the way into your field?`
            : c.value.kind === 'employer'
              ? `We both worked at ${c.value.value}. What did you take from your time there into this job?`
              : c.value.kind === 'city'
                ? `You are based in ${c.value.value} too. How is the scene for this kind of work there?`
                : `We share a background in ${c.value.value}. How did that background help or hold you back here?`,
        reason: `Common ground (${c.value.kind}): a natural opener that makes the conversation personal.`,
        basis: c.basis,
        slot: `${c.value.kind}:${c.value.value}`,
      })),
  },
];
