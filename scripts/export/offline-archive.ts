/**
 * The whole library as one ZIP that partners and practitioners can put on any static file server,
 * under any path, or open from a disk: every address inside it is made relative (or, with a base,
 * rewritten to that base), links to folders name their index.html, and the pages say they are a
 * downloaded copy, so they do not offer to save themselves. Made from a built release; the ZIP is
 * written aside and renamed into place, so a failed export leaves the previous one whole.
 */
import { createWriteStream } from 'node:fs';
import { readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { MANIFEST_FILE, type BuildManifest } from '@resource-hub/site/build/manifest';
import { ARCHIVE_META } from '@resource-hub/site/offline/offline-manifest';
import { walk } from '../build/check-site.js';
import { OFFLINE_DIR, SERVICE_WORKER_FILE } from '../build/offline-files.js';
import { ROUTING_FILE } from '../lib/static-server.js';

export class ExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportError';
  }
}

export interface ExportOptions {
  /** A built library: a release directory or site/dist. */
  from: string;
  /** The ZIP to write. */
  out: string;
  /** Rewrite addresses to this path prefix (/library/) instead of making them relative. */
  base?: string;
  log?: (line: string) => void;
}

export interface ExportResult {
  files: number;
  bytes: number;
}

// What only the live site uses: its service worker and offline lists, the host's routing map,
// Astro's content modules.
const LEFT_OUT = (rel: string) =>
  rel === SERVICE_WORKER_FILE || rel.startsWith(`${OFFLINE_DIR}/`) || rel === ROUTING_FILE || rel.endsWith('.mjs');
// Already compressed: stored as they are.
const STORED = /\.(avif|webp|jpe?g|png|gif|woff2?|pdf|pagefind|pf_\w+|zip|gz)$/i;
const URL_ATTRIBUTE = /(\s(?:href|src|poster|action|data-base)=")([^"]*)"/g;
const SRCSET_ATTRIBUTE = /(\ssrcset=")([^"]*)"/g;
const REFRESH = /(<meta http-equiv="refresh" content="\d+;\s*url=)([^"]*)"/gi;
const CSS_URL = /url\((['"]?)([^'")]+)\1\)/g;

const README = (base: string | undefined) => `Resource Hub library: a downloaded copy
=========================================

Every page, image, PDF and the search index of the library, in every language.

${
  base
    ? `Serve this folder at ${base} on any web server.`
    : `Put this folder on any web server, at any address (a shared drive's web view, nginx, Apache,
or: python3 -m http.server, run inside this folder). Search needs a web server; pages, images and
PDFs also open straight from the disk: open index.html.`
}
`;

/** Rewrites one address of the site, as seen from a file in folder `fromDir` (relative to the site's root). */
const relocator =
  (siteBase: string, base: string | undefined, folders: Set<string>) =>
  (value: string, fromDir: string, folder = false): string => {
    if (!value.startsWith(siteBase) || value.startsWith('//')) return value;
    const [, target = '', suffix = ''] = /^([^?#]*)(.*)$/.exec(value.slice(siteBase.length)) ?? [];
    if (base !== undefined) return `${base}${target}${suffix}`;
    let relative = path.posix.relative(fromDir, target) || '.';
    const isFolder = target === '' || target.endsWith('/') || folders.has(target);
    if (isFolder && !folder) relative = `${relative}/index.html`;
    else if (isFolder) relative = `${relative}/`;
    return `${relative}${suffix}`.replace(/^\.\/(?=.)/, '');
  };

export const exportOfflineArchive = async ({
  from,
  out,
  base,
  log = console.log,
}: ExportOptions): Promise<ExportResult> => {
  const root = path.resolve(from);
  const manifestText = await readFile(path.join(root, MANIFEST_FILE), 'utf8').catch(() => undefined);
  if (!manifestText)
    throw new ExportError(
      `${root} holds no built library (no ${MANIFEST_FILE}). Run \`npm start\` or \`npm run build\` first, or pass --from with a built site.`,
    );
  if (base !== undefined && !/^\/([^/]+\/)*$/.test(base))
    throw new ExportError(
      `--base "${base}" is not a path prefix: it must start and end with "/", e.g. --base /library/.`,
    );
  const { base: siteBase } = JSON.parse(manifestText) as BuildManifest;
  const { files, dirs } = await walk(root);
  const relocate = relocator(siteBase, base, dirs);
  const names = [...files].filter((rel) => !LEFT_OUT(rel)).sort();
  const stamp = new Date().toISOString().slice(0, 10);

  const rewriteCss = (css: string, fromDir: string) =>
    css.replace(CSS_URL, (_match, quote: string, url: string) => `url(${quote}${relocate(url, fromDir)}${quote})`);
  const rewriteHtml = (html: string, fromDir: string) =>
    rewriteCss(
      html
        .replace(
          URL_ATTRIBUTE,
          (_match, start: string, url: string) => `${start}${relocate(url, fromDir, start.includes('data-base'))}"`,
        )
        .replace(
          SRCSET_ATTRIBUTE,
          (_match, start: string, srcset: string) =>
            `${start}${srcset.replace(/(^|,\s*)(\S+)/g, (_all, lead: string, url: string) => `${lead}${relocate(url, fromDir)}`)}"`,
        )
        .replace(REFRESH, (_match, start: string, url: string) => `${start}${relocate(url, fromDir)}"`),
      fromDir,
    ).replace(/<head>/i, `<head><meta name="${ARCHIVE_META}" content="${stamp}">`);

  const partial = `${out}.partial`;
  const output = createWriteStream(partial);
  const written = new Promise<void>((resolve, reject) => output.on('finish', resolve).on('error', reject));
  let failure: Error | undefined;
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error;
    else output.write(chunk);
    if (final || error) output.end();
  });
  const add = async (name: string, bytes: Uint8Array) => {
    const entry = STORED.test(name) ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(bytes, true);
    if (output.writableNeedDrain) await once(output, 'drain');
  };
  try {
    let done = 0;
    let lastReport = Date.now();
    for (const rel of names) {
      const fromDir = path.posix.dirname(rel) === '.' ? '' : path.posix.dirname(rel);
      const bytes = await readFile(path.join(root, rel));
      if (rel.endsWith('.html')) await add(rel, Buffer.from(rewriteHtml(bytes.toString('utf8'), fromDir)));
      else if (rel.endsWith('.css')) await add(rel, Buffer.from(rewriteCss(bytes.toString('utf8'), fromDir)));
      else await add(rel, bytes);
      done += 1;
      if (Date.now() - lastReport > 2000) {
        lastReport = Date.now();
        log(`export: ${done} of ${names.length} files`);
      }
    }
    await add('README.txt', Buffer.from(README(base)));
    zip.end();
    await written;
    if (failure) throw failure;
    await rename(partial, out);
  } catch (error) {
    output.destroy();
    await rm(partial, { force: true });
    throw error;
  }
  return { files: names.length + 1, bytes: (await stat(out)).size };
};
