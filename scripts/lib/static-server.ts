/** Serves a built site the way a static host would, for tests and local checks. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createGzip } from 'node:zlib';

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
};

export interface StaticServerOptions {
  root: string;
  /** Serve the site under this path prefix (e.g. /library/), as a host with a sub-path would. */
  prefix?: string;
  host?: string;
  port?: number;
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** The file a URL path names inside root, or undefined when there is none or it would leave root. */
const findFile = async (root: string, urlPath: string): Promise<string | undefined> => {
  let file: string;
  try {
    file = path.resolve(root, `.${decodeURIComponent(urlPath)}`);
  } catch {
    return undefined;
  }
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  try {
    const stats = await stat(file);
    if (stats.isFile()) return file;
    if (stats.isDirectory()) return findFile(root, path.posix.join(urlPath, 'index.html'));
  } catch {
    // Missing files, and names the file system rejects, are both a 404.
  }
  return undefined;
};

// Text is sent gzipped when the browser accepts it, as any real host does: page weights measured
// against this server are what readers download. Pagefind's files come compressed already.
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.xml', '.svg', '.txt']);

const send = async (response: ServerResponse, file: string, status: number, withBody: boolean, acceptsGzip: boolean): Promise<void> => {
  const { size } = await stat(file);
  const extension = path.extname(file).toLowerCase();
  const gzip = acceptsGzip && COMPRESSIBLE.has(extension);
  response.writeHead(status, {
    'Content-Type': contentTypes[extension] ?? 'application/octet-stream',
    ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : { 'Content-Length': size }),
  });
  if (!withBody) {
    response.end();
    return;
  }
  const stream = createReadStream(file).on('error', () => response.destroy());
  if (gzip) stream.pipe(createGzip()).pipe(response);
  else stream.pipe(response);
};

export const startStaticServer = async ({
  root,
  prefix = '/',
  host = '127.0.0.1',
  port = 0,
}: StaticServerOptions): Promise<StaticServer> => {
  const siteRoot = path.resolve(root);
  const server = createServer((request, response) => {
    const handle = async (): Promise<void> => {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
        response.end('Method not allowed');
        return;
      }
      const withBody = request.method === 'GET';
      const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      const file = pathname.startsWith(prefix) ? await findFile(siteRoot, `/${pathname.slice(prefix.length)}`) : undefined;
      if (file) return send(response, file, 200, withBody, acceptsGzip);
      const notFoundPage = await findFile(siteRoot, '/404.html');
      if (notFoundPage) return send(response, notFoundPage, 404, withBody, acceptsGzip);
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(withBody ? 'Not found' : undefined);
    };
    handle().catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${urlHost}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Browsers keep idle connections open, which would hold close() up indefinitely.
        server.closeAllConnections();
      }),
  };
};
