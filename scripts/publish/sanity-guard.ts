/**
 * The last check before a release goes live: a build that suddenly has far fewer documents than
 * the live site is more likely a CMS or API problem than editors' intent, and partners' links
 * would break. Removals that unpublish or delete events announced are expected, not suspicious.
 */
export const MAX_UNEXPLAINED_DROP = 0.2;

export class SanityGuardError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SanityGuardError';
  }
}

export interface DocumentCounts {
  /** Published documents (all languages) in the live release. */
  live: number;
  /** Published documents in the new build. */
  next: number;
  /** Documents editors unpublished or deleted since the live release was built. */
  expectedRemovals?: number;
}

export const checkDocumentCounts = ({ live, next, expectedRemovals = 0 }: DocumentCounts): void => {
  if (live === 0) return;
  if (next === 0 && expectedRemovals < live)
    throw new SanityGuardError(
      `the new build has no published documents while the live site has ${live}; it was not made live. Check that the CMS and its database are the right ones and reachable, then publish again.`,
    );
  const unexplained = live - next - expectedRemovals;
  if (unexplained > live * MAX_UNEXPLAINED_DROP)
    throw new SanityGuardError(
      `the new build has ${next} published documents, ${live - next} fewer than the live site's ${live}, and only ${expectedRemovals} were unpublished or deleted; ` +
        `more than ${MAX_UNEXPLAINED_DROP * 100}% of the library would vanish, so it was not made live. Check the CMS, then publish again (or unpublish deliberately).`,
    );
};
