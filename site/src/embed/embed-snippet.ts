/** What a partner pastes to show a document's card (embed-view.astro), and what oEmbed answers. */
import { PUBLISHER_NAME } from '../library/json-ld.js';
import type { LibraryDocument } from '../library/library-types.js';
import { absoluteUrl, embedRoute, homePath, withBase } from '../library/urls.js';

export const EMBED_SIZE = { width: 480, height: 200 };

const attribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const embedSnippet = (doc: LibraryDocument, site: URL | undefined): string =>
  `<iframe src="${attribute(absoluteUrl(site, withBase(embedRoute(doc.type, doc.locale, doc.entry.slug))))}" title="${attribute(doc.entry.title)}" ` +
  `width="${EMBED_SIZE.width}" height="${EMBED_SIZE.height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;

/** oEmbed 1.0, type rich (https://oembed.com/#section2.3.4). */
export const oembedOf = (doc: LibraryDocument, site: URL | undefined, siteName: string) => ({
  version: '1.0',
  type: 'rich',
  provider_name: siteName,
  provider_url: absoluteUrl(site, homePath(doc.locale)),
  author_name: PUBLISHER_NAME,
  title: doc.entry.title,
  html: embedSnippet(doc, site),
  ...EMBED_SIZE,
});
