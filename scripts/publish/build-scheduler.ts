/**
 * Turns a stream of content events into as few site builds as possible: events are gathered
 * until things go quiet (or a maximum wait passes), builds never overlap, and events arriving
 * during a build cause exactly one more. A build that failed because the CMS was unreachable is
 * retried with growing pauses; other failures wait for the next event (status.json shows them).
 */
export interface PublishWork {
  /** Content events folded into this build. */
  events: number;
  /** Unpublish and delete events among them: removals the sanity guard should expect. */
  removals: number;
}

export interface SchedulerOptions {
  publish: (work: PublishWork) => Promise<void>;
  /** Whether a failed build is worth retrying on its own (e.g. the CMS was unreachable). */
  retryable?: (error: unknown) => boolean;
  quietMs?: number;
  maxWaitMs?: number;
  backoffMs?: number[];
  log?: (line: string) => void;
}

export interface BuildScheduler {
  request(event: { removal: boolean }): void;
  /** Starts building; until then requests are only gathered (e.g. while the CMS is starting). */
  resume(): void;
  /** Resolves once nothing is waiting or building. */
  idle(): Promise<void>;
  stop(): void;
}

export const createBuildScheduler = ({
  publish,
  retryable = () => false,
  quietMs = 500,
  maxWaitMs = 5000,
  backoffMs = [2000, 5000, 15000, 30000, 60000],
  log = () => {},
}: SchedulerOptions): BuildScheduler => {
  let pending: PublishWork | undefined;
  let firstPendingAt = 0;
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

  const schedule = (delay: number) => {
    if (stopped || paused) return;
    clearTimeout(timer);
    timer = setTimeout(run, delay);
  };

  const run = () => {
    timer = undefined;
    if (!pending || running) return settleIdle();
    const work = pending;
    pending = undefined;
    running = publish(work)
      .then(() => {
        failures = 0;
      })
      .catch((error: unknown) => {
        if (!retryable(error)) return log(`publisher: the build failed and waits for the next change: ${error instanceof Error ? error.message : String(error)}`);
        // Fold the failed work back in, so its removals still count when the retry runs.
        pending = { events: work.events + (pending?.events ?? 0), removals: work.removals + (pending?.removals ?? 0) };
        const pause = backoffMs[Math.min(failures, backoffMs.length - 1)];
        failures += 1;
        log(`publisher: the CMS could not be reached; trying again in ${pause / 1000} s`);
        schedule(pause);
      })
      .finally(() => {
        running = undefined;
        if (pending && !timer) schedule(quietMs);
        settleIdle();
      });
  };

  return {
    request: ({ removal }) => {
      if (!pending) firstPendingAt = Date.now();
      pending = { events: (pending?.events ?? 0) + 1, removals: (pending?.removals ?? 0) + (removal ? 1 : 0) };
      // While a build runs, the next one waits for it; otherwise wait for quiet, but not forever.
      if (!running && failures === 0) schedule(Math.max(0, Math.min(quietMs, firstPendingAt + maxWaitMs - Date.now())));
    },
    resume: () => {
      paused = false;
      if (pending && !running) schedule(0);
    },
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
