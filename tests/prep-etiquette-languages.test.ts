import { describe, expect, it } from 'vitest';
import { etiquetteFor, meetingMode } from '../lib/prep/etiquette';
import { buildPrepSheet } from '../lib/prep/sheet';
import { company, person, self } from './helpers/prep-records';

// Users plan meetings in their own language: "Telefonat", "videobellen", "en visio", "llamada",
// "vor Ort" all said how the meeting happens, and a phone call got the in-person checklist.
describe('the etiquette fits how the meeting happens, in the words the user wrote', () => {
  it('reads the medium from the place in German, Dutch, French and Spanish', () => {
    const cases: Array<[string, string]> = [
      ['Telefonat', 'phone'],
      ['telefonisch', 'phone'],
      ['Sie ruft an (Anruf)', 'phone'],
      ['Ik bel hem, we bellen om 10 uur', 'phone'],
      ['Telefoongesprek', 'phone'],
      ['Appel', 'phone'],
      ['Par téléphone', 'phone'],
      ['Llamada', 'phone'],
      ['Por teléfono', 'phone'],
      ['Videocall', 'video'],
      ['Videotelefonat', 'video'],
      ['Beeldbellen', 'video'],
      ['En visio', 'video'],
      ['Appel vidéo', 'video'],
      ['Videollamada', 'video'],
      ['Microsoft Teams', 'video'],
      ['En persona', 'in-person'],
      ['Vor Ort in Köln', 'in-person'],
      ['En personne, à leur bureau', 'in-person'],
      // A place is in person, whatever word its name holds.
      ['Café Telefonica, Madrid', 'in-person'],
      ['Bel Air Hotel', 'in-person'],
      ['Ring 12, Wien', 'in-person'],
    ];
    for (const [where, mode] of cases) expect([where, meetingMode(where)]).toEqual([where, mode]);
  });

  it('reads the medium from the notes when no place is given, never from a word that means something else there', () => {
    expect(meetingMode(undefined, 'Sie ruft mich an, telefonisch, 20 Minuten')).toBe('phone');
    expect(meetingMode('', 'Nos vemos en persona en su oficina')).toBe('in-person');
    expect(meetingMode(undefined, 'On se parle en visio jeudi')).toBe('video');
    expect(meetingMode(undefined, 'We spreken af via beeldbellen')).toBe('video');
    expect(meetingMode(undefined, 'Llamada de 30 minutos')).toBe('phone');
    // "teams" and "call" of a note are anything: no medium.
    expect(meetingMode(undefined, 'She leads two teams; call her assistant first')).toBe('unknown');
    // A place given wins over a fallback the notes mention.
    expect(meetingMode('Büro Frankfurt', 'telefonisch, falls der Zug ausfällt')).toBe('in-person');
  });

  it('gives the sheet the phone checklist for a meeting the notes call a phone call', () => {
    const co = company('Holzwerk Bauer');
    const sheet = buildPrepSheet({
      person: person('Karl Bauer', { currentCompanyId: co.id, currentTitle: 'Tischlermeister' }),
      company: co,
      clips: [],
      self: self({ name: 'Tom', targetRole: 'Carpenter' }),
      interview: {
        id: 'i1',
        when: Date.UTC(2024, 0, 20, 10),
        timeZone: 'Europe/Berlin',
        durationMinutes: 30,
        notes: 'Telefonat, er ruft mich an',
        status: 'planned',
        createdAt: 0,
        updatedAt: 0,
      },
      now: Date.UTC(2024, 0, 16),
    } as never);
    expect(sheet.etiquette).toEqual({ mode: 'phone', items: etiquetteFor('phone') });
  });
});
