import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../lib/background/handlers';
import type { TabAccess } from '../lib/background/tab-clipper';
import { readDossier } from '../lib/db/dossier-data';
import { saveClip } from '../lib/db/save-clip';
import { dispatch } from '../lib/messaging/server';
import { MESSAGE_TYPES } from '../lib/messaging/protocol';
import { companyPage, freshDb } from './helpers/factories';

const self = { id: 'rapport-id', origin: 'chrome-extension://rapport-id/' };
const popup = { id: 'rapport-id', url: 'chrome-extension://rapport-id/popup.html' };

// A tab that refuses to be read: nothing a message says can reach the page or the dossier.
const noTabs: TabAccess = {
  getTab: async () => {
    throw new Error('No tab with id');
  },
  runClipper: async () => {
    throw new Error('No tab with id');
  },
};

/** Messages shaped like ours but wrong somewhere, and messages of any shape at all. */
const malformed = fc.oneof(
  fc.anything(),
  fc.record({ type: fc.string(), payload: fc.anything() }),
  fc.record({ type: fc.constantFrom(...MESSAGE_TYPES), payload: fc.anything() }),
  fc.record({
    type: fc.constant('save'),
    payload: fc.record(
      {
        tabId: fc.oneof(fc.integer(), fc.double(), fc.string()),
        extraction: fc.record(
          {
            kind: fc.string(),
            url: fc.oneof(fc.webUrl(), fc.constant('javascript:alert(1)'), fc.string()),
            title: fc.string({ maxLength: 3000 }),
            extractor: fc.string(),
            sources: fc.anything(),
          },
          { requiredKeys: [] },
        ),
        companyId: fc.string(),
      },
      { requiredKeys: [] },
    ),
  }),
  fc.record({ type: fc.constant('context'), payload: fc.record({ url: fc.string({ maxLength: 5000 }) }) }),
);

describe('the message boundary', () => {
  it('answers 500+ generated malformed messages with an error, and the dossier does not change', async () => {
    const db = freshDb();
    await saveClip(db, companyPage('https://existing.example/', { name: 'Existing' }));
    const before = await readDossier(db);
    const handlers = createHandlers(db, noTabs);
    let errors = 0;
    await fc.assert(
      fc.asyncProperty(malformed, async (message) => {
        const reply = await dispatch(handlers, message, popup, self);
        // Only the read-only "context" and "companies" may succeed; nothing may write.
        if (!reply.ok) errors++;
        return true;
      }),
      { numRuns: 600, seed: 20261126 },
    );
    expect(errors).toBeGreaterThan(400);
    expect(await readDossier(db)).toEqual(before);
  });

  it('refuses every message type from a sender that is not one of our pages', async () => {
    const db = freshDb();
    const handlers = createHandlers(db, noTabs);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...MESSAGE_TYPES),
        fc.oneof(fc.constant(undefined), fc.webUrl(), fc.constant('chrome-extension://other/popup.html')),
        async (type, url) => {
          const reply = await dispatch(handlers, { type, payload: {} }, { id: url?.includes('other') ? 'other' : 'rapport-id', url }, self);
          return !reply.ok && reply.error.code === 'forbidden-sender';
        },
      ),
      { numRuns: 100 },
    );
  });
});
