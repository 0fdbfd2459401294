/**
 * Which failed builds the publisher tries again on its own, and when. Decided by the failure's
 * code (set where the failure is known for what it is), never by its message, which is for people.
 */

/** The build could not reach the CMS: it comes back on its own, so the build is tried until it does. */
export const CMS_UNREACHABLE = 'CMS_UNREACHABLE';
/** The build's process was killed or exited before it finished: tried once more, as it may recur (memory). */
export const BUILD_PROCESS_STOPPED = 'BUILD_PROCESS_STOPPED';

export type FailureCode = typeof CMS_UNREACHABLE | typeof BUILD_PROCESS_STOPPED;

export const CMS_BACKOFF_MS = [2000, 5000, 15000, 30000, 60000];
export const STOPPED_BACKOFF_MS = 2000;

export interface Retry {
  inMs: number;
  /** Why, for the log: "<because>; trying again in 2 s". */
  because: string;
}

export const failureCodeOf = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
};

/** When to try a failed build again, or undefined to wait for the next change; `failures` counts the failed builds just before it. */
export const retryOf = (error: unknown, failures: number): Retry | undefined => {
  switch (failureCodeOf(error)) {
    case CMS_UNREACHABLE:
      return {
        inMs: CMS_BACKOFF_MS[Math.min(failures, CMS_BACKOFF_MS.length - 1)]!,
        because: 'the CMS could not be reached',
      };
    case BUILD_PROCESS_STOPPED:
      return failures === 0
        ? { inMs: STOPPED_BACKOFF_MS, because: 'the build process was stopped before it finished' }
        : undefined;
    default:
      return undefined;
  }
};
