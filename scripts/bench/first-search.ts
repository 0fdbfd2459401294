/**
 * The cost of a reader's first search on a built site: open /search/ in a fresh browser context
 * (empty cache, no service worker), type a query into the search box, wait for the first result.
 * Counts every byte the browser received for it (Chrome DevTools Protocol: encodedDataLength of each
 * finished load, headers included) and times, inside the page, the last keystroke's input event
 * to the first result with a matched passage in the DOM (the explorer lists documents before any).
 */
import type { Browser, CDPSession } from 'playwright-core';
import { isExplorerFile } from '@resource-hub/site/search/explorer-format';

export interface FirstSearchOptions {
  browser: Browser;
  /** Where the built site is served, e.g. http://127.0.0.1:4321 (no trailing slash needed). */
  siteUrl: string;
  query: string;
  /** How long to wait for the first result (default 30 s). */
  timeoutMs?: number;
  /** Network quiet time after the first result before bytes are totalled (default 500 ms). */
  quietMs?: number;
}

export interface FirstSearchResult {
  /** Bytes received: page, scripts, styles, index chunks, fragments, images. */
  bytes: number;
  /** The same bytes by what they were for (see kindOf), to show where a search's weight goes. */
  bytesByKind: Record<string, number>;
  /** Loads that finished or failed. */
  requests: number;
  /** From the last keystroke's input event to the first result in the page. */
  msToFirstResult: number;
  /**
   * What the page searched for, in order: the query alone, or also a part of it when a keystroke
   * came after the search page's pause and started a search of its own, whose index chunks and
   * fragments the bytes then include.
   */
  searched: string[];
}

interface Timing {
  lastInput: number;
  firstResult: number;
  searched: string[];
}

declare global {
  interface Window {
    __firstSearch?: Timing;
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

export const measureFirstSearch = async ({
  browser,
  siteUrl,
  query,
  timeoutMs = 30_000,
  quietMs = 500,
}: FirstSearchOptions): Promise<FirstSearchResult> => {
  // The site's service worker would answer the index and fragments from its own fetches, which
  // the page reports as 0 bytes, and it precaches the offline shell besides (its cost is measured
  // on its own): without it every byte of the search crosses the page's or Pagefind's worker's network.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const network = await watchNetwork(await context.newCDPSession(page));
    await page.goto(`${siteUrl.replace(/\/+$/, '')}/search/`, { waitUntil: 'load', timeout: timeoutMs });
    const searchbox = page.getByRole('searchbox').first();
    await searchbox.waitFor({ timeout: timeoutMs });
    await page.evaluate(() => {
      const timing: Timing = { lastInput: 0, firstResult: 0, searched: [] };
      window.__firstSearch = timing;
      document.addEventListener('input', (event) => (timing.lastInput = event.timeStamp), true);
      new MutationObserver(() => {
        // The first time a result of the words is in the page after the latest keystroke.
        if (
          timing.lastInput > 0 &&
          timing.firstResult <= timing.lastInput &&
          document.querySelector('.search-result .search-excerpt')
        )
          timing.firstResult = performance.now();
        // Each search says so while it runs (the English page's words, "Searching for …").
        const searching = /^Searching for (.*)…$/.exec(
          document.querySelector('[data-search-message]')?.textContent ?? '',
        );
        if (searching && timing.searched.at(-1) !== searching[1]) timing.searched.push(searching[1]!);
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await searchbox.click();
    // Keystrokes faster than the search page's debounce: only the whole query is searched.
    await searchbox.pressSequentially(query, { delay: 60 });
    await page.waitForFunction(() => window.__firstSearch!.firstResult > window.__firstSearch!.lastInput, undefined, {
      timeout: timeoutMs,
    });
    const timing = await page.evaluate(() => window.__firstSearch!);
    await network.quiet(quietMs, timeoutMs);
    return {
      ...network.totals(),
      msToFirstResult: Math.round(timing.firstResult - timing.lastInput),
      searched: timing.searched,
    };
  } finally {
    await context.close();
  }
};
