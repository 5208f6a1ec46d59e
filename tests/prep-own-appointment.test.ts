import { describe, expect, it } from 'vitest';
import { storyAliases } from '../lib/prep/aliases';
import { successionIn } from '../lib/prep/event-succession';
import { signals } from '../lib/prep/signals';
import { BANK } from '../lib/prep/bank';
import { whyThisPerson } from '../lib/prep/why';
import { buildPrepSheet } from '../lib/prep/sheet';
import type { Clip } from '../lib/schema/dossier';
import { company, person, self, storyClip } from './helpers/prep-records';

// A people-move story written for this test in the shape of German trade press (blind-15
// krahmer-ebaa-student: the headline names the association by its acronym only, the standfirst
// introduces it in full with the acronym, and the appointment is told with the association as subject).
const MEETING = Date.UTC(2024, 1, 6, 13);
const TITLE = 'Branchenkenner für den Verband: Brandt wird neuer EFTA-Generalsekretär';
const LEAD =
  'Die European Freight Transport Alliance (EFTA) hat den ehemaligen EU-Abgeordneten Tobias Brandt zum neuen Generalsekretär ernannt. Er wird ab dem 1. Januar 2024 den Verband führen.';
const BODY =
  'Brandt war zehn Jahre im Europäischen Parlament. "Wir freuen uns sehr, Tobias bei der EFTA begrüßen zu dürfen", sagte der EFTA-Vorsitzende Uwe Kern.';

function story(): Clip {
  const c = storyClip('c-efta', 'https://news.example/brandt-efta', 'article', TITLE, BODY, {
    publishedAt: '2023-11-03',
    siteName: 'Verkehrsbrief',
  });
  return { ...c, extraction: { ...c.extraction, lang: 'de', article: { title: TITLE, excerpt: LEAD } } };
}

describe('the person met’s own appointment told in a story', () => {
  it('takes the acronym a story introduces beside the full name, and reads the appointment with the organisation as subject', () => {
    expect(storyAliases({ name: 'European Freight Transport Alliance' }, [story()])).toEqual(['EFTA']);
    // Without the acronym beside the full name, nothing: initials alone could be any word.
    const bare = { ...story(), extraction: { ...story().extraction, article: { title: TITLE } } };
    expect(storyAliases({ name: 'European Freight Transport Alliance' }, [bare])).toEqual([]);
    expect(successionIn([TITLE, ...LEAD.split(/(?<=ernannt\.)\s+/)], ['EFTA'], true)).toMatchObject({
      who: 'Tobias Brandt',
      office: 'secretary general',
      change: 'appointment',
      starts: '2024-01-01',
    });
  });

  it('is their move: their title, the "why this person" line and a question saying when they took over', () => {
    const co = company('European Freight Transport Alliance');
    const s = signals({
      person: person('Tobias Brandt', { currentCompanyId: co.id }),
      company: { ...co, aliases: storyAliases(co, [story()]) },
      clips: [story()],
      self: self({ name: 'Lena', targetRole: 'EU policy officer', field: 'European public affairs' }),
      interview: { id: 'i', personId: 'p-Tobias Brandt', when: MEETING, durationMinutes: 30, status: 'planned' },
      now: MEETING,
    } as never);
    expect(s.appointed?.value).toMatchObject({ office: 'secretary general', when: '2024-01-01', started: true });
    expect(s.title).toBe('secretary general');
    const asked = BANK.find((t) => t.id === 'path.new-role')!.fill(s);
    expect(asked[0]!.text).toBe(
      'You took over as secretary general in January 2024. What did you find when you arrived, and what are you changing first?',
    );
    expect(asked[0]!.basis).toEqual(['clip:c-efta']);
    expect(whyThisPerson(s)).toMatch(/^Tobias took over as secretary general at European Freight Transport Alliance in January 2024\./);
  });

  it('asks what they will change when the start is still ahead of the meeting', () => {
    const co = company('European Freight Transport Alliance');
    const early = Date.UTC(2023, 11, 1);
    const s = signals({
      person: person('Tobias Brandt', { currentCompanyId: co.id }),
      company: { ...co, aliases: ['EFTA'] },
      clips: [story()],
      self: self({ name: 'Lena' }),
      interview: { id: 'i', personId: 'p-Tobias Brandt', when: early, durationMinutes: 30, status: 'planned' },
      now: early,
    } as never);
    expect(BANK.find((t) => t.id === 'path.new-role')!.fill(s)[0]!.text).toBe(
      'You take over as secretary general in January 2024. What do you want to change first, and what will you keep?',
    );
  });
});

describe('a death the story tells is handled with care, never asked', () => {
  it('names who died in the care note, whatever the story’s language', () => {
    const c = storyClip(
      'c-loss',
      'https://news.example/brandt-efta-2',
      'article',
      TITLE,
      `${BODY} Tobias Brandt tritt die Nachfolge von Karl Wendel an, der im März 2023 überraschend gestorben ist.`,
      { publishedAt: '2023-11-03', siteName: 'Verkehrsbrief' },
    );
    const story = { ...c, extraction: { ...c.extraction, lang: 'de', article: { title: TITLE, excerpt: LEAD } } };
    const co = company('European Freight Transport Alliance');
    const sheet = buildPrepSheet({
      person: person('Tobias Brandt', { currentCompanyId: co.id }),
      company: { ...co, aliases: ['EFTA'] },
      clips: [story],
      self: self({ name: 'Lena' }),
      now: MEETING,
    } as never);
    expect(sheet.careful.map((x) => x.text)).toContain(
      'The story tells of the death of Karl Wendel — never raise it; if they mention it, a brief word of sympathy is enough.',
    );
    expect([...sheet.questions, ...sheet.reserve].some((q) => /Wendel|gestorben|died|death/.test(q.text))).toBe(false);
  });

  it('capitalised words before "died" are no person: a product, a place', () => {
    const careOf = (sentence: string) => {
      const c = storyClip('c-x', 'https://news.example/efta-3', 'article', TITLE, `${BODY} ${sentence}`, {
        publishedAt: '2023-11-03',
        siteName: 'Verkehrsbrief',
      });
      const co = company('European Freight Transport Alliance');
      return buildPrepSheet({
        person: person('Tobias Brandt', { currentCompanyId: co.id }),
        company: { ...co, aliases: ['EFTA'] },
        clips: [{ ...c, extraction: { ...c.extraction, lang: 'de', article: { title: TITLE, excerpt: LEAD } } }],
        self: self({ name: 'Lena' }),
        now: MEETING,
      } as never).careful.map((x) => x.text);
    };
    expect(careOf('Interest in Freight Glass died quickly after the launch.').join(' ')).not.toMatch(/death/);
    expect(careOf('Two workers at the depot in New Jersey died in 2021.').join(' ')).not.toMatch(/death/);
    expect(careOf('Its founder Maria Olsen died in 2019.')).toContain(
      'The story tells of the death of Maria Olsen — never raise it; if they mention it, a brief word of sympathy is enough.',
    );
  });
});
