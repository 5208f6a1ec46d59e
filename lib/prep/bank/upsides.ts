import { span } from '../dates';
import { eventPhrase } from './events-text';
import { at, one, when } from './helpers';
import type { Template } from './types';

/** Upsides and downsides: the candid part an informational interview allows. */
export const UPSIDES: Template[] = [
  {
    id: 'upsides.hardest',
    category: 'upsides',
    intent: 'hardest',
    weight: 6,
    fill: () => one("What is hardest about the work that people outside don't see?", 'The candid side an informational interview allows.'),
  },
  {
    id: 'upsides.tenure',
    category: 'upsides',
    intent: 'tenure',
    weight: 5,
    fill: (s) =>
      when(s.career.current && (s.tenureYears ?? 0) >= 3 && s.companyName, () =>
        one(
          `After ${span(s.tenureYears!)}${at(s)}, what still excites you, and what has worn thin?`,
          'Both sides, from someone who has stayed a while.',
          [`person:${s.personId}:experience`],
        ).map((f) => ({ ...f, weak: true })),
      ),
  },
  {
    id: 'upsides.enjoy',
    category: 'upsides',
    intent: 'enjoy',
    weight: 4,
    fill: () => one('What do you enjoy most about your work?', 'Lets them talk about what they love.'),
  },
  {
    id: 'upsides.surprised',
    category: 'upsides',
    intent: 'surprise',
    weight: 3,
    fill: () => one('What surprised you most when you started?', 'The gap between expectations and reality.'),
  },
  {
    id: 'upsides.careful',
    category: 'upsides',
    intent: 'careful',
    // Kept in reserve (engine.ts): a sensitive subject is never on the main list.
    weight: 1,
    fill: (s) => {
      const e = s.events.find((x) => x.sensitive && x.recent);
      return when(e, () =>
        one(
          `Only if they raise it: how has the team come through ${eventPhrase(e!)}?`,
          'A difficult subject: let them bring it up; never open with it.',
          [`clip:${e!.clipId}`],
        ),
      );
    },
  },
];
