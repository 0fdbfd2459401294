import type { APIRoute } from 'astro';
import { absoluteUrl, BASE } from '../library/urls.js';

export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\nDisallow: ${BASE}embed/\n\nSitemap: ${absoluteUrl(site, `${BASE}sitemap.xml`)}\n`,
  );
