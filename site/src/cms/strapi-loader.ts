/**
 * The Content Layer loader: every published entry of one content type, in every hub language,
 * read from Strapi's REST API with the read-only build token (see fetch-published.ts for the
 * count check and validation).
 *
 * The sync is incremental: a light listing of what is published (id, language, updatedAt) is
 * compared with the store kept from the last build, only new and changed entries are fetched,
 * and every stored entry the listing no longer has is deleted, so an unpublished or deleted
 * document cannot linger from an earlier build. A full sync the build asks for (build-handoff.ts),
 * or another CMS, a store of an older shape, an empty store, fetches everything: media replaced in
 * the library change entries without touching their updatedAt.
 */
import type { Loader } from 'astro/loaders';
import { LOCALES, type Blocks, type ContentTypeName, type Media } from '@resource-hub/content-types';
import { buildHandoff } from '../build/build-handoff.js';
import { readBuildToken, siteConfig } from '../config/site-config.js';
import { putStored } from './entry-store.js';
import { fetchPublished, listPublishedVersions } from './fetch-published.js';
import { recordPublished } from './published-fingerprint.js';
import { cacheMediaFile, mediaFileName, mediaSourceUrl } from './media.js';

/** What Astro's store holds per entry: enough to sync and to find the entry in the entry store. */
export interface EntryStub {
  documentId: string;
  locale: string;
  updatedAt: string;
  entryKey: string;
}

type Entry = {
  documentId: string;
  locale: string;
  updatedAt: string;
  body?: Blocks | null;
  attachments?: { file?: Media | null }[];
};

/** Stored with the stubs: a store kept by another CMS, or in another shape, is fetched again whole. */
const STUB_FORMAT = 2;

const storeId = (entry: { locale: string; documentId: string }) => `${entry.locale}/${entry.documentId}`;

export const strapiLoader = (typeName: ContentTypeName): Loader => ({
  name: `strapi-${typeName}`,
  load: async ({ store, meta, logger }) => {
    const config = siteConfig();
    const source = { url: config.cmsUrl, token: readBuildToken(config) };
    const published = await listPublishedVersions(source, typeName);
    recordPublished(typeName, published);
    const full =
      buildHandoff().fullSync ||
      meta.get('synced-from') !== `${config.cmsUrl} (stubs v${STUB_FORMAT})` ||
      store.keys().length === 0;
    const stale = full
      ? published
      : published.filter(
          (version) => (store.get(storeId(version))?.data as EntryStub | undefined)?.updatedAt !== version.updatedAt,
        );
    const perLocale = await Promise.all(
      LOCALES.map((locale) => {
        const documentIds = stale.filter((version) => version.locale === locale).map((version) => version.documentId);
        if (documentIds.length === 0) return [];
        return fetchPublished(source, typeName, { locale, documentIds: full ? undefined : documentIds });
      }),
    );
    const fetched = perLocale.flat() as unknown as Entry[];
    // Attachments are copied into the build; images go through astro:assets instead.
    const files = new Map<string, string>();
    for (const entry of fetched)
      for (const attachment of entry.attachments ?? [])
        if (attachment.file)
          files.set(
            mediaFileName(attachment.file),
            mediaSourceUrl(attachment.file, config.cmsUrl, config.mediaOrigins),
          );
    for (const [fileName, url] of files) await cacheMediaFile(url, fileName, config.cacheDir);

    if (full) store.clear();
    const current = new Set(published.map(storeId));
    for (const id of store.keys()) if (!current.has(id)) store.delete(id);
    for (const { body, ...entry } of fetched) {
      // The store keeps a stub; the entry and its body are kept beside it (see entry-store.ts).
      const data =
        body === undefined
          ? entry
          : { ...entry, bodyKey: body ? await putStored(config.cacheDir, 'bodies', body) : null };
      const stub: EntryStub = {
        documentId: entry.documentId,
        locale: entry.locale,
        updatedAt: entry.updatedAt,
        entryKey: await putStored(config.cacheDir, 'entries', data),
      };
      store.set({ id: storeId(entry), data: { ...stub }, digest: stub.entryKey });
    }
    // Published between the listing and the fetch, then unpublished: not in the library either.
    const fetchedIds = new Set(fetched.map(storeId));
    for (const version of stale) if (!fetchedIds.has(storeId(version))) store.delete(storeId(version));
    meta.set('synced-from', `${config.cmsUrl} (stubs v${STUB_FORMAT})`);
    const counts = LOCALES.map(
      (locale) => `${locale} ${published.filter((version) => version.locale === locale).length}`,
    ).join(', ');
    logger.info(
      `${published.length} published (${counts}); ${full ? 'all fetched' : `${fetched.length} new or changed fetched`}`,
    );
  },
});
