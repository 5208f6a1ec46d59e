import type { Template } from './types';
import { at, the, one, when, short, inline } from './helpers';

/** Question templates: getting-in. */
export const GETTING_IN: Template[] = [
  // ---- Getting in ------------------------------------------------------------------------------
  {
    id: 'getting-in.target',
    category: 'getting-in',
    weight: 8,
    fill: (s) =>
      when(s.targetRole, () =>
        one(
          `How do people usually get into ${inline(s.targetRole!.value)} roles${at(s)}, and what do you look for?`,
          'Your goal, asked directly of someone who sees hiring from inside.',
          s.targetRole!.basis,
        ),
      ),
  },
  {
    id: 'getting-in.background',
    category: 'getting-in',
    weight: 8,
    fill: (s) =>
      when(s.selfField && s.targetRole, () =>
        one(
          `With a background in ${inline(s.selfField!.value)}, how could I make the move into a ${inline(s.targetRole!.value)} role?`,
          'Your own situation, for a tailored answer.',
          [...s.selfField!.basis, ...s.targetRole!.basis],
        ),
      ),
  },
  {
    id: 'getting-in.jobs',
    category: 'getting-in',
    weight: 7,
    fill: (s) =>
      s.jobs.slice(0, 1).map((j) => ({
        text: `I saw ${the(s)} is hiring a ${j.value.title}${j.value.team ? ` in ${j.value.team}` : ''}. What does that team look for beyond the job description?`,
        reason: 'Shows you did your homework on open roles, without asking for a job.',
        basis: j.basis,
        slot: j.value.title,
      })),
  },
  {
    id: 'getting-in.entry',
    category: 'getting-in',
    weight: 6,
    fill: () =>
      one('What are the typical entry points into this field, and which job titles should I search for?', 'The map of the way in.'),
  },
  {
    id: 'getting-in.training',
    category: 'getting-in',
    weight: 5,
    fill: () =>
      one('Which training, certificates or degrees actually make a difference here?', 'Separates useful credentials from expensive ones.'),
  },
  {
    id: 'getting-in.stand-out',
    category: 'getting-in',
    weight: 5,
    fill: () => one('What makes a candidate stand out when you or your team hire?', 'Hiring from the other side of the table.'),
  },
  {
    id: 'getting-in.exploring',
    category: 'getting-in',
    weight: 6,
    fill: (s) =>
      when(s.exploring, () =>
        one(
          `I am exploring ${inline(short(s.exploring!.value.replace(/^i am exploring\s*/i, ''), 80))}. What would you do first in my place?`,
          'Your own question, put plainly.',
          s.exploring!.basis,
        ),
      ),
  },
  {
    id: 'getting-in.education-path',
    category: 'getting-in',
    weight: 4,
    fill: (s) =>
      s.education
        .slice(0, 1)
        .flatMap((e) =>
          when(e.value.degree, () =>
            one(
              `Is a ${e.value.degree} like yours still the usual route in, or are there other ways now?`,
              'Checks whether their route is still open.',
              e.basis,
            ),
          ),
        ),
  },
  {
    id: 'getting-in.experience',
    category: 'getting-in',
    weight: 4,
    fill: () =>
      one('How could I get relevant experience before landing a first role in this field?', 'Practical next steps you can act on.'),
  },
];
