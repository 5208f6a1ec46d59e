import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { UserError, userMessage } from './errors';
import { type MessageType, protocol, Reply, type RequestOf, type ResponseOf } from './protocol';

/**
 * The longest the background may take to answer. It times out its own slow steps (reading a busy
 * page) before this, so this fires only when the background itself is stuck or gone.
 */
export const SEND_TIMEOUT_MS = 60_000;

/** Sends one typed request to the background and parses its answer; every failure throws a UserError in plain words. */
export async function send<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  let raw: unknown;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    raw = await Promise.race([
      browser.runtime.sendMessage({ type, payload }),
      new Promise((_, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new UserError('no-reply', "Rapport's background did not answer in time. Try again; if it keeps happening, reload Rapport."),
            ),
          SEND_TIMEOUT_MS,
        );
      }),
    ]);
  } catch (err) {
    throw new UserError('no-reply', userMessage(err));
  } finally {
    clearTimeout(timer);
  }
  const reply = Reply.safeParse(raw);
  if (!reply.success) throw new UserError('no-reply', "Rapport's background did not answer. Reload the extension and try again.");
  if (!reply.data.ok) throw new UserError(reply.data.error.code, reply.data.error.message);
  const data = (protocol[type].response as z.ZodMiniType).safeParse(reply.data.data);
  if (!data.success) throw new UserError('invalid-response', "Rapport's background gave an answer this page cannot read.");
  return data.data as ResponseOf<T>;
}
