import { FAMILY_WORDS } from '../roles';
import { one } from './helpers';
import type { Template } from './types';

/** The industry: where the field is going, from inside it. */
export const INDUSTRY: Template[] = [
  {
    id: 'industry.direction',
    category: 'industry',
    intent: 'field-direction',
    weight: 5,
    // Where a field is heading is asked of someone the dossier shows has been in it: a career on
    // record or a senior title. A first-year on a student association's board (blind-19
    // ajs-laurant-thin, "Where do you see software engineering heading") is no oracle of an industry.
    fits: (s) => !s.peer && (s.career.jobs.length > 0 || ['senior', 'manager', 'director', 'executive'].includes(s.career.level ?? '')),
    fill: (s) =>
      one(
        `Where do you see ${s.career.family && s.career.family !== 'executive' ? FAMILY_WORDS[s.career.family] : 'your field'} heading over the next few years?`,
        'Their view of the field, from inside it.',
      ),
  },
  {
    id: 'industry.follow',
    category: 'industry',
    intent: 'follow',
    weight: 4,
    fill: () => one('Which people, publications or communities do you follow to keep up?', 'Concrete next steps for your own research.'),
  },
  {
    id: 'industry.misconception',
    category: 'industry',
    intent: 'misconception',
    weight: 3,
    fill: () => one('What do outsiders most often get wrong about this work?', 'Corrects your own assumptions early.'),
  },
];
