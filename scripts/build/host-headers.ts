/**
 * The release's `_headers` file (lib/security-headers.ts): the security headers and the Content
 * Security Policy, with the hashes of every inline script and style the pages carry, so a page
 * whose inline code changed is never served a policy that blocks it. Embeddable cards, in every
 * language, may be framed by any site; everything else by the site only. Astro's content-named
 * assets may be kept by browsers for a year.
 */
import path from 'node:path';
import { DEFAULT_LOCALE } from '@resource-hub/site/i18n/locales';
import {
  contentSecurityPolicy,
  formatHeadersFile,
  HEADERS_FILE,
  SECURITY_HEADERS,
  type HeaderRule,
} from '../lib/security-headers.js';
import type { PageSummary } from './check-site.js';
import { replaceFile } from './host-redirects.js';

export const writeHostHeaders = async (
  outDir: string,
  base: string,
  locales: string[],
  pages: Map<string, PageSummary>,
): Promise<void> => {
  const union = (pick: (page: PageSummary) => string[]) => [...new Set([...pages.values()].flatMap(pick))].sort();
  const hashes = { scripts: union((page) => page.inline.scripts), styles: union((page) => page.inline.styles) };
  const embedPaths = locales.map((locale) => `${base}${locale === DEFAULT_LOCALE ? '' : `${locale}/`}embed/*`);
  const rules: HeaderRule[] = [
    {
      path: `${base}*`,
      set: { ...SECURITY_HEADERS, 'Content-Security-Policy': contentSecurityPolicy(hashes, "'self'") },
    },
    // Astro names its built assets by their content: a new version is a new file.
    { path: `${base}_astro/*`, set: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
    ...embedPaths.map((embed) => ({
      path: embed,
      drop: ['X-Frame-Options', 'Content-Security-Policy'],
      set: { 'Content-Security-Policy': contentSecurityPolicy(hashes, '*') },
    })),
  ];
  await replaceFile(
    path.join(outDir, HEADERS_FILE),
    formatHeadersFile(rules, 'Resource Hub security headers, generated at build (Cloudflare Pages / Netlify format).'),
  );
};
