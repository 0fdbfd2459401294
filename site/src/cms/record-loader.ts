/**
 * An Astro loader for a record type the CMS writes itself (the published addresses): small, so
 * read whole on every build, and kept in Astro's store as the CMS returns it.
 */
import type { Loader } from 'astro/loaders';
import type { ContentTypeName } from '@resource-hub/content-types';
import { readBuildToken, siteConfig } from '../config/site-config.js';
import { fetchRecords } from './fetch-published.js';

export const recordLoader = (typeName: ContentTypeName): Loader => ({
  name: `strapi-${typeName}`,
  load: async ({ store }) => {
    const config = siteConfig();
    const records = await fetchRecords({ url: config.cmsUrl, token: readBuildToken(config) }, typeName);
    store.clear();
    for (const record of records)
      store.set({ id: record.documentId, data: record as unknown as Record<string, unknown> });
  },
});
