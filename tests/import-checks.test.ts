import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDossierFile } from '../lib/db/import';
import { formatDate, formatIsoDate } from '../lib/ui/format';
import { formatMeeting } from '../lib/ui/time';
import { prepSheetMarkdown } from '../lib/prep/markdown';
import { buildPrepSheet } from '../lib/prep/sheet';
import { remindersFor } from '../lib/background/reminders';
import { pipeline } from '../lib/ui/pipeline';
import { thankYouDraft } from '../lib/prep/thank-you';
import type { Interview, Person } from '../lib/schema/dossier';

const fixture = () => JSON.parse(readFileSync(join(__dirname, 'fixtures/dossiers/rich-with-self.json'), 'utf8')) as Record<string, unknown>;
type Rec = Record<string, unknown>;
const records = (d: Rec, table: string) => d[table] as Rec[];

describe('finding 5: imported timestamps are range-checked, duplicate ids refused', () => {
  it.each([
    ['an interview in the year 318,000', (d: Rec) => (records(d, 'interviews')[0]!.when = 1e16), /meeting.*date.*1970.*2200/i],
    ['a clip updated at 1e300', (d: Rec) => (records(d, 'clips')[0]!.updatedAt = 1e300), /clip “.+”.*date.*1970.*2200/i],
    [
      'a fact dated before 1970',
      (d: Rec) => (((records(d, 'companies')[0]!.facts as Rec).description as Rec[])[0]!.at = -5),
      /company “Fernhill Robotics”/,
    ],
    ['a time zone that does not exist', (d: Rec) => (records(d, 'interviews')[0]!.timeZone = 'Mars/Olympus_Mons'), /time zone/],
  ])('refuses %s, naming the record in plain words', (_label, mangle, message) => {
    const d = fixture();
    mangle(d);
    const r = parseDossierFile(JSON.stringify(d));
    expect(r.ok).toBe(false);
    const error = (r as { error: string }).error;
    expect(error).toMatch(message);
    expect(error).toMatch(/Nothing was imported/);
    // Plain words: no Zod dump, no JSON path syntax.
    expect(error).not.toMatch(/too_big|invalid_type|expected number|\[\d+\]|<=/);
  });

  it.each(['companies', 'people', 'clips', 'interviews'])('refuses two %s with one id, instead of keeping the last silently', (table) => {
    const d = fixture();
    const list = records(d, table);
    list.push({ ...list[0]!, ...(table === 'clips' ? { url: 'https://other.example/', urlKey: 'https://other.example' } : {}) });
    const r = parseDossierFile(JSON.stringify(d));
    expect(r.ok).toBe(false);
    expect((r as { error: string }).error).toMatch(/twice.*Nothing was imported/);
  });

  it('every date formatter survives a date out of range instead of throwing "Invalid time value"', () => {
    for (const ms of [1e16, -1e16, 1e300, Number.NaN]) {
      expect(formatDate(ms)).toBe('');
      expect(() => formatMeeting(ms, 'Europe/London')).not.toThrow();
      expect(() => formatMeeting(ms, 'Mars/Olympus_Mons')).not.toThrow();
    }
    expect(formatIsoDate('2024-99-99')).toBe('2024-99-99');
    const interview: Interview = {
      id: 'iv',
      personId: 'p',
      when: 1e16,
      timeZone: 'Europe/London',
      durationMinutes: 30,
      status: 'planned',
      createdAt: 0,
      updatedAt: 0,
    };
    const sheet = buildPrepSheet({ interview, clips: [], now: Date.now() });
    expect(() => prepSheetMarkdown(sheet)).not.toThrow();
    expect(() =>
      thankYouDraft({ personName: 'P', meetingAt: 1e16, now: Date.now(), timeZone: 'Mars/Olympus_Mons', questions: [] } as never),
    ).not.toThrow();
    expect(() => remindersFor(interview, { checkInWeeks: 3 }, Date.now())).not.toThrow();
    const person = { id: 'p', name: 'P', status: 'met', statusAt: 1e300, updatedAt: 1e300 } as Person;
    expect(() => pipeline([person], new Map(), [interview], 3, Date.now())).not.toThrow();
  });
});
