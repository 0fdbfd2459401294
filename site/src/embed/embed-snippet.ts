/** What a partner pastes to show a document's card (embed-view.astro), and what oEmbed answers. */
import type { LibraryDocument } from '../library/library-types.js';
import type { SiteIdentity } from '../library/site-identity.js';
import { absoluteUrl, embedRoute, homePath, withBase } from '../library/urls.js';

export const EMBED_SIZE = { width: 480, height: 200 };

const attribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const embedSnippet = (doc: LibraryDocument, site: URL | undefined): string =>
  `<iframe src="${attribute(absoluteUrl(site, withBase(embedRoute(doc.type, doc.locale, doc.entry.slug))))}" title="${attribute(doc.entry.title)}" ` +
  `width="${EMBED_SIZE.width}" height="${EMBED_SIZE.height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;

/** oEmbed 1.0, type rich (https://oembed.com/#section2.3.4). */
export const oembedOf = (doc: LibraryDocument, site: URL | undefined, identity: SiteIdentity) => ({
  version: '1.0',
  type: 'rich',
  provider_name: identity.name,
  provider_url: absoluteUrl(site, homePath(doc.locale)),
  author_name: identity.publisher,
  title: doc.entry.title,
  html: embedSnippet(doc, site),
  ...EMBED_SIZE,
});
