import { z } from 'zod/mini';

/** What the injected clipper returns. The extraction itself is parsed separately, with its own schema. */
export const ClipperResult = z.union([
  z.object({
    ok: z.literal(true),
    extraction: z.unknown(),
    ms: z.number(),
    needsReadable: z.optional(z.boolean()),
    needsDetails: z.optional(z.boolean()),
    needsPosts: z.optional(z.boolean()),
  }),
  z.object({
    ok: z.literal(false),
    code: z.enum(['not-html', 'failed']),
    detail: z.string().check(z.maxLength(500)),
  }),
]);
export type ClipperResult = z.infer<typeof ClipperResult>;

const text = (max: number) => z.optional(z.nullable(z.string().check(z.maxLength(max))));

const line = z.string().check(z.maxLength(2_000));
const names = z.array(line).check(z.maxLength(200));

/** The story's text and what the article's reading knew, for the background to read its company and people from (lib/extract/article/story-facts.ts). */
export const StoryCluesSchema = z.object({
  title: z.string().check(z.maxLength(2_000)),
  paragraphs: z.array(z.string().check(z.maxLength(100_000))).check(z.maxLength(5_000)),
  listed: z.optional(names),
  authors: z.optional(names),
  known: z.optional(line),
  rank: z.optional(
    z.object({
      excerpt: z.optional(z.string().check(z.maxLength(20_000))),
      exclude: names,
      keywords: z.optional(z.array(line).check(z.maxLength(1_000))),
      mentions: z.optional(names),
      lang: z.optional(z.string().check(z.maxLength(40))),
      favoured: z.optional(line),
      fallback: z.optional(line),
    }),
  ),
  siteNames: names,
  own: z.boolean(),
  announced: z.boolean(),
});

/**
 * What the article script returns: the page's extraction read in full (parsed with its own
 * schema) with the clues to the story's company, or — when that reading failed — Readability's
 * main text and byline, capped.
 */
export const ReadableResult = z.object({
  ok: z.literal(true),
  ms: z.number(),
  extraction: z.optional(z.unknown()),
  // Parsed apart (StoryCluesSchema): clues it refuses cost the story its company, not its reading.
  clues: z.optional(z.unknown()),
  detail: z.optional(z.string().check(z.maxLength(500))),
  readable: z.nullable(
    z.object({
      text: text(200_000),
      byline: text(2_000),
      excerpt: text(20_000),
      siteName: text(300),
      publishedAt: text(40),
      title: text(2_000),
    }),
  ),
});

/** What the company-details script returns: the page's extraction again, with its details (parsed with its own schema). */
export const DetailsResult = z.union([
  // `pageLines`: the page's own lines (the background reads the facts, offerings and people its
  // sentences and labelled lines state from them: lib/extract/company-prose.ts).
  // `profileLinks`: the page's personal LinkedIn links, for the people its sentences name.
  // `summaryHints`: the page's meta lines, against which the summary is checked (lib/extract/summary-hints.ts).
  z.object({
    ok: z.literal(true),
    ms: z.number(),
    extraction: z.unknown(),
    pageLines: z.optional(z.string().check(z.maxLength(200_000))),
    profileLinks: z.optional(z.array(z.string().check(z.maxLength(2_000))).check(z.maxLength(200))),
    summaryHints: z.optional(
      z.object({
        og: z.optional(z.string().check(z.maxLength(5_000))),
        description: z.optional(z.string().check(z.maxLength(5_000))),
        about: z.optional(z.boolean()),
      }),
    ),
  }),
  z.object({ ok: z.literal(false), detail: z.string().check(z.maxLength(500)) }),
]);

/** What the LinkedIn posts script returns: the person's own posts (checked with the extraction's schema once added to it). */
export const PostsResult = z.union([
  z.object({ ok: z.literal(true), ms: z.number(), posts: z.array(z.unknown()).check(z.maxLength(50)) }),
  z.object({ ok: z.literal(false), detail: z.string().check(z.maxLength(500)) }),
]);
