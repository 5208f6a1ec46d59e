import type { Template } from './types';
import { the, one, when, short, dateOf, inline, newsQuestion } from './helpers';

/** Question templates: company. */
export const COMPANY: Template[] = [
  // ---- The company and its culture -------------------------------------------------------------
  {
    id: 'company.what',
    category: 'company',
    weight: 9,
    answeredBy: 'summary',
    fill: (s) => one(`What does ${the(s)} do, in your own words?`, 'Basic: only worth asking when you could not find it.'),
  },
  {
    id: 'company.size',
    category: 'company',
    weight: 5,
    answeredBy: 'size',
    fill: (s) => one(`How many people work at ${the(s)}?`, 'Basic: only worth asking when you could not find it.'),
  },
  {
    id: 'company.hq',
    category: 'company',
    weight: 4,
    answeredBy: 'headquarters',
    fill: (s) => one(`Where is ${the(s)} based?`, 'Basic: only worth asking when you could not find it.'),
  },
  {
    id: 'company.founded',
    category: 'company',
    weight: 3,
    answeredBy: 'founded',
    fill: (s) => one(`When was ${the(s)} founded?`, 'Basic: only worth asking when you could not find it.'),
  },
  {
    id: 'company.industry',
    category: 'company',
    weight: 3,
    answeredBy: 'industry',
    fill: (s) => one(`Which industry would you say ${the(s)} is really in?`, 'Basic: only worth asking when you could not find it.'),
  },
  {
    id: 'company.news',
    category: 'company',
    weight: 10,
    fill: (s) =>
      // Layoffs are asked once, tactfully, under upsides and downsides.
      s.news
        .filter((n) => n.kind !== 'layoffs')
        .slice(0, 3)
        .map((n) => ({
          text: newsQuestion(n.kind, n.title, s),
          reason: `Shows you follow the company: ${n.siteName ? `${n.siteName} reported it` : 'it was in the news'}${dateOf(n.date)}.`,
          basis: [`clip:${n.clipId}`],
          slot: n.clipId,
        })),
  },
  {
    id: 'company.mission',
    category: 'company',
    weight: 8,
    fill: (s) =>
      when(s.fact('mission'), () =>
        one(
          `${the(s)} says its mission is to "${inline(short(s.fact('mission')!.value.replace(/^(our|the company'?s|its) mission is( to)?\s*/i, ''), 110))}". Where do you see that in everyday decisions?`,
          'Tests the stated mission against daily reality, politely.',
          s.fact('mission')!.basis,
        ),
      ),
  },
  {
    id: 'company.products',
    category: 'company',
    weight: 7,
    fill: (s) =>
      when(s.fact('products'), () =>
        one(
          `How does your work connect to ${short(s.fact('products')!.value, 70)}?`,
          'Grounds the talk in what the company actually sells.',
          s.fact('products')!.basis,
        ),
      ),
  },
  {
    id: 'company.growth',
    category: 'company',
    weight: 7,
    fill: (s) => {
      const size = s.fact('size');
      return when(size, () =>
        one(
          `With ${the(s)} at ${size!.value.replace(/\s*employees?$/i, '')} people, what is changing as it grows?`,
          'You know the size already; ask what it means from inside.',
          size!.basis,
        ),
      );
    },
  },
  {
    id: 'company.age',
    category: 'company',
    weight: 5,
    fill: (s) => {
      const founded = s.fact('founded');
      return when(founded, () =>
        one(
          `${the(s)} has been around since ${founded!.value}. Which parts of its early culture are still visible today?`,
          'Turns a known fact into a culture question.',
          founded!.basis,
        ),
      );
    },
  },
  {
    id: 'company.decisions',
    category: 'company',
    weight: 6,
    fill: (s) => one(`How are decisions made at ${the(s)}: who gets a say, and how fast?`, 'Culture is how decisions happen.'),
  },
  {
    id: 'company.challenges',
    category: 'company',
    weight: 7,
    fill: (s) => one(`What is ${the(s)} wrestling with right now?`, 'The honest answer is never on the website.'),
  },
  {
    id: 'company.culture-word',
    category: 'company',
    weight: 4,
    fill: () =>
      one(
        'How would you describe the culture to a friend, not in the words of the careers page?',
        'An unguarded description of the culture.',
      ),
  },
  {
    id: 'company.hq-remote',
    category: 'company',
    weight: 4,
    fill: (s) => {
      const hq = s.fact('headquarters');
      return when(hq, () =>
        one(
          `How much does being headquartered in ${hq!.value} shape the way teams work?`,
          'Builds on a known fact instead of asking for it.',
          hq!.basis,
        ),
      );
    },
  },
];
