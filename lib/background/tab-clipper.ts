import { ClipperResult, DetailsResult, PostsResult, ReadableResult, StoryCluesSchema } from '../clip/clipper-result';
import { withProseFacts } from '../extract/company-prose';
import { withStoryFacts } from '../extract/article/story-facts';
import { withoutPronunciations } from '../extract/pronunciation';
import { applyReadable } from '../extract/readable-merge';
import { FILE_ACCESS_MESSAGE, PDF_MESSAGE, unclippableReason } from '../clip/clippable';
import { UserError } from '../messaging/errors';
import { valueProblemInWords } from '../schema/issue-words';
import { type PageExtraction, PageExtraction as PageExtractionSchema } from '../schema/page-extraction';

export interface TabInfo {
  url?: string;
  title?: string;
  status?: string;
}

/** The two browser calls clipping needs, behind a seam so tests can stand in for the browser. */
export interface TabAccess {
  getTab(tabId: number): Promise<TabInfo | undefined>;
  /** Injects the clipper into the tab and returns what it returned. */
  runClipper(tabId: number): Promise<unknown>;
  /** Injects the Readability script (articles only) and returns what it returned. */
  runReadable?(tabId: number): Promise<unknown>;
  /** Injects the company-details script (a company's own pages only) and returns what it returned. */
  runDetails?(tabId: number): Promise<unknown>;
  /** Injects the LinkedIn posts script (LinkedIn profiles only) and returns what it returned. */
  runPosts?(tabId: number): Promise<unknown>;
}

const LOADING_WAIT_MS = 4_000;

/**
 * How long a page may keep Rapport waiting. The injected script runs on the page's main thread;
 * a page that never lets go of it (an endless loop, a frozen tab) would keep the popup, the badge
 * and the context menu waiting for ever.
 */
export const READ_TIMEOUT_MS = 12_000;

export const BUSY_MESSAGE = `This page is busy: its own scripts did not let Rapport read it within ${READ_TIMEOUT_MS / 1_000} seconds. Wait until it responds (or reload it), then try again.`;

/** `work`, or a UserError once `ms` have passed without an answer. */
function inTime<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new UserError('busy-page', BUSY_MESSAGE)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** Where the time of one extraction went; filled in when the benchmark asks. */
export interface ExtractTimings {
  injectMs: number;
  extractInPageMs: number;
  validateMs: number;
}

