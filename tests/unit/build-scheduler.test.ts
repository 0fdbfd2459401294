/** Coalescing content events into few, never overlapping builds. */
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { AstroBuildError } from '../../scripts/build/astro-runner.js';
import { createBuildScheduler, type PublishWork } from '../../scripts/publish/build-scheduler.js';
import { BUILD_PROCESS_STOPPED, CMS_UNREACHABLE, type Retry } from '../../scripts/publish/retryable-failures.js';

/** A stand-in build that takes a while (ms, or until a promise settles) and records what it was asked to do, and whether builds overlapped; the first builds fail with `failures`. */
const recordingBuild = (lasts: number | Promise<unknown>, ...failures: Error[]) => {
  const builds: PublishWork[] = [];
  let running = 0;
  let overlapped = false;
  let started = 0;
  const publish = async (work: PublishWork) => {
    started += 1;
    running += 1;
    overlapped ||= running > 1;
    await (typeof lasts === 'number' ? sleep(lasts) : lasts);
    running -= 1;
    const failure = failures.shift();
    if (failure) throw failure;
    builds.push(work);
  };
  return { builds, publish, overlapped: () => overlapped, started: () => started };
};

describe('build scheduler', () => {
  it('turns 50 publishes in two seconds into at most two builds that never overlap, losing none', async () => {
    // The first publish starts a build at once; the rest wait for it and go into one more. That
    // build lasts until all 50 are sent, however slowly a busy machine runs the loop.
    let allSent = () => {};
    const build = recordingBuild(new Promise<void>((resolve) => (allSent = resolve)));
    const scheduler = createBuildScheduler({ publish: build.publish, quietMs: 200, maxWaitMs: 1000 });
    scheduler.resume();
    for (let n = 0; n < 50; n += 1) {
      scheduler.request({ removal: n % 10 === 0 });
      await sleep(40);
    }
    allSent();
    await scheduler.idle();
    expect(build.builds).toHaveLength(2);
    expect(build.builds.reduce((sum, work) => sum + work.events, 0)).toBe(50);
    expect(build.builds.reduce((sum, work) => sum + work.removals, 0)).toBe(5);
    expect(build.overlapped()).toBe(false);
  });

  it('starts building on the first change after a calm instead of waiting for quiet', async () => {
    const build = recordingBuild(50);
    const scheduler = createBuildScheduler({ publish: build.publish, quietMs: 2000, maxWaitMs: 5000 });
    scheduler.resume();
    scheduler.request({ removal: false });
    // Strapi sends some events in pairs: the second joins the first build.
    scheduler.request({ removal: false });
    await sleep(300);
    expect(build.started()).toBe(1);
    await scheduler.idle();
    expect(build.builds).toEqual([{ events: 2, removals: 0, refetchAll: false }]);
  });

  it('gathers requests while paused and builds once resumed', async () => {
    const build = recordingBuild(10);
    const scheduler = createBuildScheduler({ publish: build.publish, quietMs: 10 });
    scheduler.request({ removal: false });
    scheduler.request({ removal: false });
    await sleep(100);
    expect(build.builds).toHaveLength(0);
    scheduler.resume();
    await scheduler.idle();
    expect(build.builds).toEqual([{ events: 2, removals: 0, refetchAll: false }]);
  });

  it('retries a build that failed because the CMS was unreachable, keeping its removals', async () => {
    const build = recordingBuild(
      10,
      Object.assign(new Error('cannot reach the CMS at http://127.0.0.1:1337'), { code: CMS_UNREACHABLE }),
    );
    const logged: string[] = [];
    const scheduler = createBuildScheduler({
      publish: build.publish,
      retry: (error) =>
        (error as { code?: string }).code === CMS_UNREACHABLE
          ? { inMs: 50, because: 'the CMS could not be reached' }
          : undefined,
      quietMs: 10,
      log: (line) => logged.push(line),
    });
    scheduler.resume();
    scheduler.request({ removal: true });
    await sleep(20);
    await scheduler.idle();
    expect(build.builds).toEqual([{ events: 1, removals: 1, refetchAll: false }]);
    expect(logged.join('\n')).toMatch(/could not be reached; trying again in 0.05 s/);
  });

  it('does not retry other failures: it waits for the next change', async () => {
    const build = recordingBuild(10, new Error('a post-build check failed'));
    const logged: string[] = [];
    const scheduler = createBuildScheduler({ publish: build.publish, quietMs: 10, log: (line) => logged.push(line) });
    scheduler.resume();
    scheduler.request({ removal: false });
    await sleep(20);
    await scheduler.idle();
    expect(build.builds).toHaveLength(0);
    expect(logged.join('\n')).toMatch(/waits for the next change: a post-build check failed/);
    scheduler.request({ removal: false });
    await sleep(20);
    await scheduler.idle();
    expect(build.builds).toHaveLength(1);
  });

  it('tries a build whose process was killed once more, says when, and then waits for the next change', async () => {
    const killed = () => new AstroBuildError('the build process stopped', BUILD_PROCESS_STOPPED);
    const build = recordingBuild(10, killed(), killed(), killed());
    const logged: string[] = [];
    const retries: Retry[] = [];
    const scheduler = createBuildScheduler({
      publish: build.publish,
      retry: (error, failures) =>
        (error as { code?: string }).code === BUILD_PROCESS_STOPPED && failures === 0
          ? { inMs: 50, because: 'the build process was stopped before it finished' }
          : undefined,
      onRetry: (_error, retry) => retries.push(retry),
      quietMs: 10,
      log: (line) => logged.push(line),
    });
    scheduler.resume();
    scheduler.request({ removal: false });
    await sleep(20);
    await scheduler.idle();
    expect(build.started()).toBe(2);
    expect(retries).toEqual([{ inMs: 50, because: 'the build process was stopped before it finished' }]);
    expect(logged.join('\n')).toMatch(/the build process was stopped before it finished; trying again in 0.05 s/);
    expect(logged.join('\n')).toMatch(/waits for the next change: Astro could not build the site/);
    // The next change starts afresh: its build, killed too, is again tried once more.
    scheduler.request({ removal: false });
    await sleep(20);
    await scheduler.idle();
    expect(build.started()).toBe(4);
    expect(build.builds).toHaveLength(1);
  });
});
