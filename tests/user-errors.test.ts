import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from 'zod/mini';
import { importDossier, parseDossierFile } from '../lib/db/import';
import { exportDossier } from '../lib/db/export';
import { saveClip } from '../lib/db/save-clip';
import { send } from '../lib/messaging/client';
import { userMessage } from '../lib/messaging/errors';
import { companyPage, freshDb } from './helpers/factories';

/** A message a person can act on: a sentence, no API name, no stack, no Zod or Dexie wording. */
function expectSentence(message: string) {
  expect(message).toMatch(/^[A-Z“"].*[.)]$/s);
  expect(message).not.toMatch(/bulkAdd|bulkPut|operations failed|channel closed|Receiving end|DOMException|ZodError|too_big|at [\w.]+ \(/);
}

describe('finding 8: every error a user can see is a sentence about what happened and what to do', () => {
  it('"message channel closed" when the service worker stops becomes a sentence (popup and side panel)', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(
      new Error(
        'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
      ),
    );
    const err = await send('companies', {}).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/background stopped.*Try again/);
    expectSentence((err as Error).message);
  });

  it('"Receiving end does not exist" becomes a sentence', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    const err = await send('companies', {}).catch((e: unknown) => e);
    expectSentence((err as Error).message);
  });

  it("Dexie's BulkError on a bad import becomes a sentence", async () => {
    const db = freshDb();
    await saveClip(db, companyPage('https://bulk.example/', { name: 'Bulk' }));
    const parsed = parseDossierFile(JSON.stringify(await exportDossier(db)));
    if (!parsed.ok) throw new Error(parsed.error);
    // Two records with one id reach the database only past the parse: Dexie then throws a BulkError.
    const twice = { ...parsed.data, companies: [...parsed.data.companies, ...parsed.data.companies] };
    const err = await importDossier(db, twice, 'replace').catch((e: unknown) => e);
    expect((err as Error).name).toBe('BulkError');
    const message = userMessage(err);
    expect(message).toMatch(/same id/);
    expectSentence(message);
  });

  it.each([
    ['a full disk', new DOMException('The quota has been exceeded.', 'QuotaExceededError'), /disk is full/],
    [
      'a full disk inside a bulk write',
      new Dexie.BulkError('bulkPut(): 1 of 1 operations failed', { 0: new DOMException('quota', 'QuotaExceededError') }),
      /disk is full/,
    ],
    ['a closed database', new Dexie.DatabaseClosedError('Database has been closed'), /close .* open it again/i],
    ['a value the browser cannot store', new DOMException('could not be cloned', 'DataCloneError'), /cannot keep/],
    ['an update that arrived while the page was open', new Error('Extension context invalidated.'), /reloaded.*open it again/],
    ['a schema refusal', z.object({ name: z.string().check(z.maxLength(3)) }).safeParse({ name: 'toolong' }).error, /longer than 3/],
    ['anything else', new TypeError("Cannot read properties of undefined (reading 'x')"), /Try again/],
  ])('%s', (_label, err, message) => {
    const text = userMessage(err);
    expect(text).toMatch(message);
    expectSentence(text);
  });
});
