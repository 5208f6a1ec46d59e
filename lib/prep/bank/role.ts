import type { Template } from './types';
import { at, the, one, when, short, article } from './helpers';

/** Question templates: role. */
export const ROLE: Template[] = [
  // ---- The role, day to day --------------------------------------------------------------------
  {
    id: 'role.typical-week',
    category: 'role',
    weight: 7,
    fill: (s) =>
      s.current?.value.title
        ? one(
            `What does a typical week look like for ${article(s.current.value.title)} ${s.current.value.title}${at(s)}?`,
            'The day-to-day is what job ads leave out.',
            s.current.basis,
          )
        : one('What does a typical week look like for you?', 'The day-to-day is what job ads leave out.'),
  },
  {
    id: 'role.time',
    category: 'role',
    weight: 5,
    fill: () =>
      one(
        'Where does most of your time actually go: meetings, deep work, people, travel?',
        'Tells you whether the rhythm of the job suits you.',
      ),
  },
  {
    id: 'role.skills',
    category: 'role',
    weight: 6,
    fill: (s) =>
      s.current?.value.title
        ? one(
            `Which skills matter most for doing well as ${article(s.current.value.title)} ${s.current.value.title}?`,
            'Tells you what to build before applying.',
            s.current.basis,
          )
        : one('Which skills matter most in your job?', 'Tells you what to build before applying.'),
  },
  {
    id: 'role.success',
    category: 'role',
    weight: 5,
    fill: (s) => one(`How is success judged in your role${at(s)}?`, 'What gets rewarded shapes the whole job.'),
  },
  {
    id: 'role.tools',
    category: 'role',
    weight: 3,
    fill: () => one('Which tools or methods do you rely on every day?', 'Concrete things to learn or mention.'),
  },
  {
    id: 'role.specialties',
    category: 'role',
    weight: 6,
    fill: (s) =>
      when(s.fact('specialties'), () =>
        one(
          `${the(s)} lists ${short(s.fact('specialties')!.value, 80)} among its specialties. Which of these does your work touch most?`,
          'Links their job to what the company says it is good at.',
          s.fact('specialties')!.basis,
        ),
      ),
  },
  {
    id: 'role.collaboration',
    category: 'role',
    weight: 3,
    fill: () => one('Which teams do you work with most closely, and how do you work together?', 'Shows how the organisation really runs.'),
  },
  {
    id: 'role.location',
    category: 'role',
    weight: 4,
    fill: (s) =>
      when(s.current?.value.location, () =>
        one(
          `You work from ${s.current!.value.location}. How does your team split work between the office and remote?`,
          'Practical, and a hint about culture.',
          s.current!.basis,
        ),
      ),
  },
  {
    id: 'role.learned',
    category: 'role',
    weight: 3,
    fill: () => one('What did you have to learn fastest when you started this job?', 'Reveals the real learning curve.'),
  },
];
