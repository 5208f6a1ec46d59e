import type { LogEntry, Person } from '../schema/dossier';

const DAY = 86_400_000;
/** About a week without a reply: time for one short nudge. */
export const NUDGE_AFTER_DAYS = 7;

export interface AwaitingReply {
  /** The first message of this approach (the ask, or the connection note). */
  first: LogEntry;
  /** The last message sent, which may be the nudge. */
  last: LogEntry;
  /** Whether a nudge was sent already. */
  nudged: boolean;
  /** Whole days since the last message. */
  days: number;
  /** When the nudge is due (or, after a nudge, when to stop waiting), epoch ms. */
  due: number;
}

/**
 * Whether the person owes a reply: the messages sent since their last reply (or since the start
 * of the log), none of them answered. Undefined when they replied, or nothing was sent.
 */
export function awaitingReply(p: Pick<Person, 'log'>, now: number): AwaitingReply | undefined {
  const log = p.log ?? [];
  let lastReply = -1;
  log.forEach((e, i) => {
    if (e.kind === 'replied' || e.kind === 'scheduled' || e.kind === 'met') lastReply = i;
  });
  const sent = log.slice(lastReply + 1).filter((e) => e.kind === 'messaged');
  if (!sent.length) return undefined;
  const first = sent[0]!;
  const last = sent[sent.length - 1]!;
  const nudged = sent.some((e) => e.draft === 'nudge') || sent.length > 1;
  return {
    first,
    last,
    nudged,
    days: Math.max(0, Math.floor((now - last.at) / DAY)),
    due: last.at + NUDGE_AFTER_DAYS * DAY,
  };
}
