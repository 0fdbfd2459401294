/**
 * Strapi's banner announcing its new media library (with a link to a release blog post) speaks
 * to developers, not editors: it starts dismissed, where Strapi remembers a dismissal.
 */
import { getFetchClient } from '@strapi/strapi/admin';

export const dismissMediaLibraryBanner = async (): Promise<void> => {
  const { data } = await getFetchClient().get<{ data: { uuid?: string | false } }>('/admin/init');
  // Strapi keys the dismissal by its project id, unknown to the page until /admin/init answers.
  for (const scope of [String(data.data.uuid), 'undefined'])
    for (const legacy of [false, true])
      window.localStorage.setItem(`STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${legacy}:${scope}`, 'true');
};
