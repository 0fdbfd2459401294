/**
 * Serves a built site the way a good static host would: gzip, security headers (with the
 * release's own, from its _headers file: lib/security-headers.ts), a 301 from a
 * folder without its trailing slash, the site's own 404 page. With a root resolver it follows
 * the live release on every request, so a new release is served the moment it goes live.
 * A release may carry a routing map (ROUTING_FILE): moved addresses answer with a real 301 to
 * where the page is now, withdrawn ones with 410 Gone and their own page (or the site's 410 page).
 * Every answer carries the security headers, and every redirect stays on the site (lib/site-paths.ts).
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import { readWhenChanged } from './file-cache.js';
import { listen, type Listening } from './listen.js';
import { headersFor, headersReader, SECURITY_HEADERS } from './security-headers.js';
import { readRequestTarget, siteLocation } from './site-paths.js';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.zip': 'application/zip',
};

export interface StaticServerOptions {
  /** The site's folder, or a function giving it per request (the live release; undefined before the first). */
  root: string | (() => Promise<string | undefined>);
  /** Files served from outside the site, by URL path, e.g. { '/status.json': statusFile }. */
  files?: Record<string, string>;
  /** Serve the site under this path prefix (e.g. /library/), as a host with a sub-path would. */
  prefix?: string;
  host?: string;
  port?: number;
  /** Told of every answer once sent: an access log. */
  onResponse?: (entry: { method: string; path: string; status: number }) => void;
}

export type StaticServer = Listening;

/** In a release's root: { "redirects": { "/old/": "/new/" }, "gone": ["/withdrawn/"] }, paths without the prefix. */
export const ROUTING_FILE = 'hub-routing.json';

/** A routing map as written: paths inside the site, without the base. */
export interface RoutingFile {
  redirects: Record<string, string>;
  gone: string[];
}

const parseRouting = (text: string): RoutingFile => {
  const raw = JSON.parse(text) as Partial<RoutingFile>;
  return { redirects: raw.redirects ?? {}, gone: raw.gone ?? [] };
};

/** The routing map of a built site; an empty one when it has none. */
export const readRoutingFile = async (root: string): Promise<RoutingFile> =>
  parseRouting(await readFile(path.join(root, ROUTING_FILE), 'utf8').catch(() => '{}'));

interface Routing {
  redirects: Map<string, string>;
  gone: Set<string>;
}

/** The routing map of a site folder, read again only when the file changes. */
const routingReader = () =>
  readWhenChanged<Routing>(
    ROUTING_FILE,
    (text) => {
      const raw = parseRouting(text);
      return { redirects: new Map(Object.entries(raw.redirects)), gone: new Set(raw.gone) };
    },
    { redirects: new Map(), gone: new Set() },
  );

type Found = { file: string } | { redirect: string } | undefined;

/** What a decoded site path names inside root: a file, a redirect to the folder's slash form, or nothing (also when it would leave root). */
const findFile = async (root: string, sitePath: string): Promise<Found> => {
  const file = path.resolve(root, `.${sitePath}`);
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  try {
    const stats = await stat(file);
    if (stats.isFile()) return { file };
    if (stats.isDirectory()) {
      if (!sitePath.endsWith('/')) return { redirect: `${sitePath}/` };
      const index = await findFile(root, `${sitePath}index.html`);
      return index && 'file' in index ? index : undefined;
    }
  } catch {
    // Missing files, and names the file system rejects, are both a 404.
  }
  return undefined;
};

// Text is sent gzipped when the browser accepts it, as any real host does: page weights measured
// against this server are what readers download. Pagefind's files come compressed already.
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.xml', '.svg', '.txt']);

export interface SendOptions {
  status?: number;
  withBody?: boolean;
  acceptsGzip?: boolean;
  /** Added to, or replacing, the security headers (e.g. a framing policy of its own); '' removes one. */
  headers?: Record<string, string>;
}

/** Answers with a file: its type, gzip when accepted and worth it, the security headers. */
export const sendFile = async (
  response: ServerResponse,
  file: string,
  { status = 200, withBody = true, acceptsGzip = false, headers = {} }: SendOptions = {},
): Promise<void> => {
  const { size } = await stat(file);
  const extension = path.extname(file).toLowerCase();
  const gzip = acceptsGzip && COMPRESSIBLE.has(extension);
  const merged: Record<string, string | number> = {
    ...SECURITY_HEADERS,
    ...headers,
    'Content-Type': contentTypes[extension] ?? 'application/octet-stream',
    ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : { 'Content-Length': size }),
  };
  // An empty value takes a security header out (a page framed by the CMS drops X-Frame-Options).
  response.writeHead(status, Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== '')));
  if (!withBody) {
    response.end();
    return;
  }
  const stream = createReadStream(file).on('error', () => response.destroy());
  if (gzip) stream.pipe(createGzip()).pipe(response);
  else stream.pipe(response);
};

