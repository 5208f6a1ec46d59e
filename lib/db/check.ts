import type { z } from 'zod/mini';
import { UserError } from '../messaging/errors';
import { issueInWords } from '../schema/issue-words';

export type TableName = 'companies' | 'people' | 'clips' | 'interviews' | 'questions' | 'self';

/**
 * A record about to be written, checked against its schema, so that nothing stored can fail its
 * own export (or a restore of it). Throws a UserError naming the record in plain words; the
 * transaction it runs in then writes nothing.
 */
export function checked<T>(schema: z.ZodMiniType<T>, table: TableName, record: T, doing: string): T {
  const r = schema.safeParse(record);
  if (r.success) return record;
  const issue = r.error.issues[0]!;
  const where = table === 'self' ? { self: record } : { [table]: [record] };
  const path = table === 'self' ? ['self', ...issue.path] : [table, 0, ...issue.path];
  throw new UserError('invalid-record', `${doing}: ${issueInWords({ ...issue, path }, where)}. Nothing was saved.`);
}
