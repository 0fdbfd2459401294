/**
 * Keeps the downloadable copy of the library (`npm run export:offline`) in step with the live
 * release: packed a while after the last publish, in a separate low-priority process so that
 * neither the site server nor the next build waits on it. The offline page links to it once it
 * exists; until the first one is packed the link is simply not shown.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { setPriority } from 'node:os';
import path from 'node:path';
import { ARCHIVE_PATH } from '@resource-hub/site/offline/offline-manifest';
import { repoRoot } from '../lib/paths.js';
import { liveRelease, type Releases } from './releases.js';

/** Where the archive of the live release is kept, outside the releases (it outlives them). */
export const archiveFileOf = (releases: Releases): string => path.join(path.dirname(releases.root), ARCHIVE_PATH);

export interface LibraryArchiver {
  /** Packs the live release once publishes have been quiet for the delay. */
  request(): void;
  stop(): void;
}

export const createLibraryArchiver = ({
  releases,
  delayMs = 30_000,
  log,
}: {
  releases: Releases;
  delayMs?: number;
  log: (line: string) => void;
}): LibraryArchiver => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let child: ChildProcess | undefined;
  let again = false;
  let stopped = false;

  const pack = async () => {
    const live = await liveRelease(releases);
    if (!live) return;
    const out = archiveFileOf(releases);
    await mkdir(path.dirname(out), { recursive: true });
    const exporter = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(repoRoot, 'scripts', 'export', 'run.ts'), '--from', live, '--out', out],
      {
        cwd: repoRoot,
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    child = exporter;
    try {
      if (exporter.pid) setPriority(exporter.pid, 15);
    } catch {
      // It already ended: its 'exit' below says how.
    }
    let errors = '';
    exporter.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    // 'error' (it could not start) and 'exit' (a code, or the signal it was killed by) both end it.
    const ended = await new Promise<string | undefined>((resolve) => {
      exporter.once('error', (error) => resolve(`it could not be started (${error.message})`));
      exporter.once('exit', (code, signal) =>
        resolve(signal ? `it was killed by signal ${signal}` : code === 0 ? undefined : `exit code ${code}`),
      );
    });
    child = undefined;
    if (ended && !stopped)
      log(
        `archive: the downloadable copy was not updated: ${errors.trim() || ended}; the next publish packs it again.`,
      );
  };

  const request = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (child) {
        again = true;
        return;
      }
      // Nothing about packing may end the hub: a failure only means the old copy stays.
      void pack()
        .catch((error: unknown) =>
          log(
            `archive: the downloadable copy was not updated: ${error instanceof Error ? error.message : String(error)}; the next publish packs it again.`,
          ),
        )
        .finally(() => {
          if (again) {
            again = false;
            request();
          }
        });
    }, delayMs);
  };

  return {
    request,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      child?.kill();
    },
  };
};