/** A short plain-text answer with the security headers. */
const sendText = (
  response: ServerResponse,
  status: number,
  text: string,
  withBody: boolean,
  headers: Record<string, string> = {},
) => {
  response.writeHead(status, { ...SECURITY_HEADERS, ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(withBody ? text : undefined);
};

const notFound = (response: ServerResponse, withBody: boolean) => sendText(response, 404, 'Not found', withBody);

const redirect = (response: ServerResponse, location: string) => {
  response.writeHead(301, { ...SECURITY_HEADERS, Location: location });
  response.end();
};

export const startStaticServer = async ({
  root,
  files = {},
  prefix = '/',
  host = '127.0.0.1',
  port = 0,
  onResponse,
}: StaticServerOptions): Promise<StaticServer> => {
  const routingOf = routingReader();
  const headersOf = headersReader();
  const siteRoot = async () => {
    const resolved = typeof root === 'string' ? root : await root();
    return resolved && path.resolve(resolved);
  };
  const server = createServer((request, response) => {
    if (onResponse)
      response.on('finish', () =>
        onResponse({ method: request.method ?? 'GET', path: request.url ?? '/', status: response.statusCode }),
      );
    const handle = async (): Promise<void> => {
      if (request.method !== 'GET' && request.method !== 'HEAD')
        return sendText(response, 405, 'Method not allowed', true, { Allow: 'GET, HEAD' });
      const withBody = request.method === 'GET';
      const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      // Everything below is decided from the normalised path, so no spelling of a path reaches another answer.
      const target = readRequestTarget(request.url ?? '/');
      if (!target)
        return sendText(
          response,
          400,
          'The address is not a valid path: its percent-encoding does not decode.',
          withBody,
        );
      const { path: pathname, search } = target;
      if (files[pathname])
        return sendFile(response, files[pathname], { withBody, acceptsGzip }).catch(() => notFound(response, withBody));
      const rootDir = await siteRoot();
      if (!rootDir)
        return sendText(response, 503, 'The library is being built; try again in a few seconds.', withBody, {
          'Retry-After': '10',
        });
      // The release's own headers (_headers: its Content Security Policy), for every page it answers with.
      const headers = headersFor(await headersOf(rootDir), pathname);
      if (pathname.startsWith(prefix)) {
        const sitePath = `/${pathname.slice(prefix.length)}`;
        const asFolder = sitePath.endsWith('/') || path.extname(sitePath) ? sitePath : `${sitePath}/`;
        const routing = await routingOf(rootDir);
        const movedTo = routing.redirects.get(asFolder);
        if (movedTo) return redirect(response, `${siteLocation(prefix, movedTo)}${search}`);
        if (routing.gone.has(asFolder)) {
          // The address's own page says it in its language; /410/ is for addresses without one.
          const own = await findFile(rootDir, `${asFolder}index.html`);
          const gonePage = own && 'file' in own ? own : await findFile(rootDir, '/410/index.html');
          if (gonePage && 'file' in gonePage)
            return sendFile(response, gonePage.file, { status: 410, withBody, acceptsGzip, headers });
          return sendText(response, 410, 'This document is no longer available.', withBody);
        }
      }
      const found = pathname.startsWith(prefix)
        ? await findFile(rootDir, `/${pathname.slice(prefix.length)}`)
        : undefined;
      if (found && 'redirect' in found) return redirect(response, `${siteLocation(prefix, found.redirect)}${search}`);
      if (found) return sendFile(response, found.file, { withBody, acceptsGzip, headers });
      const notFoundPage = await findFile(rootDir, '/404.html');
      if (notFoundPage && 'file' in notFoundPage)
        return sendFile(response, notFoundPage.file, { status: 404, withBody, acceptsGzip, headers });
      notFound(response, withBody);
    };
    handle().catch(() => {
      if (!response.headersSent) response.writeHead(500, SECURITY_HEADERS);
      response.end();
    });
  });

  return listen(server, port, host);
};
