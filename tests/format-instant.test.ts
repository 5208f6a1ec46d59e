import { describe, expect, it } from 'vitest';
import { formatInstant, formatMeeting } from '../lib/ui/time';

// formatInstant keeps one formatter per locale and options (building one is the costly part):
// whatever it remembers, each call must read as a formatter made for that call alone.
describe('formatInstant with remembered formatters', () => {
  const ms = Date.UTC(2026, 11, 3, 14, 30);

  it('formats each call with its own options, locale and zone, however the calls interleave', () => {
    const calls: Array<[Intl.DateTimeFormatOptions, string | undefined]> = [
      [{ year: 'numeric', month: 'short', day: 'numeric' }, 'en-GB'],
      [{ year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }, 'en-GB'],
      [{ dateStyle: 'full', timeStyle: 'short', timeZone: 'Asia/Tokyo' }, 'en-GB'],
      [{ dateStyle: 'full', timeStyle: 'short', timeZone: 'America/New_York' }, 'en-GB'],
      [{ year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Pacific/Auckland' }, 'en-CA'],
      [{ year: 'numeric', month: 'short', day: 'numeric' }, 'de-DE'],
    ];
    for (let round = 0; round < 2; round++)
      for (const [options, locale] of calls)
        expect(formatInstant(ms, options, locale)).toBe(new Intl.DateTimeFormat(locale, options).format(new Date(ms)));
    // The zone of each call: 14:30 UTC is 23:30 in Tokyo, already the 4th in Auckland.
    expect(formatInstant(ms, { dateStyle: 'full', timeStyle: 'short', timeZone: 'Asia/Tokyo' }, 'en-GB')).toMatch(/3 December 2026.*23:30/);
    expect(formatInstant(ms, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Pacific/Auckland' }, 'en-CA')).toBe(
      '2026-12-04',
    );
  });

  it('an unknown zone still falls back to the browser’s own, call after call', () => {
    const local = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' }).format(new Date(ms));
    expect(formatMeeting(ms, 'Mars/Olympus_Mons')).toBe(local);
    expect(formatMeeting(ms, 'Mars/Olympus_Mons')).toBe(local);
    expect(formatMeeting(ms, 'UTC')).toBe(
      new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(ms)),
    );
  });
});
