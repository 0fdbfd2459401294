/**
 * What a reader's search costs on a built site, the same probe for the library's explorer and for
 * the stock Pagefind UI it is compared with: open /search/ in a fresh browser context (empty
 * cache, no service worker), then type a first query, clear the box, type a second one. For each
 * step, the bytes the browser received (Chrome DevTools Protocol: encodedDataLength of each
 * finished load, headers included, the page's and its workers') and, for a query, the time inside
 * the page from the last keystroke's input event to the first result with a matched passage.
 */
import type { Browser, CDPSession } from 'playwright-core';
import { isExplorerFile } from '@resource-hub/site/search/explorer-format';

/** How a search page shows that it searches and what it found. */
export interface SearchUi {
  name: string;
  /** The box the words are typed in. */
  input: string;
  /** A result's matched passage: the first one with text is "the first result". */
  passage: string;
  /** The page's own line while a search runs, whose first group is the words searched. */
  searching?: { selector: string; pattern: string };
}

export const EXPLORER_UI: SearchUi = {
  name: 'library explorer',
  input: 'form[role="search"] input[type="search"]',
  passage: '.search-result .search-excerpt',
  // The English page's words (site/src/i18n), "Searching for …".
  searching: { selector: '[data-search-message]', pattern: '^Searching for (.*)…$' },
};

// Pagefind UI draws a result's frame first and fills in its passage once its fragment has loaded.
export const STOCK_PAGEFIND_UI: SearchUi = {
  name: 'stock Pagefind UI',
  input: '.pagefind-ui__search-input',
  passage: '.pagefind-ui__result-excerpt',
};

export interface SearchProbeOptions {
  browser: Browser;
  /** Where the built site is served, e.g. http://127.0.0.1:4321 (no trailing slash needed). */
  siteUrl: string;
  ui: SearchUi;
  /** Typed one after the other, the box cleared in between. */
  queries: [first: string, second: string];
  /** How long to wait for the page or a result (default 30 s). */
  timeoutMs?: number;
  /** Network quiet time after a step before its bytes are totalled (default 500 ms). */
  quietMs?: number;
}

export interface Transfer {
  /** Bytes received: page, scripts, styles, index chunks, fragments, images. */
  bytes: number;
  /** The same bytes by what they were for (see kindOf), to show where the weight goes. */
  bytesByKind: Record<string, number>;
  /** Loads that finished or failed. */
  requests: number;
}

export interface QueryStep extends Transfer {
  /** From the last keystroke's input event to the first result with its passage in the page. */
  msToFirstResult: number;
  /**
   * What the page searched for, in order, when it says so: the query alone, or also a part of it
   * when a keystroke came after the page's pause and started a search of its own, whose index
   * chunks and fragments the bytes then include.
   */
  searched: string[];
}

export interface SearchProbeResult {
  /** The search page opened with no query, until the network is quiet. */
  open: Transfer & { msToLoad: number };
  first: QueryStep;
  second: QueryStep;
}

interface Timing {
  lastInput: number;
  firstResult: number;
  searched: string[];
}

declare global {
  interface Window {
    __searchProbe?: Timing;
  }
}

/** What a loaded file is for, from its address: Pagefind's parts by their extensions, the rest by type. */
export const kindOf = (url: string): string => {
  const { pathname } = new URL(url);
  const pagefind = /\.pf_(index|fragment|filter|meta)$/.exec(pathname);
  if (pagefind) return `pagefind ${pagefind[1]}`;
  if (/\/pagefind\/wasm\./.test(pathname)) return 'pagefind wasm';
  if (/\/pagefind\/.*\.js$/.test(pathname)) return 'pagefind scripts';
  if (/\/pagefind\/.*\.json$/.test(pathname)) return 'pagefind entry';
  if (isExplorerFile(pathname.split('/').at(-1)!)) return 'explorer';
  if (pathname.endsWith('.js')) return 'site scripts';
  if (pathname.endsWith('.css')) return 'styles';
  if (/\.(avif|webp|png|jpe?g|svg|ico)$/.test(pathname)) return 'images';
  if (/\.(woff2?|ttf)$/.test(pathname)) return 'fonts';
  return 'page';
};

const NETWORK_EVENTS = ['Network.requestWillBeSent', 'Network.loadingFinished', 'Network.loadingFailed'] as const;
interface NetworkEvent {
  method: (typeof NETWORK_EVENTS)[number];
  params: { requestId: string; request?: { url: string }; encodedDataLength?: number };
}

/**
 * Follows the network of the page and of its workers (Pagefind searches in a web worker, whose
 * requests the page's own session does not see): bytes and requests so far, and a wait for quiet.
 * A worker's script is announced to the page and finished in the worker under another request id,
 * so quiet means no network event for a while rather than no request pending.
 */
