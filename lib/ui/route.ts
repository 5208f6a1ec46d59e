import { useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { id } from '../schema/common';

/** Where the side panel is. The popup sets it (storage.session) before opening the panel. */
export const Route = z.union([
  z.object({ name: z.literal('company'), id: z.optional(id) }),
  z.object({ name: z.literal('person'), id }),
  z.object({ name: z.literal('plan'), personId: z.optional(id), companyId: z.optional(id) }),
  z.object({ name: z.literal('prep'), id }),
  z.object({ name: z.literal('meetings') }),
  z.object({ name: z.literal('pipeline') }),
  z.object({ name: z.literal('search') }),
]);
export type Route = z.infer<typeof Route>;

const KEY = 'rapport:route';

/** Asks the side panel (open now or next) to show this view. */
export async function requestRoute(route: Route): Promise<void> {
  await browser.storage.session.set({ [KEY]: { ...route, at: Date.now() } });
}

/** The side panel's current view, following requests from the popup. */
export function useRoute(): [Route, (r: Route) => void] {
  const [route, setRoute] = useState<Route>({ name: 'company' });
  useLayoutEffect(() => {
    const apply = (value: unknown) => {
      const parsed = Route.safeParse(value);
      if (parsed.success) setRoute(parsed.data);
    };
    void browser.storage.session.get(KEY).then(
      (v) => apply(v[KEY]),
      () => {},
    );
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && changes[KEY]) apply(changes[KEY].newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return [route, setRoute];
}
