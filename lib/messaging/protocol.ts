import { z } from 'zod/mini';
import { PageExtraction } from '../schema/page-extraction';
import { httpUrl, id, isoDate, lineText, shortText } from '../schema/common';

/**
 * Every message our pages send to the background: one request and one response schema per type.
 * The background parses what arrives with these and answers anything else with an error.
 */
const TabRequest = z.object({ tabId: z.int().check(z.nonnegative()) });

const CompanyRef = z.object({ id, name: shortText });

/** A record of the dossier a page claims to be (or belong to), which only the user may confirm. */
const Hint = z.object({ id, name: shortText, reason: lineText });

export const PreviewResponse = z.object({
  extraction: PageExtraction,
  /** The clip of this URL already in the dossier, if any. */
  existingClip: z.optional(z.object({ id, capturedAt: z.number() })),
  /** The company the clip would join (found, or created under this name). */
  company: z.optional(z.object({ id: z.optional(id), name: shortText })),
  /** Identities the page claims but does not own (lib/db/trust.ts): offered, never applied. */
  hints: z.optional(z.object({ company: z.optional(Hint), person: z.optional(Hint) })),
  /**
   * When a story does not say which company it is about, or names one the dossier does not
   * know: the company the user is researching, offered in the picker.
   */
  suggested: z.optional(z.object({ id, name: shortText, reason: z.enum(['meeting', 'recent']) })),
  extractMs: z.number(),
  /** What the clip will lack because a second reading failed (lib/background/tab-clipper.ts MISSED). */
  partial: z.optional(lineText),
});
export type PreviewResponse = z.infer<typeof PreviewResponse>;

export const SaveRequest = z.object({
  tabId: z.int().check(z.nonnegative()),
  /** The extraction as reviewed (and perhaps corrected) by the user; absent means extract now. */
  extraction: z.optional(PageExtraction),
  companyId: z.optional(id),
  /** The person the user confirmed a profile page is about (a hint they accepted). */
  personId: z.optional(id),
});

export const SaveResponse = z.object({
  status: z.enum(['created', 'updated']),
  clipId: id,
  companyId: z.optional(id),
  companyName: z.optional(shortText),
  companyCreated: z.boolean(),
  personId: z.optional(id),
  personName: z.optional(shortText),
});
export type SaveResponse = z.infer<typeof SaveResponse>;

/** What the popup shows about a page already in the dossier: the next meeting and its must-asks. */
export const ContextResponse = z.object({
  companyId: z.optional(id),
  companyName: z.optional(shortText),
  personId: z.optional(id),
  personName: z.optional(shortText),
  /** The person of this page is one of the user's LinkedIn connections. */
  connection: z.optional(z.object({ since: z.optional(isoDate), company: z.optional(shortText), position: z.optional(shortText) })),
  next: z.optional(
    z.object({
      interviewId: id,
      when: z.number(),
      timeZone: shortText,
      where: z.optional(lineText),
      durationMinutes: z.number(),
      who: z.optional(shortText),
      mustAsk: z.array(lineText).check(z.maxLength(10)),
    }),
  ),
});
export type ContextResponse = z.infer<typeof ContextResponse>;

/** Whom the user knows at a company: a dossier company by id, or what a page says about one. */
export const KnownRequest = z.object({
  companyId: z.optional(id),
  name: z.optional(shortText),
  domains: z.optional(z.array(shortText).check(z.maxLength(20))),
  linkedinUrl: z.optional(httpUrl),
  /** The person whose page this is: not counted among "people you know there". */
  exceptPersonId: z.optional(id),
});

export const KnownPersonSchema = z.object({
  id,
  name: shortText,
  position: z.optional(shortText),
  company: z.optional(shortText),
  since: z.optional(isoDate),
  profileUrl: z.optional(shortText),
  strength: z.enum(['exact', 'likely']),
  commonGround: z.array(lineText).check(z.maxLength(20)),
});

export const KnownResponse = z.object({
  companyId: z.optional(id),
  companyName: z.optional(shortText),
  /** The first few, surest first. */
  people: z.array(KnownPersonSchema).check(z.maxLength(50)),
  total: z.int(),
});
export type KnownResponse = z.infer<typeof KnownResponse>;

export const protocol = {
  preview: { request: TabRequest, response: PreviewResponse },
  save: { request: SaveRequest, response: SaveResponse },
  companies: { request: z.object({}), response: z.array(CompanyRef) },
  context: { request: z.object({ url: z.string().check(z.maxLength(4_000)) }), response: ContextResponse },
  known: { request: KnownRequest, response: KnownResponse },
} as const;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = z.infer<Protocol[T]['request']>;
export type ResponseOf<T extends MessageType> = z.infer<Protocol[T]['response']>;

export const MESSAGE_TYPES = Object.keys(protocol) as MessageType[];

export const Envelope = z.object({ type: z.enum(MESSAGE_TYPES as [MessageType, ...MessageType[]]), payload: z.unknown() });

export const ErrorBody = z.object({ code: shortText, message: lineText });
export type ErrorBody = z.infer<typeof ErrorBody>;

export const Reply = z.union([z.object({ ok: z.literal(true), data: z.unknown() }), z.object({ ok: z.literal(false), error: ErrorBody })]);
export type Reply = z.infer<typeof Reply>;

/** Messages above this size are refused before parsing: no page yields more than this. */
export const MAX_MESSAGE_CHARS = 1_500_000;
