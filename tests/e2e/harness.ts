import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');
export const PROD_BUILD = join(ROOT, '.output/chrome-mv3');

export function chromiumPath(): string {
  for (const p of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) if (p && existsSync(p)) return p;
  return execFileSync('which', ['chromium']).toString().trim();
}

/** A page served at a real-looking address: every host resolves to our server (see launch). */
export type Routes = Record<string, string | { file: string; type?: string } | { body: string; type: string }>;

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  cdp: CDPSession;
  /** The page Rapport opened by itself on install, if any. */
  firstRunUrl?: string;
  serverUrl(path: string): string;
  /** An extension page opened in an ordinary tab. */
  extensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Debian's Chromium with the built extension. Every host name resolves to one local server that
 * answers with fixture pages by host and path, so pages are clipped at their real addresses
 * (over http) and nothing leaves the machine.
 */
/** Serves `routes` by host and path, http and https on one port, on 127.0.0.1. */
export async function serve(routes: Routes): Promise<{ port: number; close(): void }> {
  const handler: http.RequestListener = (req, res) => {
    const key = `${req.headers.host?.replace(/:\d+$/, '')}${(req.url ?? '/').split('?')[0]}`;
    const route = routes[key];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<title>Not found</title><h1>Not found</h1>');
      return;
    }
    let body: string | Buffer;
    let type: string | undefined;
    if (typeof route !== 'string' && 'body' in route) ({ body, type } = route);
    else {
      const file = typeof route === 'string' ? route : route.file;
      type = typeof route === 'string' ? undefined : route.type;
      // A string that starts like HTML is the page itself; anything else is a file of the repository.
      body = file.startsWith('<') ? file : readFileSync(resolve(ROOT, file));
    }
    res.writeHead(200, { 'content-type': type ?? 'text/html; charset=utf-8' }).end(body);
  };
  // One port speaks both http and https (HSTS-preloaded hosts such as wikipedia.org are always
  // fetched over https): the first byte of a TLS handshake is 0x16. The certificate is a
  // test-only one, accepted through --ignore-certificate-errors.
  const plain = http.createServer(handler);
  const tls = https.createServer(
    { key: readFileSync(join(ROOT, 'tests/e2e/tls/test-only.key')), cert: readFileSync(join(ROOT, 'tests/e2e/tls/test-only.crt')) },
    handler,
  );
  const server = net.createServer({ pauseOnConnect: true }, (socket) => {
    socket.once('readable', () => {
      const first = socket.read(1) as Buffer | null;
      if (!first) return socket.destroy();
      socket.unshift(first);
      (first[0] === 0x16 ? tls : plain).emit('connection', socket);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { port: (server.address() as AddressInfo).port, close: () => server.close() };
}

/** Flags for headless Chromium here: quiet (no background traffic, updates or sync), no sandbox. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launch(extDir: string, routes: Routes): Promise<Harness> {
  const server = await serve(routes);
  const port = server.port;
  const profile = mkdtempSync(join(tmpdir(), 'rapport-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1200, height: 800 },
    args: [
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      ...CHROMIUM_ARGS,
      '--ignore-certificate-errors',
      // Lets the tests reinstall the extension (an update) through Extensions.loadUnpacked.
      '--enable-unsafe-extension-debugging',
      `--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE localhost`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const cdp = await context.browser()!.newBrowserCDPSession();
  // On first run Rapport opens its welcome page to offer the user's profile. Note it and close
  // it, so it does not steal the active tab from the tests.
  let firstRun: Page | undefined;
  for (let i = 0; i < 100 && !firstRun; i++) {
    firstRun = context.pages().find((p) => p.url().includes('/welcome.html'));
    if (!firstRun) await new Promise((r) => setTimeout(r, 50));
  }
  const firstRunUrl = firstRun?.url();
  await firstRun?.close();
  return {
    context,
    extensionId,
    cdp,
    firstRunUrl,
    serverUrl: (path) => `http://127.0.0.1:${port}${path}`,
    async extensionPage(path) {
      // In a window of its own: headless Chromium sizes a window to the viewport last emulated
      // in it, and a 360 px side panel tab would otherwise squeeze the popups of the page tabs.
      const url = `chrome-extension://${extensionId}/${path}`;
      const opened = context.waitForEvent('page', { predicate: (p) => p.url() === url || p.url() === 'about:blank' });
      await cdp.send('Target.createTarget', { url, newWindow: true } as never);
      const page = await opened;
      await page.waitForLoadState();
      return page;
    },
    async close() {
      await closing(context.close());
      server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A DevTools session on a target Playwright does not expose as a Page (the real popup, the side panel). */
export class TargetSession {
  private nextId = 0;
  private pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  private listeners = new Map<string, Array<(params: unknown) => void>>();

  /** Listens to a protocol event of this target (after enabling its domain). */
  on(method: string, listener: (params: unknown) => void): void {
    this.listeners.set(method, [...(this.listeners.get(method) ?? []), listener]);
  }

  private constructor(
    private readonly cdp: CDPSession,
    private readonly sessionId: string,
  ) {
    cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== this.sessionId) return;
      const msg = JSON.parse(event.message) as {
        id?: number;
        method?: string;
        params?: unknown;
        result?: unknown;
        error?: { message: string };
      };
      if (msg.method) for (const l of this.listeners.get(msg.method) ?? []) l(msg.params);
      const waiter = msg.id !== undefined ? this.pending.get(msg.id) : undefined;
      if (!waiter) return;
      this.pending.delete(msg.id!);
      if (msg.error) waiter.reject(new Error(msg.error.message));
      else waiter.resolve(msg.result);
    });
  }

  static async attach(cdp: CDPSession, targetId: string): Promise<TargetSession> {
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
    return new TargetSession(cdp, sessionId);
  }

  send<T = unknown>(method: string, params: object = {}): Promise<T> {
    const id = ++this.nextId;
    const done = new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
    void this.cdp.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) });
    return done;
  }

  /** Runs an expression in the page; `userGesture` makes it count as the user's click. */
  async evaluate<T = unknown>(expression: string, userGesture = false): Promise<T> {
    const r = await this.send<{ result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } }>(
      'Runtime.evaluate',
      {
        expression,
        awaitPromise: true,
        returnByValue: true,
        userGesture,
      },
    );
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return r.result.value;
  }

  async waitFor<T>(expression: string, timeoutMs = 20_000): Promise<T> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.evaluate<T>(expression).catch(() => undefined);
      if (value) return value;
      if (Date.now() > end) throw new Error(`timed out waiting for: ${expression}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async screenshot(path: string): Promise<void> {
    // A popup grows to its content after the first paint: wait until its width settles.
    let width = -1;
    for (let i = 0; i < 20; i++) {
      const w = await this.evaluate<number>('window.innerWidth');
      if (w === width && w > 200) break;
      width = w;
      await new Promise((r) => setTimeout(r, 100));
    }
    const { data } = await this.send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(path, Buffer.from(data, 'base64'));
  }
}

export interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/**
 * Waits for a close (a page, a target, the browser) that may find its object already gone: the
 * browser closed it first. Only that is expected; any other failure is thrown.
 */
export async function closing(done: Promise<unknown>): Promise<void> {
  try {
    await done;
  } catch (e) {
    if (!/closed|detached|no target|not found|no session/i.test(String(e))) throw e;
  }
}

export async function targets(cdp: CDPSession): Promise<TargetInfo[]> {
  // The empty filter includes `tab` targets, which the default leaves out.
  return ((await cdp.send('Target.getTargets', { filter: [{}] } as never)) as { targetInfos: TargetInfo[] }).targetInfos;
}

export async function waitForTarget(cdp: CDPSession, match: (t: TargetInfo) => boolean, timeoutMs = 10_000): Promise<TargetInfo> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const t = (await targets(cdp)).find(match);
    if (t) return t;
    if (Date.now() > end) throw new Error('target did not appear');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Clicks the toolbar button on `page` as a person would: the DevTools protocol's
 * Extensions.triggerAction opens the real popup with activeTab granted for that tab.
 */
export async function openPopup(h: Harness, page: Page): Promise<TargetSession> {
  await page.bringToFront();
  const pageTarget = (await targets(h.cdp)).find((t) => t.type === 'tab' && t.url === page.url());
  if (!pageTarget) throw new Error(`no target for ${page.url()}`);
  // A person has one popup at a time: close any left open by an earlier step.
  for (const t of (await targets(h.cdp)).filter((t) => t.type === 'page' && t.url.endsWith('/popup.html'))) {
    await closing(h.cdp.send('Target.closeTarget', { targetId: t.targetId }));
  }
  const before = new Set((await targets(h.cdp)).filter((t) => t.url.endsWith('/popup.html')).map((t) => t.targetId));
  await h.cdp.send('Extensions.triggerAction' as never, { id: h.extensionId, targetId: pageTarget.targetId } as never);
  const popup = await waitForTarget(h.cdp, (t) => t.type === 'page' && t.url.endsWith('/popup.html') && !before.has(t.targetId));
  const session = await TargetSession.attach(h.cdp, popup.targetId);
  await session.waitFor("document.querySelector('main') !== null");
  return session;
}

/** Reads every record of one object store of the extension's database, from an extension page. */
export async function readStore(page: Page, store: string): Promise<unknown[]> {
  return page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('rapport');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(name, 'readonly');
          const req = tx.objectStore(name).getAll();
          req.onsuccess = () => {
            resolve(req.result);
            open.result.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}

/** Clicks the first button whose text contains `label`, as the user's gesture. */
export async function clickButton(s: TargetSession, label: string): Promise<void> {
  await s.waitFor(
    `[...document.querySelectorAll('button')].some(b => b.textContent.includes(${JSON.stringify(label)}) && !b.disabled)`,
    30_000,
  );
  await s.evaluate(
    `[...document.querySelectorAll('button')].find(b => b.textContent.includes(${JSON.stringify(label)}) && !b.disabled).click()`,
    true,
  );
}

/** Types into the input or textarea labelled `label`, firing the events Preact listens to. */
export async function fillField(s: TargetSession, label: string, value: string): Promise<void> {
  await s.evaluate(`(() => {
    const l = [...document.querySelectorAll('label')].find(l => l.textContent.trim().startsWith(${JSON.stringify(label)}));
    const input = l.querySelector('input, textarea, select');
    const proto = Object.getPrototypeOf(input);
    Object.getOwnPropertyDescriptor(proto, 'value').set.call(input, ${JSON.stringify(value)});
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  })()`);
}

/** The status line after a save. */
export function statusText(s: TargetSession): Promise<string> {
  return s.waitFor<string>(`document.querySelector('[role=status]')?.textContent`);
}
