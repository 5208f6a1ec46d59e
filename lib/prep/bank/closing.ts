import type { Template } from './types';
import { the, one, when } from './helpers';

/** Question templates: closing. */
export const CLOSING: Template[] = [
  // ---- Closing and network ---------------------------------------------------------------------
  {
    id: 'closing.who-else',
    category: 'closing',
    weight: 10,
    fill: (s) =>
      one(
        `Who else${s.companyName ? ` at ${s.companyName} or` : ''} in this field would you suggest I talk to, and may I mention your name?`,
        'The main payoff of an informational interview: the next conversation.',
      ),
  },
  {
    id: 'closing.wish-asked',
    category: 'closing',
    weight: 6,
    fill: () => one('What should I have asked you that I did not?', 'Lets them add what matters to them.'),
  },
  {
    id: 'closing.stay-in-touch',
    category: 'closing',
    weight: 5,
    fill: () => one('Would it be all right to stay in touch and let you know how things go?', 'Keeps the relationship going after today.'),
  },
  {
    id: 'closing.resources',
    category: 'closing',
    weight: 3,
    fill: () =>
      one('Is there a book, talk or article you would recommend to someone in my position?', 'Something concrete to follow up on.'),
  },
  {
    id: 'closing.team-people',
    category: 'closing',
    weight: 6,
    fill: (s) =>
      when(s.people.length > 0 && s.companyName, () =>
        one(
          `Would any of your colleagues, such as ${s.people
            .slice(0, 2)
            .map((p) => p.name)
            .join(' or ')}, be open to a short conversation too?`,
          'Names people you found in your research, for a concrete referral.',
          s.people.slice(0, 2).map((p) => `person:${p.id}:name`),
        ),
      ),
  },
  {
    id: 'closing.help',
    category: 'closing',
    weight: 3,
    fill: () => one('Is there anything I could help you with in return?', 'Makes the exchange two-way.'),
  },
  {
    id: 'closing.news-follow',
    category: 'closing',
    weight: 3,
    fill: (s) =>
      when(s.news.length > 1, () =>
        one(
          `What is the best way to keep up with what ${the(s)} is doing beyond the press coverage?`,
          'You already read the coverage; ask for the inside channel.',
          s.news.slice(0, 2).map((n) => `clip:${n.clipId}`),
        ),
      ),
  },
  {
    id: 'closing.next-step',
    category: 'closing',
    weight: 2,
    fill: () => one('Given what we talked about, what would be a good next step for me?', 'Ends on an action you can report back on.'),
  },
];
