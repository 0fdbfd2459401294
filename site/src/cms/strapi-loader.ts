/**
 * The Content Layer loader: every published entry of one content type, in every hub language,
 * read from Strapi's REST API with the read-only build token (see fetch-published.ts for the
 * count check and validation). The store is replaced whole on each build, so an unpublished or
 * deleted document cannot linger from an earlier build's cache.
 */
import type { Loader } from 'astro/loaders';
import { LOCALES, type Blocks, type ContentTypeName, type Media } from '@resource-hub/content-types';
import { readBuildToken, siteConfig } from '../config/site-config.js';
import { putBody } from './body-store.js';
import { fetchPublished } from './fetch-published.js';
import { cacheMediaFile, mediaFileName, mediaSourceUrl } from './media.js';

type Entry = { documentId: string; locale: string; body?: Blocks | null; attachments?: { file?: Media | null }[] };

export const strapiLoader = (typeName: ContentTypeName): Loader => ({
  name: `strapi-${typeName}`,
  load: async ({ store, logger, generateDigest }) => {
    const config = siteConfig();
    const source = { url: config.cmsUrl, token: readBuildToken(config) };
    const perLocale = await Promise.all(LOCALES.map((locale) => fetchPublished(source, typeName, { locale })));
    const entries = perLocale.flat() as unknown as Entry[];
    // Attachments are copied into the build; images go through astro:assets instead.
    const files = new Map<string, string>();
    for (const entry of entries)
      for (const attachment of entry.attachments ?? [])
        if (attachment.file) files.set(mediaFileName(attachment.file), mediaSourceUrl(attachment.file, config.cmsUrl, config.mediaOrigins));
    for (const [fileName, url] of files) await cacheMediaFile(url, fileName, config.cacheDir);
    store.clear();
    for (const { body, ...entry } of entries) {
      // The body stays out of the store (see body-store.ts); the page reads it by key.
      const data: Record<string, unknown> = body === undefined ? entry : { ...entry, bodyKey: body ? await putBody(config.cacheDir, body) : null };
      store.set({ id: `${entry.locale}/${entry.documentId}`, data, digest: generateDigest(data) });
    }
    logger.info(`${entries.length} published (${LOCALES.map((locale, index) => `${locale} ${perLocale[index].length}`).join(', ')})`);
  },
});
