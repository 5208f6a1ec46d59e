import { storage } from 'wxt/utils/storage';
import { z } from 'zod/mini';

/** User settings, in storage.local (small, shared by the extension's pages). */
export const Settings = z.object({
  /** Weeks after a meeting to remind the user to check in. */
  checkInWeeks: z.int().check(z.minimum(1), z.maximum(26)),
  /** The welcome page has been shown once. */
  welcomed: z.optional(z.boolean()),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { checkInWeeks: 3 };

/**
 * WXT's typed, versioned item over the key Rapport always used (`rapport:settings` in
 * storage.local). A later shape change adds `version: 2` and a migration here.
 */
const settingsItem = storage.defineItem<Partial<Settings>>('local:rapport:settings', { fallback: {}, version: 1 });

/** What is stored, over the defaults, checked: a damaged value reads as the defaults. */
function parse(raw: unknown): Settings {
  const parsed = Settings.safeParse({ ...DEFAULT_SETTINGS, ...(raw && typeof raw === 'object' ? raw : {}) });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function readSettings(): Promise<Settings> {
  return parse(await settingsItem.getValue());
}

export async function writeSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = Settings.parse({ ...(await readSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

/** Calls `onChange` whenever the settings change, from any page (the background moves the reminders). */
export function watchSettings(onChange: () => void): () => void {
  return settingsItem.watch(() => onChange());
}
