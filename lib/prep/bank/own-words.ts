import { readableDate } from '../dates';
import type { Quote } from '../quote';
import { MAX_QUESTION_WORDS, saidWords } from '../quote-text';
import type { Signals } from '../signals';
import { PATH } from './path';
import type { Template } from './types';

/**
 * The person met's own words on the record, when nothing else clipped tells their path (no profile,
 * no headline): the one thing the user has heard them say. A story quoting them on their own deal
 * ("We are officially joining a family with some of the best airlines in the world", Nathaniel
 * Pieper in blind-19 alaska-pieper-student) opened with "How did you find your way into the work
 * you do now?", and the quote was asked nowhere. A plan they state is a question about the company;
 * words a story keeps under care are not raised.
 */
export function openingWords(s: Signals): Quote | undefined {
  // Asked by the opener and by bank/said.ts (which leaves the opener's quote out): read once per sheet,
  // since storyTold fills every path template.
  if (!OPENING.has(s)) OPENING.set(s, findOpeningWords(s));
  return OPENING.get(s);
}
const OPENING = new WeakMap<Signals, Quote | undefined>();

function findOpeningWords(s: Signals): Quote | undefined {
  if (s.move || s.studySwitch || s.career.current || s.headline || storyTold(s)) return undefined;
  return s.quotes.find(
    (q) =>
      q.byPerson &&
      !q.careful &&
      !q.plan &&
      // A view or a choice they gave in an interview is already asked as their story, where they learned
      // it or what the choice changed (bank/said.ts: blind-12 palos-bryant-student, blind-16
      // spessart-weber-changer); folded into the opener, the sheet lost a question. Words given out for
      // the company (a statement on its deal) say nothing of their road: those open it.
      !q.answer &&
      // Words in a story of a company event are asked with the event ("You spoke for Ascom about the
      // partnership with GE Healthcare …", tune ascom-andre): opening on them too would say the story twice.
      !inEventStory(s, q) &&
      !!saidWords(q.quote, s.companyName, true),
  );
}

/** Their words stand in a story of a company event (not a sensitive one, not one about them): asked with the event. */
export const inEventStory = (s: Signals, q: Quote): boolean =>
  s.events.some((e) => e.clipId === q.clipId && !e.sensitive && !s.aboutPerson(e));

/** Above the opener the dossier can only guess at (path.story, 5), below a career move their profile tells (9). */
const WEIGHT = 7;

/**
 * Another template tells their story from something clipped, and would open the sheet ahead of
 * their words (a new role they took, blind tune experience-ceo): the quote stays a question of its own (bank/said.ts).
 */
function storyTold(s: Signals): boolean {
  return PATH.some(
    (t) =>
      t.intent === 'their-story' &&
      t.id !== 'path.story' &&
      (!t.fits || t.fits(s)) &&
      t
        .fill(s)
        .some(
          (f) =>
            (f.intent ?? t.intent) === 'their-story' &&
            !f.weak &&
            f.basis.some((b) => !b.startsWith('self:')) &&
            t.weight + (f.bonus ?? 0) >= WEIGHT,
        ),
  );
}

/** "You said in October 2020: “…”." ("You wrote" of words they wrote) — the quote kept exact, as a sentence ends; when it was said only while the question stays short. */
function saying(q: Quote, s: Signals, ask: string): string {
  const dated = said(q, s, q.date ? ` in ${readableDate(q.date)}` : '');
  return `${dated} ${ask}`.split(/\s+/).length > MAX_QUESTION_WORDS ? said(q, s, '') : dated;
}

function said(q: Quote, s: Signals, when: string): string {
  const w = saidWords(q.quote, s.companyName, true)!;
  if (w.before || w.after)
    return `You ${q.written ? 'wrote' : 'said'}${when} that ${[w.before, `“${w.quoted.replace(/[.!?]$/, '')}”`, w.after].filter(Boolean).join(' ')}.`;
  // The full stop goes inside the marks, as a quoted sentence ends.
  return `You ${q.written ? 'wrote' : 'said'}${when}: “${w.quoted}${/[.!?…]$/.test(w.quoted) ? '' : '.'}”`;
}

/** Their story, asked from what they said: the road to the work the words are about. */
export const OWN_WORDS: Template[] = [
  {
    id: 'path.own-words',
    category: 'path',
    intent: 'their-story',
    weight: WEIGHT,
    fill: (s) => {
      const q = openingWords(s);
      if (!q) return [];
      const ask = 'How did you come to that work, and what did the road there look like?';
      return [
        {
          text: `${saying(q, s, ask)} ${ask}`,
          reason: `Their own words on the record (${[q.source, readableDate(q.date)].filter(Boolean).join(', ')}): the road to the work they speak for is their story, and no page tells it.`,
          basis: [`clip:${q.clipId}`],
          slot: `${q.clipId}:${q.speaker}`,
        },
      ];
    },
  },
];
