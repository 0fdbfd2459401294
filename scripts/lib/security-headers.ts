/**
 * The site's HTTP security headers, written at build into the release's `_headers` file (the
 * format Cloudflare Pages and Netlify read) and applied from that same file by the hub's own
 * server, so what static hosts send is what the tests exercise.
 *
 * The Content Security Policy allows nothing but the site itself: scripts and styles from its own
 * files, plus the inline ones the build found, by hash; 'wasm-unsafe-eval' because Pagefind's search
 * runs as WebAssembly. Pages may be framed by the site only, the embeddable cards by anyone.
 */
import { readWhenChanged } from './file-cache.js';

/** Sent with every answer, files outside a release included. */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'SAMEORIGIN',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

export const HEADERS_FILE = '_headers';

/** Hash sources of the inline scripts and styles the pages carry ('sha256-…'). */
export interface InlineHashes {
  scripts: string[];
  styles: string[];
}

export const contentSecurityPolicy = ({ scripts, styles }: InlineHashes, frameAncestors: string): string =>
  [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval'${scripts.map((hash) => ` '${hash}'`).join('')}`,
    `style-src 'self'${styles.map((hash) => ` '${hash}'`).join('')}`,
    "img-src 'self' data:",
    // The site dresses text in the reader's own fonts: none are fetched.
    "font-src 'none'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');

/** One block of a `_headers` file: a path (a trailing * matches the rest), headers to set, headers to drop. */
export interface HeaderRule {
  path: string;
  set: Record<string, string>;
  /** Cloudflare's "! Name": a header an earlier matching rule set, taken out again. */
  drop?: string[];
}

export const formatHeadersFile = (rules: HeaderRule[], comment: string): string =>
  [
    `# ${comment}`,
    ...rules.flatMap((rule) => [
      rule.path,
      ...(rule.drop ?? []).map((name) => `  ! ${name}`),
      ...Object.entries(rule.set).map(([name, value]) => `  ${name}: ${value}`),
    ]),
    '',
  ].join('\n');

export const parseHeadersFile = (text: string): HeaderRule[] => {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), set: {}, drop: [] });
      continue;
    }
    const rule = rules.at(-1);
    const drop = /^\s*!\s*(\S+)/.exec(line);
    const header = /^\s*([^:\s]+):\s*(.*)$/.exec(line);
    if (rule && drop) rule.drop!.push(drop[1]);
    else if (rule && header) rule.set[header[1]] = header[2].trim();
  }
  return rules;
};

const matches = (pattern: string, urlPath: string) =>
  pattern.endsWith('*') ? urlPath.startsWith(pattern.slice(0, -1)) : urlPath === pattern;

/** The headers for a URL path: every matching rule in order, each dropping or replacing what came before. */
export const headersFor = (rules: HeaderRule[], urlPath: string): Record<string, string> => {
  const headers: Record<string, string> = {};
  for (const rule of rules.filter((candidate) => matches(candidate.path, urlPath))) {
    for (const name of rule.drop ?? []) headers[name] = '';
    Object.assign(headers, rule.set);
  }
  return headers;
};

/** The `_headers` rules of a site folder, read again only when the file changes; none when it has no file. */
export const headersReader = () => readWhenChanged(HEADERS_FILE, parseHeadersFile, []);
