/**
 * Site releases: each build goes to a fresh directory under releases/, and `live` is a symlink
 * to the one being served. Switching is one rename of a symlink, so a reader gets the old site
 * or the new one, never a mix; the last few releases stay for `npm run rollback`.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readlink, rename, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { renderStateFile } from '@resource-hub/site/build/build-handoff';

export const KEEP_RELEASES = 5;

export interface Releases {
  /** Where release directories are made. */
  root: string;
  /** The symlink the site server follows. */
  live: string;
  /** The status of the live site and of the last attempt, served as /status.json. */
  statusFile: string;
}

export class ReleaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReleaseError';
  }
}

export const releasesIn = (dataDir: string): Releases => ({
  root: path.join(dataDir, 'site', 'releases'),
  live: path.join(dataDir, 'site', 'live'),
  statusFile: path.join(dataDir, 'site', 'status.json'),
});

/** The live release's directory, or undefined before the first release. */
export const liveRelease = async ({ live }: Releases): Promise<string | undefined> => {
  try {
    return path.resolve(path.dirname(live), await readlink(live));
  } catch {
    return undefined;
  }
};

export const listReleases = async ({ root }: Releases): Promise<string[]> => {
  if (!existsSync(root)) return [];
  const entries = await readdir(root, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(root, entry.name))
    .sort();
};

const stampOf = (time: number): string => new Date(time).toISOString().replace(/[-:.]/g, '');

const timeOf = (name: string): number => {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-/.exec(name);
  return match
    ? Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!, +match[4]!, +match[5]!, +match[6]!, +match[7]!)
    : Number.NaN;
};

/**
 * Release names sort by time: 20261123T133700123Z-1a2b3c. Rollback and pruning go by that
 * order, so a new name is stamped at least a millisecond after the newest release; two
 * releases in one millisecond (or a clock set back) would otherwise sort by their random part.
 */
export const newReleaseDir = async (releases: Releases): Promise<string> => {
  await mkdir(releases.root, { recursive: true });
  const newest = timeOf(path.basename((await listReleases(releases)).at(-1) ?? ''));
  const time = Number.isNaN(newest) ? Date.now() : Math.max(Date.now(), newest + 1);
  return path.join(releases.root, `${stampOf(time)}-${randomUUID().slice(0, 6)}`);
};

const pointLiveAt = async (releases: Releases, dir: string): Promise<void> => {
  const next = `${releases.live}.${randomUUID().slice(0, 8)}`;
  await symlink(path.relative(path.dirname(releases.live), dir), next);
  await rename(next, releases.live);
};

/**
 * Deletes a folder without holding up the site server. Node's recursive rm queues an
 * unlink for each of a release's files at once (73,000 at 10,000 documents) on the thread pool
 * the server reads files with, and pages waited behind them for 6-11 s after each publish once
 * releases were pruned (bench); rm(1) in a child process works through them outside this process.
 */
const removeDir = (dir: string): Promise<void> =>
  process.platform === 'win32'
    ? rm(dir, { recursive: true, force: true })
    : new Promise((resolve, reject) => {
        const child = spawn('rm', ['-rf', '--', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
        let error = '';
        child.stderr.on('data', (chunk: Buffer) => (error += chunk.toString()));
        child.once('error', reject);
        child.once('close', (code) =>
          code === 0
            ? resolve()
            : reject(
                new ReleaseError(`the old release ${dir} could not be deleted (rm exited ${code}): ${error.trim()}`),
              ),
        );
      });

/** Deletes a release, or a build staged for one, and the render state kept beside it. */
export const removeRelease = async (dir: string): Promise<void> => {
  await removeDir(dir);
  await rm(renderStateFile(dir), { force: true });
};

/**
 * Makes a finished release live, then keeps only the newest releases (never the live one). An old
 * release that cannot be deleted is warned about and tried again at the next publish: the new
 * one is live by then, and failing the publish would have its caller delete it.
 */
export const promote = async (
  releases: Releases,
  dir: string,
  warn: (line: string) => void = console.warn,
): Promise<void> => {
  if (!existsSync(path.join(dir, 'index.html')))
    throw new ReleaseError(`${dir} holds no site (no index.html); it was not made live.`);
  await pointLiveAt(releases, dir);
  const all = await listReleases(releases);
  const stale = all.slice(0, Math.max(0, all.length - KEEP_RELEASES)).filter((old) => old !== dir);
  await Promise.all(
    stale.map((old) =>
      removeRelease(old).catch((error: Error) =>
        warn(
          `publish: ${error.message}; the new release is live, and deleting the old one is tried again after the next publish. Check the disk and the folder's permissions.`,
        ),
      ),
    ),
  );
};

/** Makes the release before the live one live again; returns it. */
export const rollback = async (releases: Releases): Promise<string> => {
  const all = await listReleases(releases);
  const current = await liveRelease(releases);
  const index = current ? all.indexOf(current) : all.length;
  const previous = all[index - 1];
  if (!previous)
    throw new ReleaseError(
      `there is no release before ${current ? path.basename(current) : 'the live one'} to go back to (releases kept: ${all.map((dir) => path.basename(dir)).join(', ') || 'none'}).`,
    );
  await pointLiveAt(releases, previous);
  return previous;
};
