/**
 * Which other sites' scripts may read the CMS's answers (strapi::cors). The admin panel and the
 * APIs it calls answer their own origin only, so a sibling origin (another port, a sister
 * subdomain) cannot trade an editor's refresh cookie for an admin token. The content API answers
 * the origins in CORS_ORIGINS, and never with credentials: its tokens are sent by hand, not by the browser.
 */

// Case-insensitive, as Strapi's router matches paths: /API/guides is the content API too.
const CONTENT_API = /^\/api(\/|$)/i;

export const corsConfig = (allowedOrigins: string[]) => ({
  // An empty list makes strapi::cors send no CORS headers at all.
  origin: (ctx: { path: string }) => (CONTENT_API.test(ctx.path) ? allowedOrigins : []),
  credentials: false,
});
