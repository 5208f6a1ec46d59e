import { describe, expect, it } from 'vitest';
import { acquiredTarget } from '../lib/prep/pending';
import { pendingQuestion } from '../lib/prep/bank/news';
import { buildPrepSheet } from '../lib/prep/sheet';
import { signals } from '../lib/prep/signals';
import { company, self, storyClip } from './helpers/prep-records';

// A German trade story written for this test in the shape of blind-15 creditshelf-thabe-peer's: the
// company signs a non-binding letter of intent to buy a smaller firm ("plant die Akquisition der …").
const MEETING = Date.UTC(2019, 6, 9);
const acme = company('lendhaus');
const story = () =>
  storyClip(
    'c-de',
    'https://news.example/lendhaus',
    'article',
    'lendhaus kooperiert mit brightcap und plant Akquisition der Pfandwerk GmbH',
    'Mit dem heutigen Abschluss einer rechtlich nicht bindenden Absichtserklärung legt lendhaus den Grundstein für eine Kooperation. lendhaus plant die Akquisition der Pfandwerk GmbH, einem Spezialisten für besicherte Finanzierung.',
    { companyId: acme.id, publishedAt: '2019-06-20', siteName: 'Finanzblatt' },
  );

describe('a deal the company plans, as the buyer, not yet closed', () => {
  it('names what it plans to buy, never the buyer itself or a deal where it is the one bought', () => {
    expect(acquiredTarget('lendhaus plant die Akquisition der Pfandwerk GmbH, einem Spezialisten.', ['lendhaus'])).toBe('Pfandwerk GmbH');
    expect(acquiredTarget('Globex plans to acquire lendhaus.', ['lendhaus'])).toBeUndefined();
    // German capitalises every noun: one word after "Erwerb der" is no company.
    expect(acquiredTarget('lendhaus plant den Erwerb der Anteile an der Pfandwerk GmbH.', ['lendhaus'])).toBeUndefined();
    expect(acquiredTarget('lendhaus prüft die Übernahme der Mehrheit an Pfandwerk.', ['lendhaus'])).toBeUndefined();
    expect(acquiredTarget('Globex plans to acquire Initrode.', ['Globex'])).toBe('Initrode');
  });

  it('is asked as a plan in English, hooked as not yet closed, and its care note never pastes the German sentence', () => {
    const input = { company: acme, clips: [story()], self: self({ targetRole: 'Managing director' }), now: MEETING } as never;
    expect(pendingQuestion(signals(input))?.text).toBe(
      'Finanzblatt reported in June 2019 that lendhaus plans to acquire Pfandwerk GmbH. As far as you can say while it is open: what draws lendhaus to it, and what would it add to what you offer today?',
    );
    const sheet = buildPrepSheet(input);
    expect(sheet.hooks.map((h) => h.text)).toContain('Not yet closed: plans to acquire Pfandwerk GmbH');
    const care = sheet.careful.map((c) => c.text).join('\n');
    expect(care).toContain('lendhaus plans to acquire Pfandwerk GmbH — ask about it as a plan, never as done');
    expect(care).not.toContain('Akquisition');
  });
});
