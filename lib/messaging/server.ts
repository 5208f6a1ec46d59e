import { UserError, userMessage } from './errors';
import { valueProblemInWords } from '../schema/issue-words';
import { Envelope, MAX_MESSAGE_CHARS, type MessageType, protocol, type Reply, type RequestOf, type ResponseOf } from './protocol';

export type Handlers = { [T in MessageType]: (request: RequestOf<T>, sender: SenderInfo) => Promise<ResponseOf<T>> };

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/**
 * Turns a message into a reply: the sender must be one of our own extension pages, the message
 * must fit its schema and size, and the handler's answer must fit the response schema. Anything
 * else is answered with an error and nothing is written.
 */
export async function dispatch(
  handlers: Handlers,
  message: unknown,
  sender: SenderInfo,
  self: { id: string; origin: string },
): Promise<Reply> {
  if (sender.id !== self.id || !sender.url?.startsWith(self.origin)) {
    return fail('forbidden-sender', "Only Rapport's own pages may ask this.");
  }
  let size = 0;
  try {
    size = JSON.stringify(message)?.length ?? 0;
  } catch {
    return fail('malformed', 'The message could not be read.');
  }
  if (size > MAX_MESSAGE_CHARS) return fail('too-large', 'The message is too large.');
  const envelope = Envelope.safeParse(message);
  if (!envelope.success) return fail('unknown-message', 'Unknown or malformed message.');
  const type = envelope.data.type;
  const request = protocol[type].request.safeParse(envelope.data.payload);
  if (!request.success) {
    // Reaches a person when a corrected field does not fit: say which, in words.
    const issue = request.error.issues[0];
    return fail(
      'invalid-request',
      `Rapport could not accept this: ${issue ? valueProblemInWords(issue) : 'a value that does not fit'}. Correct it and try again.`,
    );
  }
  try {
    const handler = handlers[type] as (r: unknown, s: SenderInfo) => Promise<unknown>;
    const data = await handler(request.data, sender);
    const checked = protocol[type].response.safeParse(data);
    if (!checked.success) return fail('invalid-response', `Rapport produced an invalid ${type} answer.`);
    return { ok: true, data: checked.data };
  } catch (err) {
    return fail(err instanceof UserError ? err.code : 'internal', userMessage(err));
  }
}

function fail(code: string, message: string): Reply {
  return { ok: false, error: { code, message: message.slice(0, 2_000) } };
}
