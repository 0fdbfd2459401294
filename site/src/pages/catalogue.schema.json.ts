/** The published JSON Schema of /catalogue.json. */
import type { APIRoute } from 'astro';
import { catalogueSchema } from '../catalogue/catalogue-schema.js';

export const GET: APIRoute = () => new Response(JSON.stringify(catalogueSchema, null, 2));
