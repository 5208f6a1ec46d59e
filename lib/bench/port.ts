import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { timedClip } from '../background/timed-clip';
export type { ClipTimings } from '../background/timed-clip';
import type { TabAccess } from '../background/tab-clipper';
import type { RapportDb } from '../db/database';
import { userMessage } from '../messaging/errors';

/**
 * The benchmark's timed clip (tests/bench), kept out of the production protocol: a port of its
 * own, opened by the bench page, listened to only by the e2e build's background.
 */
export const BENCH_PORT = 'rapport-bench';

const BenchRequest = z.object({ tabId: z.int().check(z.nonnegative()) });

export function listenForBench(db: RapportDb, tabs: TabAccess): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== BENCH_PORT || port.sender?.id !== browser.runtime.id) return;
    port.onMessage.addListener((message: unknown) => {
      const request = BenchRequest.safeParse(message);
      if (!request.success) return port.postMessage({ ok: false, error: 'A bench request is { tabId }.' });
      timedClip(db, tabs, request.data.tabId).then(
        (data) => port.postMessage({ ok: true, data }),
        (err: unknown) => port.postMessage({ ok: false, error: userMessage(err) }),
      );
    });
  });
}
