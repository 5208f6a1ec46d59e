/** Caps on every string that crosses a boundary; pages are written by strangers. */
export const LIMITS = {
  short: 300,
  line: 2_000,
  paragraph: 20_000,
  url: 4_000,
  text: 200_000,
  list: 500,
} as const;
