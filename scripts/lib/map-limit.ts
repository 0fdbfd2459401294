/**
 * Runs task over items, a few at a time. On a failure the others stop taking work and are waited
 * for before it is thrown: nothing of a failed step still runs when its caller cleans up (the
 * build removes its staging directory; the indexer closes Pagefind, which a late call would start
 * again). p-map rejects at once and leaves the tasks in flight running, hence this.
 */
export const mapLimit = async <T>(items: T[], limit: number, task: (item: T) => Promise<unknown>): Promise<void> => {
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      try {
        await task(items[next++]!);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const results = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, worker));
  const failure = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure) throw failure.reason;
};
