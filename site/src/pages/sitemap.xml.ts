/** sitemap.xml from the route table, with each page's language alternates. */
import type { APIRoute } from 'astro';
import { loadLibrary } from '../library/library.js';
import { libraryPages } from '../library/routes.js';
import { absoluteUrl, documentPath, withBase } from '../library/urls.js';

const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export const GET: APIRoute = async ({ site }) => {
  const library = await loadLibrary();
  const entries = libraryPages(library).map(({ route, props }) => {
    const loc = absoluteUrl(site, withBase(route));
    if (props.kind !== 'document') return `<url><loc>${escapeXml(loc)}</loc></url>`;
    const translations = library.translations(props.doc);
    const alternates =
      translations.length > 1
        ? translations
            .map(
              (other) =>
                `<xhtml:link rel="alternate" hreflang="${other.locale}" href="${escapeXml(absoluteUrl(site, documentPath(other.type, other.locale, other.entry.slug)))}"/>`,
            )
            .join('')
        : '';
    return `<url><loc>${escapeXml(loc)}</loc><lastmod>${props.doc.entry.updatedAt.slice(0, 10)}</lastmod>${alternates}</url>`;
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
};
