/**
 * The publisher's Astro worker dies (the out-of-memory killer, an operator): the next build gets
 * a new worker, a build under way fails with the signal named and what to do, and this process,
 * which in the hub also runs the CMS and the site, goes on. The worker is a real process: a
 * stand-in that answers like astro-worker.mjs without loading Astro.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AstroBuildError,
  buildProcessStopped,
  oneOffAstro,
  startAstroWorker,
  type AstroRunner,
} from '../../scripts/build/astro-runner.js';
import { repoRoot } from '../../scripts/lib/paths.js';
import { BUILD_PROCESS_STOPPED } from '../../scripts/publish/retryable-failures.js';

const STAND_IN = path.join(repoRoot, 'tests', 'fixtures', 'stand-in-astro-worker.mjs');

/** This process's child processes whose command line holds `name`. */
const children = (name: string): number[] =>
  readdirSync(`/proc/${process.pid}/task`)
    .flatMap((task) =>
      readFileSync(`/proc/${process.pid}/task/${task}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number),
    )
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(name);
      } catch {
        return false;
      }
    });

const workers = () => children('stand-in-astro-worker');

const gone = async (pid: number) => {
  for (let tries = 0; tries < 100; tries += 1) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await sleep(20);
  }
  throw new Error(`process ${pid} is still there`);
};

describe('the Astro worker runner', () => {
  let runner: AstroRunner | undefined;
  afterEach(async () => {
    await runner?.close();
  });

  const build = (ms = 0) => runner!.build({ outDir: '/nonexistent' }, { STAND_IN_BUILD_MS: String(ms) }, () => {});

  it('keeps one worker between builds', async () => {
    runner = startAstroWorker({ workerFile: STAND_IN });
    await build();
    const [first] = workers();
    await build();
    expect(workers()).toEqual([first]);
  });

  it('replaces a worker killed by a signal while idle, without an error reaching this process', async () => {
    runner = startAstroWorker({ workerFile: STAND_IN });
    await build();
    const [first] = workers();
    process.kill(first!, 'SIGKILL');
    await gone(first!);
    await expect(build()).resolves.toHaveProperty('peakMemoryMb');
    expect(workers()).toHaveLength(1);
    expect(workers()).not.toContain(first);
  });

  it('fails a build whose worker is killed under it with the signal named, then builds on a new worker', async () => {
    runner = startAstroWorker({ workerFile: STAND_IN });
    await build();
    const building = build(5000);
    await sleep(200);
    const [worker] = workers();
    process.kill(worker!, 'SIGKILL');
    const error = await building.then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(AstroBuildError);
    expect(error).toMatchObject({ code: BUILD_PROCESS_STOPPED });
    expect((error as Error).message).toMatch(/killed by signal SIGKILL before it finished/);
    await expect(build()).resolves.toHaveProperty('peakMemoryMb');
  });

  it.each([
    [null, 'SIGKILL', /killed by signal SIGKILL before it finished \(the system does this when it runs out of memory/],
    [null, 'SIGTERM', /killed by signal SIGTERM before it finished\. The publisher tries/],
    [1, null, /exited with code 1 before it finished\. The publisher tries/],
  ] as const)(
    'says how the build process ended (exit %s, signal %s) and what an editor can do',
    (code, signal, how) => {
      const error = buildProcessStopped(code, signal);
      expect(error.message).toMatch(how);
      expect(error.message).toMatch(
        /tries such a build once more on its own\. If this message stays, publish again; if it keeps happening, ask the administrator to check the memory/,
      );
      expect(error.message).not.toMatch(/exit null/);
      expect(error.code).toBe(BUILD_PROCESS_STOPPED);
    },
  );

  it('gives a one-off `astro build` killed under it the same code, so the error says what it was by code', async () => {
    const building = oneOffAstro.build({ outDir: path.join(tmpdir(), `hub-one-off-${process.pid}`) }, {}, () => {});
    let astro: number | undefined;
    for (let tries = 0; tries < 250 && !astro; tries += 1) {
      [astro] = children('astro.js');
      await sleep(20);
    }
    process.kill(astro!, 'SIGKILL');
    const error = await building.then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(AstroBuildError);
    expect(error).toMatchObject({ code: BUILD_PROCESS_STOPPED });
    expect((error as Error).message).toMatch(/killed by signal SIGKILL/);
  });
});