const watchNetwork = async (cdp: CDPSession) => {
  let bytes = 0;
  let requests = 0;
  let lastActivity = Date.now();
  const urls = new Map<string, string>();
  const byKind: Record<string, number> = {};
  const handle = (target: string, { method, params }: NetworkEvent) => {
    lastActivity = Date.now();
    const id = `${target}:${params.requestId}`;
    const url = params.request?.url;
    if (method === 'Network.requestWillBeSent') {
      if (url) urls.set(id, url);
      return;
    }
    if (urls.get(id)?.startsWith('data:')) return;
    requests += 1;
    bytes += params.encodedDataLength ?? 0;
    // A worker's script finishes under an id its session never announced: it is Pagefind's.
    const kind = urls.has(id) ? kindOf(urls.get(id)!) : 'pagefind scripts';
    byKind[kind] = (byKind[kind] ?? 0) + (params.encodedDataLength ?? 0);
  };
  for (const method of NETWORK_EVENTS) cdp.on(method, (params) => handle('page', { method, params }));

  // Workers: attached through this session, paused until their network is followed too.
  let messageId = 0;
  const sendTo = (sessionId: string, method: string) =>
    cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: (messageId += 1), method }) });
  cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
    if (targetInfo.type !== 'worker') return;
    void sendTo(sessionId, 'Network.enable').then(() => sendTo(sessionId, 'Runtime.runIfWaitingForDebugger'));
  });
  cdp.on('Target.receivedMessageFromTarget', ({ sessionId, message }) => {
    const event = JSON.parse(message) as { method?: string; params?: NetworkEvent['params'] };
    if (event.params && NETWORK_EVENTS.includes(event.method as NetworkEvent['method']))
      handle(sessionId, event as NetworkEvent);
  });
  await cdp.send('Network.enable');
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
  return {
    totals: () => ({ bytes, requests, bytesByKind: { ...byKind } }),
    quiet: async (quietMs: number, timeoutMs: number) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline && Date.now() - lastActivity < quietMs)
        await new Promise((resolve) => setTimeout(resolve, 50));
    },
  };
};

const since = (before: Transfer, after: Transfer): Transfer => ({
  bytes: after.bytes - before.bytes,
  requests: after.requests - before.requests,
  bytesByKind: Object.fromEntries(
    Object.entries(after.bytesByKind)
      .map(([kind, bytes]) => [kind, bytes - (before.bytesByKind[kind] ?? 0)] as const)
      .filter(([, bytes]) => bytes > 0),
  ),
});

export const measureSearch = async ({
  browser,
  siteUrl,
  ui,
  queries,
  timeoutMs = 30_000,
  quietMs = 500,
}: SearchProbeOptions): Promise<SearchProbeResult> => {
  // The library's service worker would answer the index and fragments from its own fetches, which
  // the page reports as 0 bytes, and it precaches the offline shell besides (its cost is measured
  // on its own): without it every byte crosses the page's or Pagefind's worker's network.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const network = await watchNetwork(await context.newCDPSession(page));
    const started = Date.now();
    await page.goto(`${siteUrl.replace(/\/+$/, '')}/search/`, { waitUntil: 'load', timeout: timeoutMs });
    const msToLoad = Date.now() - started;
    const searchbox = page.locator(ui.input).first();
    await searchbox.waitFor({ timeout: timeoutMs });
    await network.quiet(quietMs, timeoutMs);
    const opened = network.totals();
    await page.evaluate(({ passage, searching }) => {
      const timing: Timing = { lastInput: 0, firstResult: 0, searched: [] };
      window.__searchProbe = timing;
      document.addEventListener('input', (event) => (timing.lastInput = event.timeStamp), true);
      new MutationObserver(() => {
        // The first time a result's passage is in the page after the latest keystroke.
        if (
          timing.lastInput > 0 &&
          timing.firstResult <= timing.lastInput &&
          Array.from(document.querySelectorAll(passage)).some((element) => element.textContent?.trim())
        )
          timing.firstResult = performance.now();
        if (!searching) return;
        const words = new RegExp(searching.pattern).exec(
          document.querySelector(searching.selector)?.textContent ?? '',
        )?.[1];
        if (words && timing.searched.at(-1) !== words) timing.searched.push(words);
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    }, ui);

    const typeQuery = async (query: string): Promise<QueryStep> => {
      const before = network.totals();
      await page.evaluate(() => Object.assign(window.__searchProbe!, { lastInput: 0, firstResult: 0, searched: [] }));
      await searchbox.click();
      // Keystrokes faster than either page's pause: only the whole query is searched.
      await searchbox.pressSequentially(query, { delay: 60 });
      await page.waitForFunction(() => window.__searchProbe!.firstResult > window.__searchProbe!.lastInput, undefined, {
        timeout: timeoutMs,
      });
      const timing = await page.evaluate(() => window.__searchProbe!);
      await network.quiet(quietMs, timeoutMs);
      return {
        ...since(before, network.totals()),
        msToFirstResult: Math.round(timing.firstResult - timing.lastInput),
        searched: timing.searched,
      };
    };
    const first = await typeQuery(queries[0]);
    await searchbox.fill('');
    // Both pages take the passages away for an empty box: the next passage is the second query's.
    await page.waitForFunction((passage) => document.querySelector(passage) === null, ui.passage, {
      timeout: timeoutMs,
    });
    await network.quiet(quietMs, timeoutMs);
    const second = await typeQuery(queries[1]);
    return { open: { ...opened, msToLoad }, first, second };
  } finally {
    await context.close();
  }
};
