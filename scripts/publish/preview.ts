/**
 * Draft previews for the CMS's Preview panel. A signed, expiring link (cms/src/publishing/
 * preview-link.ts) asks for a document; the draft is read with the publisher's own
 * draft-reading token, laid over the published library, and its one page is rendered by Astro
 * with the site's own templates into a private directory under the data directory. The page is
 * then served from an unguessable address, framed only by the CMS, never indexed, and kept for
 * an hour. Nothing of it is written into a release.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { readPreviewLink } from '@resource-hub/cms/publishing/preview-link';
import { DOCUMENT_TYPE_NAMES, type Locale } from '@resource-hub/content-types';
import { readManifest } from '@resource-hub/site/build/build-handoff';
import { readSiteConfig } from '@resource-hub/site/config/site-config';
import { putStored } from '@resource-hub/site/cms/entry-store';
import { fetchDraft } from '@resource-hub/site/cms/fetch-draft';
import { CmsFetchError } from '@resource-hub/site/cms/fetch-published';
import { oneOffAstro } from '../build/astro-runner.js';
import { sendFile } from '../lib/static-server.js';

/** The base the preview pages are rendered under; each page is served at /preview/<id>/. */
const PREVIEW_BASE = '/preview/';
const KEEP_MS = 60 * 60 * 1000;

export interface PreviewSource {
  url: string;
  /** Reads published content, as every build does. */
  buildToken: string;
  /** Reads drafts: used for the previewed document only. */
  previewToken: string;
}

export interface PreviewRendererOptions {
  /** Previews live in <dataDir>/preview. */
  dataDir: string;
  secret: string;
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
}

export interface PreviewRenderer {
  connect(source: PreviewSource): void;
  /** Answers GET /preview?… (render, then redirect) and GET /preview/<id>/, /preview/_astro/… (serve). */
  handle(request: IncomingMessage, response: ServerResponse): Promise<void>;
}

const message = (response: ServerResponse, status: number, text: string) => {
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Robots-Tag': 'noindex',
  });
  response.end(text);
};

const dropOldPages = async (pagesDir: string): Promise<void> => {
  if (!existsSync(pagesDir)) return;
  for (const name of await readdir(pagesDir)) {
    const file = path.join(pagesDir, name);
    if (Date.now() - (await stat(file)).mtimeMs > KEEP_MS) await rm(file, { force: true });
  }
};

/** Keeps a rendered preview page, and the assets it uses, out of the build's folder before it is removed. */
const keepPreview = async (
  builtPage: string,
  pageFile: string,
  builtAssets: string,
  assetsDir: string,
): Promise<void> => {
  await mkdir(path.dirname(pageFile), { recursive: true });
  await copyFile(builtPage, pageFile);
  await mkdir(assetsDir, { recursive: true });
  const assets = existsSync(builtAssets) ? await readdir(builtAssets) : [];
  // Asset names carry a hash of their content: one shared folder serves every preview.
  for (const asset of assets)
    if (!existsSync(path.join(assetsDir, asset)))
      await copyFile(path.join(builtAssets, asset), path.join(assetsDir, asset));
};

interface PreviewPlaces {
  source: PreviewSource;
  root: string;
  pagesDir: string;
  assetsDir: string;
  cacheDir: string;
  env: NodeJS.ProcessEnv;
}

