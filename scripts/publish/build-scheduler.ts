/**
 * Turns a stream of content events into as few site builds as possible. The first change after
 * a calm starts a build at once (an editor waits for it); events arriving meanwhile are gathered
 * until things go quiet (or a maximum wait after that build passes) and make one more build.
 * Builds never overlap. A failed build the retry option says is worth it (the CMS was unreachable,
 * its process was killed: see retryable-failures.ts) is tried again after a pause; other failures
 * wait for the next event (status.json shows them).
 */
import type { Retry } from './retryable-failures.js';

export interface PublishWork {
  /** Content events folded into this build. */
  events: number;
  /** Unpublish and delete events among them: removals the sanity guard should expect. */
  removals: number;
  /** Whether all content must be fetched again, not only what changed (see site/src/cms/strapi-loader.ts). */
  refetchAll: boolean;
}

export interface ContentChange {
  removal: boolean;
  /** Media were replaced, or the hub has just started: entries may have changed without a new updatedAt. */
  refetchAll?: boolean;
}

export interface SchedulerOptions {
  publish: (work: PublishWork) => Promise<void>;
  /** When a failed build is worth trying again on its own, and after how long; `failures` counts the failed builds just before it. */
  retry?: (error: unknown, failures: number) => Retry | undefined;
  /** Told of each retry as it is decided, e.g. to show editors when it comes. */
  onRetry?: (error: unknown, retry: Retry) => void;
  /** Delay of a build started by the first change after a calm (Strapi sends some events in pairs). */
  leadingMs?: number;
  quietMs?: number;
  maxWaitMs?: number;
  log?: (line: string) => void;
}

export interface BuildScheduler {
  request(change: ContentChange): void;
  /** Starts building; until then requests are only gathered (e.g. while the CMS is starting). */
  resume(): void;
  /** Resolves once nothing is waiting or building. */
  idle(): Promise<void>;
  /** Whether a build runs now, or changes wait for one. */
  busy(): boolean;
  stop(): void;
}

const merge = (work: PublishWork, more: PublishWork | undefined): PublishWork =>
  more
    ? {
        events: work.events + more.events,
        removals: work.removals + more.removals,
        refetchAll: work.refetchAll || more.refetchAll,
      }
    : work;

export const createBuildScheduler = ({
  publish,
  retry: retryOf = () => undefined,
  onRetry,
  leadingMs = 50,
  quietMs = 500,
  maxWaitMs = 5000,
  log = () => {},
}: SchedulerOptions): BuildScheduler => {
  let pending: PublishWork | undefined;
  let firstPendingAt = 0;
  let lastBuildEndedAt = 0;
  let leading = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let failures = 0;
  let stopped = false;
  let paused = true;
  const idleWaiters: (() => void)[] = [];

  const settleIdle = () => {
    if (pending || running || timer) return;
    for (const resolve of idleWaiters.splice(0)) resolve();
  };

  const schedule = (delay: number, asLeading = false) => {
    if (stopped || paused) return;
    clearTimeout(timer);
    leading = asLeading;
    timer = setTimeout(run, delay);
  };

  const run = () => {
    timer = undefined;
    leading = false;
    if (!pending || running) return settleIdle();
    const work = pending;
    pending = undefined;
    running = publish(work)
      .then(() => {
        failures = 0;
      })
      .catch((error: unknown) => {
        const retry = retryOf(error, failures);
        if (!retry) {
          failures = 0;
          return log(
            `publisher: the build failed and waits for the next change: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
        // Fold the failed work back in, so its removals still count when the retry runs.
        pending = merge(work, pending);
        failures += 1;
        log(`publisher: ${retry.because}; trying again in ${retry.inMs / 1000} s`);
        onRetry?.(error, retry);
        schedule(retry.inMs);
      })
      .finally(() => {
        running = undefined;
        lastBuildEndedAt = Date.now();
        if (pending && !timer) schedule(quietMs);
        settleIdle();
      });
  };

  return {
    request: ({ removal, refetchAll = false }) => {
      const now = Date.now();
      // Nothing waiting and nothing building: not part of a burst (a burst leaves events pending).
      const calm = !pending && !running && !timer;
      if (!pending) firstPendingAt = now;
      pending = merge({ events: 1, removals: removal ? 1 : 0, refetchAll }, pending);
      // While a build runs, the next one waits for it. After a calm, build at once; otherwise wait
      // for quiet, but not longer than maxWaitMs after the later of the first event and the last build.
      if (running || failures > 0 || (timer && leading)) return;
      if (calm) return schedule(leadingMs, true);
      schedule(Math.max(0, Math.min(quietMs, Math.max(firstPendingAt, lastBuildEndedAt) + maxWaitMs - now)));
    },
    resume: () => {
      paused = false;
      if (pending && !running) schedule(0);
    },
    busy: () => Boolean(running || pending),
    idle: () =>
      new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        settleIdle();
      }),
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
      pending = undefined;
      settleIdle();
    },
  };
};
