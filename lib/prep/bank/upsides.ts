import type { Template } from './types';
import { at, the, one, when, years, dateOf } from './helpers';

/** Question templates: upsides. */
export const UPSIDES: Template[] = [
  // ---- Upsides and downsides -------------------------------------------------------------------
  {
    id: 'upsides.enjoy',
    category: 'upsides',
    weight: 6,
    fill: (s) => one(`What do you enjoy most about your work${at(s)}?`, 'Lets them talk about what they love.'),
  },
  {
    id: 'upsides.hardest',
    category: 'upsides',
    weight: 6,
    fill: () => one('What is the hardest part of the job that people do not see?', 'The candid side an informational interview allows.'),
  },
  {
    id: 'upsides.surprised',
    category: 'upsides',
    weight: 5,
    fill: () => one('What surprised you most when you started?', 'The gap between expectations and reality.'),
  },
  {
    id: 'upsides.layoffs',
    category: 'upsides',
    weight: 7,
    fill: (s) => {
      const n = s.news.find((x) => x.kind === 'layoffs');
      return when(n, () =>
        one(
          `I read about the changes at ${the(s)}${dateOf(n!.date)}. If you are comfortable sharing, how has the team come through them?`,
          'A difficult subject, asked tactfully; skip it if the mood is not right.',
          [`clip:${n!.clipId}`],
        ),
      );
    },
  },
  {
    id: 'upsides.tenure',
    category: 'upsides',
    weight: 5,
    fill: (s) =>
      when(s.current && (s.tenureYears ?? 0) >= 2, () =>
        one(
          `After ${years(s.tenureYears!)}${at(s)}, what still gets you excited, and what has worn thin?`,
          'Both sides, from someone who has stayed a while.',
          s.current!.basis,
        ),
      ),
  },
  {
    id: 'upsides.balance',
    category: 'upsides',
    weight: 4,
    fill: () => one('How do you find the balance between work and the rest of life in this job?', 'Honest about the cost of the job.'),
  },
  {
    id: 'upsides.product-pride',
    category: 'upsides',
    weight: 4,
    fill: (s) => {
      const p = s.fact('products');
      const first = p?.value.split(/,\s*/)[0];
      return when(first, () =>
        one(`What are you proudest of in the work behind ${first}?`, 'Asks for a story, anchored in a product you know about.', p!.basis),
      );
    },
  },
  {
    id: 'upsides.advice',
    category: 'upsides',
    weight: 4,
    fill: () => one('What do you wish someone had told you before you took this job?', 'Advice distilled from experience.'),
  },
];