/** Renders one draft with the site's own views into a page of its own; returns the page's id. */
const renderPreview = async (
  { source, root, pagesDir, assetsDir, cacheDir, env }: PreviewPlaces,
  type: (typeof DOCUMENT_TYPE_NAMES)[number],
  documentId: string,
  locale: Locale,
): Promise<string> => {
  const id = randomBytes(16).toString('hex');
  const work = path.join(root, 'work', id);
  await mkdir(work, { recursive: true });
  try {
    const { body, ...entry } = (await fetchDraft({ url: source.url, token: source.previewToken }, type, {
      documentId,
      locale,
    })) as { body?: unknown; documentId: string };
    const bodyKey = body ? await putStored(cacheDir, 'bodies', body) : null;
    const entryFile = path.join(work, 'entry.json');
    await writeFile(entryFile, JSON.stringify({ type, entry: body === undefined ? entry : { ...entry, bodyKey } }));
    const outDir = path.join(work, 'site');
    await oneOffAstro.build(
      { outDir, astroCacheDir: path.join(cacheDir, 'preview-astro'), previewEntry: entryFile },
      { ...env, CMS_URL: source.url, STRAPI_BUILD_TOKEN: source.buildToken, SITE_BASE: PREVIEW_BASE },
      () => {},
    );
    const manifest = await readManifest(outDir);
    const page = manifest.documents.find(
      (doc) => doc.type === type && doc.documentId === documentId && doc.locale === locale,
    );
    if (!page) throw new Error(`the preview build did not render ${type} ${documentId} (${locale})`);
    await keepPreview(
      path.join(outDir, page.url.slice(PREVIEW_BASE.length), 'index.html'),
      path.join(pagesDir, `${id}.html`),
      path.join(outDir, '_astro'),
      assetsDir,
    );
    return id;
  } finally {
    await rm(work, { recursive: true, force: true });
    await dropOldPages(pagesDir);
  }
};

export const createPreviewRenderer = ({ dataDir, secret, env, log }: PreviewRendererOptions): PreviewRenderer => {
  const root = path.join(dataDir, 'preview');
  const pagesDir = path.join(root, 'pages');
  const assetsDir = path.join(root, '_astro');
  const config = readSiteConfig(env);
  let source: PreviewSource | undefined;
  // One preview build at a time: they share the preview content store.
  let queue: Promise<unknown> = Promise.resolve();

  // Framed by the CMS's admin only; never indexed, never cached.
  const pageHeaders = () => ({
    'Content-Security-Policy': `frame-ancestors 'self' ${source ? new URL(source.url).origin : ''}`.trim(),
    'X-Frame-Options': '',
    'X-Robots-Tag': 'noindex',
    'Cache-Control': 'no-store',
  });

  const render = async (
    type: (typeof DOCUMENT_TYPE_NAMES)[number],
    documentId: string,
    locale: Locale,
  ): Promise<string> => {
    if (!source) throw new CmsFetchError('the hub is still starting: try the preview again in a few seconds.');
    return renderPreview(
      { source, root, pagesDir, assetsDir, cacheDir: config.cacheDir, env },
      type,
      documentId,
      locale,
    );
  };

  return {
    connect: (next) => {
      source = next;
    },
    handle: async (request, response) => {
      const { pathname, searchParams } = new URL(request.url ?? '/', 'http://localhost');
      if (pathname === '/preview') {
        const link = readPreviewLink(secret, searchParams);
        if ('refused' in link) {
          log(`publisher: refused ${link.refused} from ${request.socket.remoteAddress} (HTTP 401)`);
          return message(
            response,
            401,
            'This preview link is not valid or has expired: open the preview again from the CMS.',
          );
        }
        const type = DOCUMENT_TYPE_NAMES.find((name) => name === link.type);
        if (!type) return message(response, 404, `There is no preview for "${link.type}".`);
        const rendering = queue.then(() => render(type, link.documentId, link.locale as Locale));
        queue = rendering.catch(() => {});
        try {
          const id = await rendering;
          response.writeHead(303, { Location: `${PREVIEW_BASE}${id}/`, 'Cache-Control': 'no-store' });
          return void response.end();
        } catch (error) {
          if (error instanceof CmsFetchError)
            return message(response, 422, `This draft cannot be previewed yet: ${error.message}`);
          log(`publisher: a preview failed: ${error instanceof Error ? error.message : String(error)}`);
          return message(response, 500, 'The preview could not be rendered; the publisher log says why.');
        }
      }
      const page = /^\/preview\/([0-9a-f]{32})\/$/.exec(pathname);
      if (page && existsSync(path.join(pagesDir, `${page[1]}.html`)))
        return sendFile(response, path.join(pagesDir, `${page[1]}.html`), { headers: pageHeaders() });
      const asset = /^\/preview\/_astro\/([\w.-]+)$/.exec(pathname);
      if (asset && existsSync(path.join(assetsDir, asset[1])))
        return sendFile(response, path.join(assetsDir, asset[1]), {
          headers: { 'Cache-Control': 'public, max-age=31536000, immutable' },
        });
      return message(response, 404, 'This preview has expired: open the preview again from the CMS.');
    },
  };
};
