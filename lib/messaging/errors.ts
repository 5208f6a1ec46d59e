import { valueProblemInWords } from '../schema/issue-words';

/** An error with a message meant for the person using Rapport, and a code meant for tests. */
export class UserError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** Said when a typed person has no name to find them by: by the dossier, and by the forms before they ask it. */
export const NAME_FIRST = "Type the person's name first.";

const DISK_FULL = 'Your disk is full, so the browser refused to save. Nothing was saved; free some space and try again.';

/**
 * What to tell the person about any error: a sentence about what happened and what to do. Every
 * place an error can reach the user (notices, the popup, the badge's tooltip, import and export)
 * goes through this; raw browser, Dexie and Zod messages never do.
 */
export function userMessage(err: unknown): string {
  if (err instanceof UserError) return err.message;
  const e = innermost(err);
  const name = (e as { name?: unknown } | undefined)?.name;
  const text = e instanceof Error || (e && typeof e === 'object' && 'message' in e) ? String((e as Error).message) : String(e);
  if (name === 'QuotaExceededError' || /quota/i.test(text)) return DISK_FULL;
  if (name === 'ConstraintError')
    return 'Rapport refused to store two records with the same id or address, so nothing was saved. If this was an import, the file lists a record twice: export it again from the dossier it came from.';
  if (name === 'DataCloneError' || name === 'DataError')
    return 'Rapport tried to store a value the browser cannot keep, so nothing was saved. Try again; if it keeps happening, reload the page you were clipping.';
  if (name === 'DatabaseClosedError' || name === 'OpenFailedError' || name === 'VersionError' || name === 'VersionChangeError')
    return 'Rapport could not open its database (another window may have just updated it). Close this page or panel and open it again.';
  if (name === 'AbortError' || name === 'TransactionInactiveError' || name === 'PrematureCommitError')
    return 'The browser stopped the save before it finished, so nothing was saved. Try again.';
  if (name === 'ZodError' || (e && typeof e === 'object' && Array.isArray((e as { issues?: unknown }).issues))) {
    const issue = (e as { issues: Parameters<typeof valueProblemInWords>[0][] }).issues[0];
    return `Rapport refused ${issue ? valueProblemInWords(issue) : 'a value that does not fit'}, so nothing was saved. Correct it and try again.`;
  }
  if (/message (channel|port) closed|Receiving end does not exist|Could not establish connection/i.test(text))
    return "Rapport's background stopped before it answered (the browser pauses it when idle). Try again.";
  if (/Extension context invalidated/i.test(text))
    return 'Rapport was updated or reloaded while this page was open. Close it and open it again.';
  return `Something unexpected went wrong, so this did not finish. Try again; if it keeps happening, reload Rapport on the extensions page. (Details: ${text.slice(0, 200)})`;
}

/** The error underneath Dexie's wrappers: a transaction's `inner`, a bulk write's first failure. */
function innermost(err: unknown): unknown {
  let e = err;
  for (let i = 0; i < 5 && e && typeof e === 'object'; i++) {
    const o = e as { inner?: unknown; failures?: unknown[]; name?: string };
    if (o.name === 'BulkError' || o.name === 'ModifyError') {
      const first = o.failures?.find(Boolean) ?? Object.values((e as { failuresByPos?: object }).failuresByPos ?? {})[0];
      if (!first) break;
      e = first;
    } else if (o.inner) e = o.inner;
    else break;
  }
  return e;
}
