/**
 * Request paths as the file system sees them, and redirect targets that stay on the site. A path
 * is decoded, its dot segments resolved and its repeated slashes collapsed before anything is
 * decided from it, so `/.//evil.example/..%2fguides` is `/guides`; a Location is always one path on
 * this site, never one a browser reads as another host (`//host/…`, `/\host/…`).
 */
import path from 'node:path';

export interface RequestTarget {
  /** Decoded and normalised: one leading slash, no dot segments, no repeated slashes. */
  path: string;
  /** The query as sent, with its '?' (or ''). */
  search: string;
}

/** The path and query of a request line's target; undefined when it does not parse or its percent-encoding does not decode. */
export const readRequestTarget = (target: string): RequestTarget | undefined => {
  try {
    // A target starting with '/' is a path even when it starts with '//', which URL alone would read as a host.
    const url = target.startsWith('/') ? new URL(`http://site.invalid${target}`) : new URL(target);
    return { path: path.posix.normalize(decodeURIComponent(url.pathname)), search: url.search };
  } catch {
    return undefined;
  }
};

/** The Location of a decoded path inside the site served under base: one leading slash, every segment percent-encoded. */
export const siteLocation = (base: string, sitePath: string): string =>
  path.posix
    .normalize(`/${base}/${sitePath}`)
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
