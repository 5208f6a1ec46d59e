import ICAL from 'ical.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meetingIcs, type IcsMeeting } from '../lib/calendar/ics';
import { escapeText, foldLine } from '../lib/calendar/ics-text';
import { zonedToEpoch } from '../lib/ui/time';

/** Parses our file with ical.js, registering its VTIMEZONE, and reads the event back. */
function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  const tz = cal.getFirstSubcomponent('vtimezone');
  if (tz) ICAL.TimezoneService.register(tz);
  const event = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
  return { cal, event, tz };
}

const meeting = (over: Partial<IcsMeeting> = {}): IcsMeeting => ({
  id: 'iv-1',
  when: zonedToEpoch('2026-12-03', '14:30', 'Europe/London')!,
  durationMinutes: 30,
  timeZone: 'Europe/London',
  where: 'https://meet.example/maren',
  personName: 'Maren Okafor-Lindqvist',
  companyName: 'Brightwater Logistics',
  goal: 'Learn how the data platform team hires; and what "good" looks like, first 90 days',
  mustAsk: ['What pulled you from engineering into leading the platform team?', 'Who else should I talk to — may I mention you?'],
  ...over,
});
const NOW = Date.UTC(2026, 10, 20, 9);

describe('a planned meeting as an .ics event', () => {
  it('parses back with ical.js: the same instant, the zone it was planned in, the text as written', () => {
    const m = meeting();
    const { event, tz } = parse(meetingIcs(m, NOW));
    expect(tz?.getFirstPropertyValue('tzid')).toBe('Europe/London');
    expect(event.startDate.zone?.tzid).toBe('Europe/London');
    expect(event.startDate.toString()).toBe('2026-12-03T14:30:00');
    expect(event.startDate.toJSDate().getTime()).toBe(m.when);
    expect(event.endDate.toJSDate().getTime()).toBe(m.when + 30 * 60_000);
    expect(event.summary).toBe('Informational interview with Maren Okafor-Lindqvist (Brightwater Logistics)');
    expect(event.location).toBe('https://meet.example/maren');
    expect(event.description).toBe(
      [
        'With: Maren Okafor-Lindqvist, Brightwater Logistics',
        'Link: https://meet.example/maren',
        `Goal: ${m.goal}`,
        'Must ask:',
        `1. ${m.mustAsk[0]}`,
        `2. ${m.mustAsk[1]}`,
        'Prepared with Rapport.',
      ].join('\n'),
    );
    expect(event.uid).toBe('iv-1@rapport.invalid');
  });

  it('keeps the hour across a clock change (summer in New York, winter in Sydney) and in UTC', () => {
    for (const [zone, date, time] of [
      ['America/New_York', '2026-07-15', '09:00'],
      ['America/New_York', '2026-11-02', '09:00'],
      ['Australia/Sydney', '2026-04-06', '18:15'],
      ['Asia/Kolkata', '2026-01-10', '10:30'],
      ['UTC', '2026-03-29', '01:30'],
    ] as const) {
      const when = zonedToEpoch(date, time, zone)!;
      const text = meetingIcs(meeting({ when, timeZone: zone }), NOW);
      const { event } = parse(text);
      expect(event.startDate.toJSDate().getTime(), `${zone} ${date}`).toBe(when);
      expect(event.startDate.toString().slice(11, 16), zone).toBe(time);
      if (zone === 'UTC') expect(text).toContain(`DTSTART:${date.replace(/-/g, '')}T${time.replace(':', '')}00Z`);
    }
  });

  it('escapes text and folds every line at 75 octets without splitting a character', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    const long = `DESCRIPTION:${'é'.repeat(100)}`;
    const folded = foldLine(long);
    const lines = folded.split('\r\n').filter(Boolean);
    for (const l of lines) expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(long);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ maxLength: 200 }), (question, where) => {
        const m = meeting({ mustAsk: [question, 'Second; with, "punctuation"\\'], where: where || undefined });
        const text = meetingIcs(m, NOW);
        for (const l of text.split('\r\n')) expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
        const { event } = parse(text);
        expect(event.description).toContain(`1. ${question.replace(/\r\n|\r/g, '\n')}`);
        expect(event.description).toContain('2. Second; with, "punctuation"\\');
        expect(event.startDate.toJSDate().getTime()).toBe(m.when);
      }),
      { numRuns: 100 },
    );
  });

  it('a place is a location, not a link; an unknown zone falls back to UTC', () => {
    const { event } = parse(meetingIcs(meeting({ where: 'Pret, 12 Piccadilly, Manchester', timeZone: 'Mars/Olympus' }), NOW));
    expect(event.location).toBe('Pret, 12 Piccadilly, Manchester');
    expect(event.description).toContain('Place: Pret, 12 Piccadilly, Manchester');
    expect(event.startDate.toJSDate().getTime()).toBe(meeting().when);
  });
});
