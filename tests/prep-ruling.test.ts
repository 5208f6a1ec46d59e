import { describe, expect, it } from 'vitest';
import { eventsInClip } from '../lib/prep/events';
import { signals } from '../lib/prep/signals';
import { BANK } from '../lib/prep/bank';
import { buildPrepSheet } from '../lib/prep/sheet';
import { company, self, storyClip } from './helpers/prep-records';

// A court story written for this test in the shape of blind-16 amazon-aplenty (California Globe):
// the headline is the ruling; the body quotes the court reciting what the company did with the product.
const TITLE = 'Northwind Liable for Defective Third-Party Heaters Rules State Appellate Court';
const BODY = [
  'On Thursday, the state Court of Appeal found that Northwind can now be held liable for injury for selling defective products from third party sellers.',
  '“Northwind accepted possession of the product from the seller, stored it in a Northwind warehouse, and shipped the product in Northwind packaging to her,” the court said.',
  'Northwind is expected to bring the case to a higher court.',
].join('\n\n');
const MEETING = Date.UTC(2022, 10, 15);
const ruling = () =>
  storyClip('c-court', 'https://globe.example/northwind-liable', 'article', TITLE, BODY, {
    publishedAt: '2020-08-14',
    siteName: 'State Globe',
  });

describe('a court ruling is its own kind of event, handled with care', () => {
  it('reads the ruling, and no launch from the facts of the case the court recites', () => {
    const events = eventsInClip(ruling(), company('Northwind'), MEETING);
    expect([...new Set(events.map((e) => e.kind))]).toEqual(['ruling']);
    expect(events[0]).toMatchObject({ sensitive: true, date: '2020-08-14' });
  });

  it('needs a court: "liable" in a sentence with no court, ruling or judge is no ruling', () => {
    const terms = storyClip(
      'c-t',
      'https://n.example/terms',
      'article',
      'Northwind updates its seller terms',
      'Northwind said sellers are liable for late deliveries from next month.',
      {
        publishedAt: '2022-10-01',
      },
    );
    expect(eventsInClip(terms, company('Northwind'), MEETING).some((e) => e.kind === 'ruling')).toBe(false);
    // A regulation's "rules" is no court; a French job title is no finding (review of prep31).
    const rules = storyClip(
      'c-u',
      'https://n.example/rules',
      'article',
      'Northwind and the new marketplace law',
      'Under the new rules, Northwind will be liable for defective products sold by third parties.',
      { publishedAt: '2022-10-01' },
    );
    expect(eventsInClip(rules, company('Northwind'), MEETING).some((e) => e.kind === 'ruling')).toBe(false);
    const title = storyClip(
      'c-f',
      'https://n.example/fr',
      'article',
      'Northwind nomme une responsable des achats',
      'Marie Dupont est responsable des achats chez Northwind depuis lundi, après un jugement de valeur sur le marché.',
      { publishedAt: '2022-10-01' },
    );
    expect(eventsInClip(title, company('Northwind'), MEETING).some((e) => e.kind === 'ruling')).toBe(false);
  });

  it('is listed under care for as long as it is kept, and asked only as far as they are free to talk, never as news', () => {
    const input = {
      company: company('Northwind'),
      clips: [ruling()],
      self: self({ name: 'Dana', targetRole: 'Quality manager', field: 'Food quality assurance' }),
      interview: { id: 'i', when: MEETING, durationMinutes: 30, status: 'planned' },
      now: MEETING,
    } as never;
    const q = BANK.find((t) => t.id === 'company.ruling')!.fill(signals(input))[0]!;
    expect(q.text).toBe(
      'Only if you are free to talk about it: the 2020 court ruling held Northwind liable for defective third-party heaters. What did it change in how teams like yours work?',
    );
    const sheet = buildPrepSheet(input);
    expect(sheet.careful[0]!.text).toMatch(/^A court ruling: “Northwind Liable for Defective/);
    expect(sheet.questions.some((x) => /launch/i.test(x.text))).toBe(false);
    expect(sheet.questions.find((x) => x.intent === 'ruling-care')?.mustAsk ?? false).toBe(false);
  });
});
