/**
 * The routing map the hub's site server follows (scripts/lib/static-server.ts): permanent links
 * answered with a real 301, where a plain static host serves their redirect pages instead. Paths
 * are inside the site, without the base.
 */
import type { APIRoute } from 'astro';
import { loadLibrary } from '../library/library.js';
import { buildRoutes } from '../library/routes.js';
import { documentRoute } from '../library/urls.js';

export const GET: APIRoute = async () => {
  const redirects: Record<string, string> = {};
  for (const { route, props } of buildRoutes(await loadLibrary()))
    if (props.kind === 'permalink') redirects[`/${route}`] = `/${documentRoute(props.doc.type, props.doc.locale, props.doc.entry.slug)}`;
  return new Response(JSON.stringify({ redirects, gone: [] }));
};
