import type { Template } from './types';
import { the, one, when, short } from './helpers';

/** Question templates: industry. */
export const INDUSTRY: Template[] = [
  // ---- The industry ----------------------------------------------------------------------------
  {
    id: 'industry.direction',
    category: 'industry',
    weight: 7,
    fill: (s) => {
      const ind = s.fact('industry');
      return ind
        ? one(
            `Where do you see ${ind.value.toLowerCase()} heading over the next few years?`,
            'Their view of the field, from inside it.',
            ind.basis,
          )
        : one('Where do you see your field heading over the next few years?', 'Their view of the field, from inside it.');
    },
  },
  {
    id: 'industry.fastest',
    category: 'industry',
    weight: 5,
    fill: () => one('What is changing fastest in your field right now?', 'Tells you what to learn first.'),
  },
  {
    id: 'industry.follow',
    category: 'industry',
    weight: 6,
    fill: () =>
      one('Which publications, communities or associations should I follow to keep up?', 'Concrete next steps for your own research.'),
  },
  {
    id: 'industry.competitors',
    category: 'industry',
    weight: 5,
    fill: (s) => {
      const ind = s.fact('industry');
      return when(ind, () =>
        one(`How does ${the(s)} stand out from others in ${ind!.value.toLowerCase()}?`, 'Shows how insiders see the market.', ind!.basis),
      );
    },
  },
  {
    id: 'industry.news-trend',
    category: 'industry',
    weight: 6,
    fill: (s) => {
      const n = s.news.find((x) => x.kind === 'funding' || x.kind === 'acquisition' || x.kind === 'partnership');
      return when(n, () =>
        one(
          `Deals like "${short(n!.title, 80)}" seem common in this space. What do they tell you about where the field is going?`,
          'Uses the news you clipped to open an industry question.',
          [`clip:${n!.clipId}`],
        ),
      );
    },
  },
  {
    id: 'industry.misconception',
    category: 'industry',
    weight: 4,
    fill: () => one('What do outsiders most often get wrong about this industry?', 'Corrects your own assumptions early.'),
  },
  {
    id: 'industry.specialty-trend',
    category: 'industry',
    weight: 4,
    fill: (s) => {
      const sp = s.fact('specialties');
      const first = sp?.value.split(/,\s*/)[0];
      return when(first, () =>
        one(
          `How is ${first!.toLowerCase()} changing as a discipline?`,
          'A specialty of the company, asked as a field question.',
          sp!.basis,
        ),
      );
    },
  },
  {
    id: 'industry.skills-future',
    category: 'industry',
    weight: 4,
    fill: () => one('Which skills will matter more in five years than they do today?', 'Helps you aim your preparation.'),
  },
];
