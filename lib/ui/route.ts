import { useLayoutEffect, useState } from 'preact/hooks';
import { storage } from 'wxt/utils/storage';
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
  z.object({ name: z.literal('unattached') }),
]);
export type Route = z.infer<typeof Route>;

/** The request, with when it was made (the same view asked twice is still a change). */
const routeItem = storage.defineItem<Route & { at: number }>('session:rapport:route');

/** Asks the side panel (open now or next) to show this view. */
export async function requestRoute(route: Route): Promise<void> {
  await routeItem.setValue({ ...route, at: Date.now() });
}

/**
 * The side panel's current view, following requests from the popup: nothing until the stored
 * request is read (the company view when there is none). A panel opened on a prep sheet used to
 * start the company view first, reading the newest company's hundreds of clips, only to drop it a
 * moment later, while the sheet waited for the same thread.
 */
export function useRoute(): [Route | undefined, (r: Route) => void] {
  const [route, setRoute] = useState<Route>();
  useLayoutEffect(() => {
    // Whatever is stored is checked: another version of the extension may have written it.
    const apply = (value: unknown) => {
      const parsed = Route.safeParse(value);
      if (parsed.success) setRoute(parsed.data);
    };
    const orCompany = () => setRoute((r) => r ?? { name: 'company' });
    routeItem.getValue().then(
      (value) => {
        apply(value);
        orCompany();
      },
      (err: unknown) => {
        console.warn('Rapport: the requested view could not be read; showing the company view.', err);
        orCompany();
      },
    );
    return routeItem.watch(apply);
  }, []);
  return [route, setRoute];
}
