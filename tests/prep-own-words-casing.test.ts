import { describe, expect, it } from 'vitest';
import { prepSheetMarkdown } from '../lib/prep/markdown';
import { buildPrepSheet } from '../lib/prep/sheet';
import { company, self } from './helpers/prep-records';

describe('the user’s field and role keep the casing they typed, on the whole sheet (issue 11 §9)', () => {
  it.each([
    ['Craft brewing', 'Senior Flutter developer', 'craft brewing'],
    ['craft brewing', 'senior flutter developer', 'craft brewing'],
  ])('%s / %s', (typed, targetRole, field) => {
    const sheet = buildPrepSheet({
      company: company('Northside Distillery'),
      clips: [],
      self: self({ name: 'Luis', schools: ['Harper College'], field: typed, targetRole }),
      now: Date.UTC(2023, 10, 1),
    });
    const md = prepSheetMarkdown(sheet);
    // Every time the sheet says them, it says them as typed: never lowered, never capitalised (ui21:
    // "power distribution engineer work" in one line, "Power distribution engineer roles" in the next).
    const said = (words: string) => [...md.matchAll(new RegExp(words, 'gi'))].map((m) => m[0]);
    expect(said(targetRole).length).toBeGreaterThanOrEqual(2);
    expect(new Set(said(targetRole))).toEqual(new Set([targetRole]));
    expect(new Set(said(field))).toEqual(new Set([field]));
  });

  // The open decision (issue 11 §9, txt22): "my background is in Craft brewing" mid-sentence. Decided
  // (prep49): typed in sentence case, a first word that is a common word of work loses the capital a
  // form gives it ("craft brewing", "a head brewer role"); a word that may be a name keeps it ("German
  // literature", "Java developer": a lowered name is an error, so only known common words are lowered,
  // lib/text/role-words.ts), and so do acronyms and words with capitals of their own.
  it.each([
    ['Craft brewing', 'Head brewer', 'craft brewing', 'a head brewer'],
    ['German literature', 'Java developer', 'German literature', 'a Java developer'],
    ['Automotive design', 'UX designer', 'automotive design', 'a UX designer'],
    ['Product design', 'Data Engineer', 'product design', 'a Data Engineer'],
  ])('the intro and why-this-person say %s / %s mid-sentence as a person writes them', (field, targetRole, fieldSaid, roleSaid) => {
    const sheet = buildPrepSheet({
      company: company('Northside Distillery'),
      clips: [],
      self: self({ name: 'Luis', schools: ['Harper College'], field, targetRole }),
      now: Date.UTC(2023, 10, 1),
    });
    expect(sheet.intro).toContain(`I'm Luis; my background is in ${fieldSaid} and I studied at Harper College.`);
    expect(sheet.intro).toContain(`I'm working towards a move into ${roleSaid} role.`);
    expect(sheet.why).toContain(`how close they sit to ${roleSaid.replace(/^an? /, '')} work.`);
  });

  it('a sentence the user’s words open still starts with a capital, their words as typed', () => {
    const sheet = buildPrepSheet({
      company: company('Northside Distillery'),
      clips: [],
      self: self({ schools: [], field: 'craft brewing', targetRole: 'head brewer' }),
      now: Date.UTC(2023, 10, 1),
    });
    expect(sheet.intro).toContain('Thank you for making time for this. My background is in craft brewing.');
    // Every sentence of the intro and the why opens on a capital.
    expect(sheet.why).toBeTruthy();
    for (const text of [sheet.intro, sheet.why ?? '']) for (const s of text.split(/(?<=[.!?])\s+/)) expect(s).toMatch(/^\p{Lu}/u);
  });
});
