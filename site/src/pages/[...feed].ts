/** RSS feeds: the whole library and each document type, in every language with content. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { DocumentTypeName } from '@resource-hub/content-types';
import type { Locale } from '../i18n/locales.js';
import { translator } from '../i18n/strings.js';
import { DOCUMENT_TYPES, typeInfo } from '../library/document-types.js';
import { loadLibrary } from '../library/library.js';
import { siteLocales } from '../library/routes.js';
import { BASE, documentPath, feedPath } from '../library/urls.js';

const FEED_SIZE = 50;

export const getStaticPaths = (async () => {
  const library = await loadLibrary();
  return siteLocales(library).flatMap((locale) =>
    [undefined, ...DOCUMENT_TYPES.map((info) => info.name)].map((type) => ({
      params: { feed: feedPath(locale, type).slice(BASE.length) },
      props: { locale, type },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { locale, type } = props as { locale: Locale; type?: DocumentTypeName };
  const library = await loadLibrary();
  const t = translator(locale);
  const documents = library.documents.filter((doc) => doc.locale === locale && (!type || doc.type === type)).slice(0, FEED_SIZE);
  return rss({
    title: type ? `${t(typeInfo(type).plural)} | ${t('siteName')}` : t('siteName'),
    description: t('siteTagline'),
    site: site!,
    customData: `<language>${locale}</language>`,
    items: documents.map((doc) => ({
      title: doc.entry.title,
      description: doc.entry.summary,
      link: documentPath(doc.type, doc.locale, doc.entry.slug),
      pubDate: new Date(`${doc.entry.publicationDate}T12:00:00Z`),
      categories: [t(typeInfo(doc.type).singular)],
    })),
  });
};
