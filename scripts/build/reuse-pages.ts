/**
 * Completes an incremental build: Astro rendered only the pages a change touched into the
 * staging directory, and every other file of the live release is linked in beside them (hard
 * links: no copy, and the live release is never written to). Files of routes that no longer
 * exist are left out, the search shards the changed pages fall in are indexed again (the others
 * are linked like the pages: index-search.ts), and images no page uses any more are dropped, so
 * what is unpublished leaves the release with its images.
 */
import { copyFile, link, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { mapLimit } from '../lib/map-limit.js';
import { walk, type SiteCheckResult } from './check-site.js';

/**
 * The file a route writes: a page's index.html, or the file an endpoint route names (feeds,
 * oEmbed). Everything else is made again on every build: the single-file endpoints (catalogue,
 * maps), the search index, attachments, the offline lists and service worker.
 */
const routeFile = (route: string) => (route === '' || route.endsWith('/') ? `${route}index.html` : route);

/** A hard link, or a copy across file systems. */
export const linkOrCopy = async (from: string, to: string) => {
  try {
    await link(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await copyFile(from, to);
  }
};

// Link, mkdir and stat calls in flight at once: each is a cheap system call, tens of thousands per publish.
export const FILE_CALLS = 32;

/** Links every file of `base` that the staged build did not make: routes' files and built assets; returns how many. */
export const reuseUnchangedFiles = async ({
  staging,
  base,
  routes,
}: {
  staging: string;
  base: string;
  routes: string[];
}): Promise<number> => {
  const current = new Set(routes.map(routeFile));
  const [before, made] = await Promise.all([walk(base), walk(staging)]);
  const reused = [...before.files].filter(
    (file) => (file.startsWith('_astro/') || current.has(file)) && !made.files.has(file),
  );
  const dirs = [...new Set(reused.map((file) => path.posix.dirname(file)))].filter(
    (dir) => dir !== '.' && !made.dirs.has(dir),
  );
  await mapLimit(dirs, FILE_CALLS, async (dir) => {
    await mkdir(path.join(staging, dir), { recursive: true });
  });
  await mapLimit(reused, FILE_CALLS, (file) => linkOrCopy(path.join(base, file), path.join(staging, file)));
  return reused.length;
};

const IMAGE = /\.(avif|webp|jpe?g|png|gif|svg)$/i;
const REFERENCING = /\.(xml|json|css|js|txt)$/i;

/**
 * Deletes the images under _astro/ that nothing refers to: not the pages and no other text file.
 * Takes what the post-build checks found (checkSite), which list every file and read every page.
 */
export const dropUnusedImages = async (outDir: string, { files, assetsInUse }: SiteCheckResult): Promise<number> => {
  const used = new Set(assetsInUse);
  for (const file of [...files].filter((name) => REFERENCING.test(name) && !name.startsWith('pagefind/')))
    for (const match of (await readFile(path.join(outDir, file), 'utf8')).matchAll(/_astro\/([\w.-]+)/g))
      used.add(match[1]);
  const unused = [...files].filter(
    (file) => file.startsWith('_astro/') && IMAGE.test(file) && !used.has(file.slice('_astro/'.length)),
  );
  await Promise.all(unused.map((file) => rm(path.join(outDir, file))));
  return unused.length;
};
