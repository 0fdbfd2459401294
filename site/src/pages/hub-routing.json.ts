/**
 * The routing map the hub's site server follows (scripts/lib/static-server.ts), from which the
 * build also writes the redirect files of other hosts (scripts/build/host-redirects.ts): permanent
 * links and former addresses answered with a real 301, addresses of documents no longer published
 * with 410, where a plain static host serves their pages instead. Paths are inside the site,
 * without the base.
 */
import type { APIRoute } from 'astro';
import { loadLibrary } from '../library/library.js';
import { buildRoutes, redirectOf } from '../library/routes.js';

export const GET: APIRoute = async () => {
  const redirects: Record<string, string> = {};
  const gone: string[] = [];
  for (const { route, props } of buildRoutes(await loadLibrary())) {
    const target = redirectOf(props);
    if (target) redirects[`/${route}`] = `/${target.route}`;
    if (props.kind === 'gone') gone.push(`/${route}`);
  }
  return new Response(JSON.stringify({ redirects, gone }));
};
