/** The oEmbed answer of every document's card, beside it: /embed/guides/{slug}/oembed.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { plannedFiles } from '../build/render-state.js';
import { oembedOf } from '../embed/embed-snippet.js';
import { translator } from '../i18n/strings.js';
import { loadLibrary, type LibraryDocument } from '../library/library.js';
import { documentDependency } from '../library/render-plan.js';
import { embedRoute } from '../library/urls.js';

export const getStaticPaths = (async () => {
  const library = await loadLibrary();
  const files = library.documents.map((doc) => ({
    route: `${embedRoute(doc.type, doc.locale, doc.entry.slug)}oembed.json`,
    dependencies: [documentDependency(doc.type, doc.locale, doc.entry.documentId)],
    doc,
  }));
  return plannedFiles(files, library).map(({ route, doc }) => ({ params: { oembed: route }, props: { doc } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { doc } = props as { doc: LibraryDocument };
  return new Response(JSON.stringify(oembedOf(doc, site, translator(doc.locale)('siteName'))), {
    headers: { 'Content-Type': 'application/json+oembed' },
  });
};
