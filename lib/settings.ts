import { browser } from 'wxt/browser';
import { z } from 'zod/mini';

/** User settings, in storage.local (small, synced across the extension's pages). */
export const Settings = z.object({
  /** Weeks after a meeting to remind the user to check in. */
  checkInWeeks: z.int().check(z.minimum(1), z.maximum(26)),
  /** The welcome page has been shown once. */
  welcomed: z.optional(z.boolean()),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { checkInWeeks: 3 };
/** Where the settings live in storage.local (the background watches it). */
export const SETTINGS_KEY = 'rapport:settings';

export async function readSettings(): Promise<Settings> {
  const raw = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  const parsed = Settings.safeParse({ ...DEFAULT_SETTINGS, ...(raw && typeof raw === 'object' ? raw : {}) });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function writeSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = Settings.parse({ ...(await readSettings()), ...patch });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}