/** Injects the clipper into one tab and returns its extraction, validated, or a UserError saying why not. */
export async function extractTab(
  access: TabAccess,
  tabId: number,
  timings?: ExtractTimings,
): Promise<{ extraction: PageExtraction; ms: number; tab: TabInfo; partial?: string }> {
  let tab = await tabOrGone(access, tabId);
  // A page that is nearly done (a late image, a slow iframe) is worth a short wait; one that is
  // not done after it gets the "still loading" message.
  for (let waited = 0; tab?.status === 'loading' && waited < LOADING_WAIT_MS; waited += 100) {
    await new Promise((r) => setTimeout(r, 100));
    tab = await tabOrGone(access, tabId);
  }
  if (!tab) throw new UserError('no-tab', 'That tab is gone. Open the page again and retry.');
  const reason = unclippableReason(tab.url, tab.status);
  if (reason) throw new UserError('unclippable', reason);
  let raw: unknown;
  const t0 = performance.now();
  try {
    raw = await inTime(access.runClipper(tabId), READ_TIMEOUT_MS);
  } catch (err) {
    throw err instanceof UserError ? err : injectionError(err, tab.url);
  }
  const t1 = performance.now();
  const result = ClipperResult.safeParse(raw);
  if (!result.success) throw new UserError('clipper-failed', 'Rapport could not read this page. Reload it and try again.');
  if (!result.data.ok) {
    if (result.data.code === 'not-html') {
      throw new UserError(
        'unclippable',
        /pdf/i.test(result.data.detail) ? PDF_MESSAGE : `This is not a web page (${result.data.detail}); Rapport clips web pages.`,
      );
    }
    throw new UserError(
      'clipper-failed',
      `Rapport could not read this page: something in it stopped the reader. Reload the page and try again. (Details: ${result.data.detail.slice(0, 200)})`,
    );
  }
  const parsed = PageExtractionSchema.safeParse(result.data.extraction);
  if (!parsed.success) {
    throw new UserError(
      'invalid-extraction',
      `This page gave data Rapport refuses to store (${valueProblemInWords(parsed.error.issues[0]!)}), so nothing was saved. Clip another page of the site, or report this page.`,
    );
  }
  // Every trust decision starts from the page's address: it must be the one the browser shows
  // for the tab, not one the page's content could suggest.
  if (!sameOrigin(parsed.data.url, tab.url)) {
    throw new UserError('tab-changed', 'This tab moved to another site while Rapport read it. Open Rapport again on the page you want.');
  }
  let extraction = parsed.data;
  let ms = result.data.ms;
  // What a second reading could not add: the clip is still saved with the first reading, and the
  // user is told what it lacks (a swallowed failure would look like a page with nothing more to say).
  const missed: string[] = [];
  if (result.data.needsReadable) {
    // An article: its main text comes from Readability, injected now and only now.
    // If that fails or the page is too busy, the clip keeps the page's own text.
    const r = ReadableResult.safeParse(await secondReading(access, 'runReadable', tabId));
    if (access.runReadable && !r.success) missed.push(MISSED.readable);
    const full = r.success && r.data.extraction !== undefined ? PageExtractionSchema.safeParse(r.data.extraction) : undefined;
    // (A recruiter's page for one role reads like a story: the article script may return it as a posting.)
    if (full?.success && (full.data.kind === 'article' || full.data.kind === 'job-posting') && full.data.url === extraction.url) {
      // The story's company and its people are read here, from the text the script returned
      // (lib/extract/article/story-facts.ts); checked again, as everything the clip keeps.
      // Clues the schema refuses cost the story its company, and the user is told (never silently).
      const clues = r.success && r.data.clues !== undefined ? StoryCluesSchema.safeParse(r.data.clues) : undefined;
      if (clues && !clues.success) missed.push(MISSED.clues);
      const told = PageExtractionSchema.safeParse(withStoryFacts(full.data, clues?.data));
      extraction = told.success ? told.data : full.data;
      ms += r.success ? r.data.ms : 0;
    } else if (r.success && r.data.readable) {
      const merged = PageExtractionSchema.safeParse(applyReadable(extraction, withoutNulls(r.data.readable)));
      if (merged.success) extraction = merged.data;
      ms += r.data.ms;
    }
  }
  if (result.data.needsDetails) {
    // A company's own page: its people, products and address come from a second script,
    // injected now and only now. If that fails or the page is too busy, the clip keeps the first reading.
    const d = DetailsResult.safeParse(await secondReading(access, 'runDetails', tabId));
    const detailed = d.success && d.data.ok ? PageExtractionSchema.safeParse(d.data.extraction) : undefined;
    if (access.runDetails && !detailed?.success) missed.push(MISSED.details);
    if (d.success && d.data.ok && detailed) {
      // The details script may find the page is one vacancy (lib/extract/vacancy-page.ts): a job posting then.
      if (detailed.success && detailed.data.kind === 'job-posting' && extraction.kind === 'company-page') {
        extraction = detailed.data;
        ms += d.data.ms;
      } else if (detailed.success && detailed.data.kind === extraction.kind) {
        // What its sentences and labelled lines state is read here, from the lines the script returned
        // (lib/extract/company-prose.ts); checked again, as everything the clip keeps.
        const withProse = PageExtractionSchema.safeParse(
          withProseFacts(detailed.data, d.data.pageLines, d.data.profileLinks, d.data.summaryHints),
        );
        extraction = withProse.success ? withProse.data : detailed.data;
        ms += d.data.ms;
      }
    }
  }
  if (result.data.needsPosts && extraction.person) {
    // A LinkedIn profile: the person's own posts come from a third script, injected now and only
    // now. If that fails or the page is too busy, the clip keeps the profile without them.
    const p = PostsResult.safeParse(await secondReading(access, 'runPosts', tabId));
    if (access.runPosts && !(p.success && p.data.ok)) missed.push(MISSED.posts);
    if (p.success && p.data.ok && p.data.posts.length) {
      const withPosts = PageExtractionSchema.safeParse({ ...extraction, person: { ...extraction.person, posts: p.data.posts } });
      if (withPosts.success) extraction = withPosts.data;
      else missed.push(MISSED.posts);
      ms += p.data.ms;
    }
  }
  if (timings) {
    const readableWall = result.data.needsReadable || result.data.needsDetails || result.data.needsPosts ? performance.now() - t1 : 0;
    timings.injectMs = t1 - t0 + readableWall;
    timings.extractInPageMs = ms;
    timings.validateMs = 0;
  }
  // The last tidying of what the page said, done here where it costs the injected scripts nothing.
  const tidied = PageExtractionSchema.safeParse(withoutPronunciations(extraction));
  if (tidied.success) extraction = tidied.data;
  return missed.length ? { extraction, ms, tab, partial: missed.join(' ') } : { extraction, ms, tab };
}

