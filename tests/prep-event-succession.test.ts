import { describe, expect, it } from 'vitest';
import { eventsInClip } from '../lib/prep/events';
import { eventQuestion, leadershipInEnglish } from '../lib/prep/bank/events-text';
import { successionIn } from '../lib/prep/event-succession';
import { signals } from '../lib/prep/signals';
import type { Clip } from '../lib/schema/dossier';
import { storyClip } from './helpers/prep-records';

// Sentences written for this test in the shape of German, French and Dutch news of a change at the
// top (dossiers-blind-14 ICMPD: "X wird neue Generaldirektorin des … (ICMPD)" gave no hook at all).
const MEETING = Date.UTC(2025, 6, 15, 8);
const org = { name: 'IOMP', domains: ['iomp.example'] };

function story(title: string, text: string, lang = 'de'): Clip {
  const url = `https://news.example/${encodeURIComponent(title).slice(0, 40)}`;
  const clip = storyClip(`c-${title.length}-${text.length}`, url, 'article', title, text, {
    publishedAt: '2025-06-05',
    siteName: 'Tagblatt',
  });
  return { ...clip, extraction: { ...clip.extraction, lang } };
}

const DE =
  'Die frühere Ex-Ministerin Anna Berger wird neue Generaldirektorin des Instituts für Migrationspolitik (IOMP). Die Delegierten haben Berger in Oslo zur Nachfolgerin des mit Jahresende aus dem Amt scheidenden Generaldirektors Karl Huber gewählt.';

describe('a change at the top told in German, French or Dutch (event-succession.ts)', () => {
  it('reads who, the office in English, the vote, whom they succeed and that the handover is ahead', () => {
    const lines = DE.split(/(?<=\.)\s+/);
    expect(successionIn(lines, ['IOMP'], false)).toMatchObject({
      who: 'Anna Berger',
      office: 'director general',
      change: 'election',
      succeeds: 'Karl Huber',
      ahead: true,
    });
  });

  it('reads the French and Dutch forms, and a title glued before the name is no part of it', () => {
    expect(successionIn(['Marie Leclerc a été nommée directrice générale de IOMP.'], ['IOMP'], false)).toMatchObject({
      who: 'Marie Leclerc',
      office: 'director general',
      change: 'appointment',
      ahead: false,
    });
    expect(successionIn(['Jan de Vries wordt de nieuwe CEO van IOMP.'], ['IOMP'], false)).toMatchObject({
      who: 'Jan de Vries',
      office: 'chief executive',
    });
    expect(successionIn(['Die ÖVP-Ministerin Eva Gruber wird neue Chefin von IOMP.'], ['IOMP'], false)?.who).toBe('Eva Gruber');
  });

  it('needs the organisation named in the sentence (or a story about it), and a verb of becoming', () => {
    expect(successionIn(['Anna Berger wird neue Generaldirektorin einer anderen Behörde.'], ['IOMP'], false)).toBeUndefined();
    expect(successionIn(['Anna Berger lobte die neue Generaldirektorin von IOMP.'], ['IOMP'], false)).toBeUndefined();
  });

  it('becomes a leadership event said in English, and a question about the handover from the user’s side', () => {
    const c = story('Ex-Ministerin Berger neue Chefin', DE);
    const [e] = eventsInClip(c, org, MEETING);
    expect(e).toMatchObject({ kind: 'leadership', who: 'Anna Berger' });
    expect(leadershipInEnglish(e!)).toBe('the election of Anna Berger as director general');
    const s = signals({
      company: { id: 'co', name: 'IOMP', domains: [], facts: {}, createdAt: 0, updatedAt: 0 } as never,
      clips: [c],
      people: [],
      self: { name: 'K', schools: [], employers: [], targetRole: 'Project officer' },
      interview: { id: 'i', when: new Date(MEETING).toISOString(), durationMinutes: 60 },
    } as never);
    expect(eventQuestion(e!, s)).toBe(
      'Tagblatt reported in June 2025 that Anna Berger was elected director general, to succeed Karl Huber. What will the handover mean for project officers, and what do you expect to change?',
    );
  });
});

describe('a change at the top told in Polish, the office first (blind-16 lotos-majewski)', () => {
  it('reads "Nowym prezesem zarządu X będzie Y" as Y, chief executive, and a question in English', () => {
    const title = 'Grupa Nordic. Nowym prezesem będzie Adam Jan Kowalczyk';
    const lines = [title, 'Nowym prezesem zarządu Grupy Nordic będzie Adam Jan Kowalczyk. Pracę rozpocznie w poniedziałek.'];
    expect(successionIn(lines, ['Grupa Nordic', 'Nordic'], true)).toMatchObject({ who: 'Adam Jan Kowalczyk', office: 'chief executive' });
    const events = eventsInClip(story(title, lines[1]!, 'pl'), { name: 'Grupa Nordic', domains: [] }, MEETING);
    expect(events.find((e) => e.kind === 'leadership')).toMatchObject({
      who: 'Adam Jan Kowalczyk',
      what: 'Adam Jan Kowalczyk as chief executive',
    });
    // An office named with no person after it is no change at the top.
    expect(successionIn(['Nowym prezesem będzie ktoś z zewnątrz.'], ['Nordic'], true)).toBeUndefined();
  });
});
