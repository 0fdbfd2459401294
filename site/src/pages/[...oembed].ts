/** The oEmbed answer of every document's card, beside it: /embed/guides/{slug}/oembed.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { oembedOf } from '../embed/embed-snippet.js';
import { translator } from '../i18n/strings.js';
import { loadLibrary, type LibraryDocument } from '../library/library.js';
import { embedRoute } from '../library/urls.js';

export const getStaticPaths = (async () =>
  (await loadLibrary()).documents.map((doc) => ({ params: { oembed: `${embedRoute(doc.type, doc.locale, doc.entry.slug)}oembed.json` }, props: { doc } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { doc } = props as { doc: LibraryDocument };
  return new Response(JSON.stringify(oembedOf(doc, site, translator(doc.locale)('siteName'))), { headers: { 'Content-Type': 'application/json+oembed' } });
};