/** Said to the user when a second reading fails or runs out of time: what the saved clip lacks. */
export const MISSED = {
  readable: "Rapport could not read this story's full text, so the clip keeps the text the page shows.",
  details: "Rapport could not read this page's people, products and address, so the clip keeps its first reading.",
  posts: "Rapport could not read this profile's posts, so the clip keeps the profile without them.",
  clues: 'Rapport could not tell which company this story is about: choose it in the company picker.',
};

/** The tab, or undefined when it is gone (closed, or its id no longer valid): the caller says so. */
export async function tabOrGone(access: TabAccess, tabId: number): Promise<TabInfo | undefined> {
  try {
    return await access.getTab(tabId);
  } catch {
    return undefined;
  }
}

/** A second script's answer, or undefined when there is none to run; a failure or timeout becomes a refused answer. */
async function secondReading(access: TabAccess, script: 'runReadable' | 'runDetails' | 'runPosts', tabId: number): Promise<unknown> {
  if (!access[script]) return undefined;
  try {
    return await inTime(access[script](tabId), READ_TIMEOUT_MS);
  } catch (err) {
    return { ok: false, detail: String(err instanceof Error ? err.message : err).slice(0, 500) };
  }
}

function injectionError(err: unknown, url: string | undefined): UserError {
  const text = err instanceof Error ? err.message : String(err);
  if (url?.startsWith('file:') || /file:\/\//i.test(text)) return new UserError('file-access', FILE_ACCESS_MESSAGE);
  if (/gallery|webstore|extensions gallery/i.test(text)) {
    return new UserError('unclippable', 'The browser protects its extension store: no extension may read it, so it cannot be clipped.');
  }
  if (/error page/i.test(text)) return new UserError('error-page', 'This tab shows an error page. Load the page again, then clip it.');
  if (/No tab with id|No frame/i.test(text)) return new UserError('no-tab', 'That tab is gone. Open the page again and retry.');
  if (/permission|Cannot access/i.test(text)) {
    return new UserError(
      'no-access',
      'Rapport may read a page only after you click its button on that page. Click the Rapport button in the toolbar, then Clip.',
    );
  }
  return new UserError(
    'inject-failed',
    `The browser did not let Rapport read this page. Reload it and try again. (Details: ${text.slice(0, 200)})`,
  );
}

function withoutNulls<T extends Record<string, unknown>>(o: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null)) as { [K in keyof T]: Exclude<T[K], null> };
}

function sameOrigin(a: string, b: string | undefined): boolean {
  try {
    return !!b && new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}
