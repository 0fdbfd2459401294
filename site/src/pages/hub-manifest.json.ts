/** The build manifest (see build/manifest.ts): what this build published, for the steps after Astro. */
import type { APIRoute } from 'astro';
import type { BuildManifest, ManifestDocument } from '../build/manifest.js';
import { mediaFileName } from '../cms/media.js';
import { documentFilters } from '../library/document-filters.js';
import { loadLibrary } from '../library/library.js';
import { libraryPages } from '../library/routes.js';
import { ogCardOf } from '../og/og-card.js';
import { explorerThumbnail } from '../search/explorer-thumbnail.js';
import { BASE, documentPath, mediaPath, withBase } from '../library/urls.js';

export const GET: APIRoute = async ({ site }) => {
  const library = await loadLibrary();
  const documents: ManifestDocument[] = await Promise.all(
    library.documents.map(async (doc) => ({
      type: doc.type,
      locale: doc.locale,
      documentId: doc.entry.documentId,
      permanentId: doc.entry.permanentId ?? null,
      slug: doc.entry.slug,
      url: documentPath(doc.type, doc.locale, doc.entry.slug),
      title: doc.entry.title,
      summary: doc.entry.summary,
      publicationDate: doc.entry.publicationDate,
      updatedAt: doc.entry.updatedAt,
      filters: documentFilters(library, doc),
      attachments: (doc.entry.attachments ?? []).flatMap((attachment) => {
        if (!attachment.file) return [];
        const file = mediaFileName(attachment.file);
        return [
          {
            url: mediaPath(file),
            file,
            title: attachment.title,
            language: attachment.language,
            bytes: Math.round(attachment.file.size * 1024),
          },
        ];
      }),
      og: await ogCardOf(library, doc),
      thumbnail: await explorerThumbnail(doc),
    })),
  );
  const manifest: BuildManifest = {
    siteUrl: (site?.origin ?? '').replace(/\/$/, ''),
    base: BASE,
    locales: library.locales,
    documents,
    pages: libraryPages(library).map(({ route }) => withBase(route)),
  };
  return new Response(JSON.stringify(manifest));
};
