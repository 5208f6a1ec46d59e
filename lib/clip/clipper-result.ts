import { z } from 'zod/mini';

/** What the injected clipper returns. The extraction itself is parsed separately, with its own schema. */
export const ClipperResult = z.union([
  z.object({ ok: z.literal(true), extraction: z.unknown(), ms: z.number() }),
  z.object({
    ok: z.literal(false),
    code: z.enum(['not-html', 'failed']),
    detail: z.string().check(z.maxLength(500)),
  }),
]);
export type ClipperResult = z.infer<typeof ClipperResult>;
