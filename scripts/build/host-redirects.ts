/**
 * The release's routing map (hub-routing.json: former addresses and permanent links that redirect,
 * addresses of withdrawn documents) in the forms other hosts read, so a partner mirroring the
 * library, or the network moving it to another host, keeps every link working with real status
 * codes:
 *   _redirects            Netlify, Cloudflare Pages and others: "from to 301" and "from page 410"
 *   nginx-redirects.map   two nginx maps for the http {} block; the server {} block then says
 *                         if ($hub_redirect) { return 301 $hub_redirect; } if ($hub_gone) { return 410; }
 * Paths carry the base path. Each file is written aside and renamed in, never written through a
 * link to the live release.
 */
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { siteLocation } from '../lib/site-paths.js';
import { readRoutingFile } from '../lib/static-server.js';

export const HOST_FILES = { netlify: '_redirects', nginx: 'nginx-redirects.map' };

export const replaceFile = async (file: string, content: string) => {
  await writeFile(`${file}.next`, content);
  await rename(`${file}.next`, file);
};

export const writeHostRedirects = async (
  outDir: string,
  base: string,
): Promise<{ redirects: number; gone: number }> => {
  const routing = await readRoutingFile(outDir);
  const withBase = (sitePath: string) => `${base}${sitePath.slice(1)}`;
  // A target is a Location, written as the site's own server sends it: one path on the site.
  const redirects = Object.entries(routing.redirects).map(
    ([from, to]) => [withBase(from), siteLocation(base, to)] as const,
  );
  const gone = routing.gone.map(withBase);
  await replaceFile(
    path.join(outDir, HOST_FILES.netlify),
    [
      '# Resource Hub: every address ever published keeps working.',
      ...redirects.map(([from, to]) => `${from} ${to} 301`),
      ...gone.map((from) => `${from} ${from} 410`),
      '',
    ].join('\n'),
  );
  // nginx compares $uri, which has no trailing slash when the reader typed none: both forms are listed.
  const both = (sitePath: string) =>
    [sitePath, sitePath.replace(/\/$/, '')].filter((value, index, all) => value !== '' && all.indexOf(value) === index);
  await replaceFile(
    path.join(outDir, HOST_FILES.nginx),
    [
      '# Resource Hub redirects, generated at build. Include in http {}; in server {}:',
      '#   if ($hub_redirect) { return 301 $hub_redirect; }',
      '#   if ($hub_gone) { return 410; }',
      'map $uri $hub_redirect {',
      ...redirects.flatMap(([from, to]) =>
        both(from).map((variant) => `  ${JSON.stringify(variant)} ${JSON.stringify(to)};`),
      ),
      '}',
      'map $uri $hub_gone {',
      ...gone.flatMap((from) => both(from).map((variant) => `  ${JSON.stringify(variant)} 1;`)),
      '}',
      '',
    ].join('\n'),
  );
  return { redirects: redirects.length, gone: gone.length };
};
