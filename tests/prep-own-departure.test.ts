import { describe, expect, it } from 'vitest';
import { ownDeparture } from '../lib/prep/departure';
import { signals } from '../lib/prep/signals';
import { BANK } from '../lib/prep/bank';
import { whyThisPerson } from '../lib/prep/why';
import { buildPrepSheet } from '../lib/prep/sheet';
import { company, person, self, storyClip } from './helpers/prep-records';

// A gossip-column item written for this test in the shape of blind-16 myers-warner-changer: the
// headline says she exits, the body says as what, after how long and her last day, and where she was before.
const MEETING = Date.UTC(2021, 2, 10, 15);
const TITLE = 'Former city spokeswoman Ana Ana Ruiz exits Northwind Studios role';
const BODY = [
  'Ana Ana Ruiz — a spokeswoman for the mayor of Springfield — is exiting her role as communications head at studio Northwind Studios after six years.',
  'Ruiz, who was SVP of global communications, told a trade paper she would take time off.',
  'She also previously worked at lobbying shop Harbor Point Partners.',
  'Her last day is April 1, and Northwind has not named a replacement.',
].join('\n\n');
const story = () =>
  storyClip('c-exit', 'https://gossip.example/ruiz-exits', 'article', TITLE, BODY, { publishedAt: '2021-02-20', siteName: 'Page Nine' });

function sig(when = MEETING) {
  const co = company('Northwind Studios');
  return signals({
    person: person('Ana Ana Ruiz', { currentCompanyId: co.id, currentTitle: 'SVP, Global Communications' }),
    company: co,
    clips: [story()],
    self: self({ name: 'Priya', targetRole: 'Communications director', field: 'Political communications' }),
    interview: { id: 'i', personId: 'p-Ana Ana Ruiz', when, durationMinutes: 30, status: 'planned' },
    now: when,
  } as never);
}

describe('the person met is the one leaving', () => {
  it('reads the fullest sentence of their exit: the role, the years, the last day', () => {
    expect(ownDeparture({ name: 'Ana Ana Ruiz' }, company('Northwind Studios'), [story()], MEETING)).toMatchObject({
      office: 'communications head',
      tenure: 'six years',
      lastDay: 'April 1',
      gone: false,
      clipId: 'c-exit',
    });
    // Someone else's exit, or a rumour, is not theirs.
    expect(ownDeparture({ name: 'Jo Bloggs' }, company('Northwind Studios'), [story()], MEETING)).toBeUndefined();
    const rumour = storyClip(
      'c-r',
      'https://x.example/r',
      'article',
      'Ana Ana Ruiz could leave Northwind Studios',
      'Nothing is decided.',
      {},
    );
    expect(ownDeparture({ name: 'Ana Ana Ruiz' }, company('Northwind Studios'), [rumour], MEETING)).toBeUndefined();
  });

  it('someone else leaving, a succession or a noun is not their exit (review of prep31)', () => {
    const co = company('Northwind Studios');
    const said = (text: string) =>
      ownDeparture(
        { name: 'Jane Smith' },
        co,
        [storyClip('c-x', 'https://x.example/x', 'article', 'Northwind Studios news', text, {})],
        MEETING,
      );
    expect(said('Jane Smith will replace John Doe, who is retiring from Northwind Studios in June.')).toBeUndefined();
    expect(said("Jane Smith oversaw Northwind Studios' exit from the Russian market.")).toBeUndefined();
    expect(said('Jane Smith returns to Northwind Studios after parental leave.')).toBeUndefined();
    expect(said('Jane Smith, who succeeds the departing CFO at Northwind Studios, starts Monday.')).toBeUndefined();
    expect(said('Jane Smith will leave Northwind Studios in June.')).toMatchObject({ clipId: 'c-x' });
  });

  it('gives the why line, a look back, what comes next for the team (never a must-ask) and a care note', () => {
    const s = sig();
    expect(s.firstName).toBe('Ana Ana');
    expect(whyThisPerson(s)).toMatch(/^Ana Ana leaves Northwind Studios on April 1 after six years as communications head\. /);
    const back = BANK.find((t) => t.id === 'path.leaving')!.fill(s)[0]!;
    expect(back.text).toBe(
      'Looking back on six years as communications head at Northwind Studios, what did the job ask of you that you did not expect, and what will you take with you?',
    );
    expect(back.basis).toEqual(['clip:c-exit']);
    expect(BANK.find((t) => t.id === 'company.after-leaving')!.fill(s)[0]!.text).toBe(
      'You leave Northwind Studios on April 1: what comes next for the team after you leave, and what would you tell someone joining it?',
    );
    // Where they were before, named without an office.
    expect(s.prior?.value).toMatchObject({ org: 'Harbor Point Partners' });
    expect(s.prior?.value.title).toBeUndefined();
    const sheet = buildPrepSheet({
      person: person('Ana Ana Ruiz', { currentTitle: 'SVP, Global Communications' }),
      company: company('Northwind Studios'),
      clips: [story()],
      self: self({ name: 'Priya', targetRole: 'Communications director', field: 'Political communications' }),
      interview: { id: 'i', personId: 'p-Ana Ana Ruiz', when: MEETING, durationMinutes: 30, status: 'planned' },
      now: MEETING,
    } as never);
    expect(sheet.careful[0]!.text).toMatch(/^Their exit from Northwind Studios: .* never ask why they are leaving or who replaces them\.$/);
    const after = sheet.questions.find((q) => q.intent === 'after-leaving');
    expect(after?.mustAsk ?? false).toBe(false);
    expect(sheet.questions.some((q) => /why (are|did) you leav|who (will )?replace/i.test(q.text))).toBe(false);
  });

  it('after the last day, they have left: no question about the team they left', () => {
    const late = Date.UTC(2021, 5, 1);
    const s = sig(late);
    expect(s.leaving?.value.gone).toBe(true);
    expect(whyThisPerson(s)).toMatch(/^Ana Ana left Northwind Studios on April 1/);
    expect(BANK.find((t) => t.id === 'company.after-leaving')!.fill(s)).toEqual([]);
  });
});
