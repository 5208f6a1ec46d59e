import type { PrepSheet } from '../../lib/prep/sheet';

/** A prep sheet with every list empty, for tests of how a sheet is printed or exported: give only what the test is about. */
export const bareSheet = (extra: Partial<Record<keyof PrepSheet, unknown>>): PrepSheet =>
  ({
    alreadyKnown: [],
    questions: [],
    reserve: [],
    hooks: [],
    careful: [],
    research: [],
    referrals: [],
    etiquette: { items: [] },
    intro: '',
    ...extra,
  }) as unknown as PrepSheet;
