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
});
