/** Every published document, for partners to harvest; see catalogue/catalogue-schema.ts. */
import type { APIRoute } from 'astro';
import { buildCatalogue } from '../catalogue/catalogue.js';
import { loadLibrary } from '../library/library.js';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(buildCatalogue(await loadLibrary(), site)));
