import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { UserError } from './errors';
import { type MessageType, protocol, Reply, type RequestOf, type ResponseOf } from './protocol';

/** Sends one typed request to the background and parses its answer; failures throw a UserError. */
export async function send<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const raw: unknown = await browser.runtime.sendMessage({ type, payload });
  const reply = Reply.safeParse(raw);
  if (!reply.success) throw new UserError('no-reply', "Rapport's background did not answer. Reload the extension and try again.");
  if (!reply.data.ok) throw new UserError(reply.data.error.code, reply.data.error.message);
  const data = (protocol[type].response as z.ZodMiniType).safeParse(reply.data.data);
  if (!data.success) throw new UserError('invalid-response', "Rapport's background gave an answer this page cannot read.");
  return data.data as ResponseOf<T>;
}
