/**
 * One GET to the CMS (or a media origin), asked again when the connection fails: every request
 * the build makes is a read, so asking again is safe, and a host that is down still fails within
 * 5 s, with the reason undici hides under its bare "fetch failed".
 */

// A connection can still be reset under load, when both sides block their event loops for
// seconds at 10,000 documents (the CMS keeps idle connections long for that: cms/config/server.ts).
const RETRY_DELAYS_MS = [250, 1000, 3000];

/** Why fetch failed, from the cause undici puts under its bare "fetch failed". */
const networkReason = (error: unknown): string => {
  const { message, cause } = error as Error & { cause?: { code?: string; message?: string } };
  return cause ? `${message}: ${[cause.code, cause.message].filter(Boolean).join(' ')}` : message;
};

export class UnreachableError extends Error {
  constructor(
    readonly reason: string,
    readonly attempts: number,
  ) {
    super(`${reason}, ${attempts} attempts`);
    this.name = 'UnreachableError';
  }
}

/** The response, or an UnreachableError saying why the connection failed and how often it was tried. */
export const readFromCms = async (
  url: string,
  init: RequestInit = {},
  fetchImpl: typeof fetch = fetch,
): Promise<Response> => {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await fetchImpl(url, init);
    } catch (error) {
      if (attempt >= RETRY_DELAYS_MS.length) throw new UnreachableError(networkReason(error), attempt + 1);
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS_MS[attempt]));
    }
  }
};
