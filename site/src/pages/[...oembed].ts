/** The oEmbed answer of every document's card, beside it: /embed/guides/{slug}/oembed.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { plannedFiles } from '../build/render-state.js';
import { oembedOf } from '../embed/embed-snippet.js';
import { loadLibrary, type LibraryDocument } from '../library/library.js';
import { documentDependency } from '../library/render-plan.js';
import { siteIdentity } from '../library/site-identity.js';
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

export const GET: APIRoute = async ({ props, site }) => {
  const { doc } = props as { doc: LibraryDocument };
  const identity = siteIdentity(await loadLibrary(), doc.locale);
  return new Response(JSON.stringify(oembedOf(doc, site, identity)), {
    headers: { 'Content-Type': 'application/json+oembed' },
  });
};
