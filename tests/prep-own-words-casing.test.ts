import { describe, expect, it } from 'vitest';
import { prepSheetMarkdown } from '../lib/prep/markdown';
import { buildPrepSheet } from '../lib/prep/sheet';
import { company, self } from './helpers/prep-records';

describe('the user’s field and role keep the casing they typed, on the whole sheet (issue 11 §9)', () => {
  it.each([
    ['Craft brewing', 'Senior Flutter developer'],
    ['craft brewing', 'senior flutter developer'],
  ])('%s / %s', (field, targetRole) => {
    const sheet = buildPrepSheet({
      company: company('Northside Distillery'),
      clips: [],
      self: self({ name: 'Luis', schools: ['Harper College'], field, targetRole }),
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

  // The open decision (issue 11 §9, txt22): "my background is in Craft brewing" mid-sentence. Decided:
  // as typed. Lowering a leading capital needs knowing it is no proper noun ("German literature",
  // "Java development", "Salesforce administration" lose theirs wrongly), which nothing here can tell;
  // a kept capital is a matter of style the user can edit, a lowered name is an error.
  it.each([
    ['Craft brewing', 'Head brewer'],
    ['German literature', 'Java developer'],
  ])('the intro and why-this-person say %s / %s as typed mid-sentence', (field, targetRole) => {
    const sheet = buildPrepSheet({
      company: company('Northside Distillery'),
      clips: [],
      self: self({ name: 'Luis', schools: ['Harper College'], field, targetRole }),
      now: Date.UTC(2023, 10, 1),
    });
    expect(sheet.intro).toContain(`I'm Luis; my background is in ${field} and I studied at Harper College.`);
    expect(sheet.intro).toContain(`I'm working towards a move into a ${targetRole} role.`);
    expect(sheet.why).toContain(`how close they sit to ${targetRole} work.`);
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
