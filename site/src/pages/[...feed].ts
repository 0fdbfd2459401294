/** The feeds of feeds/feed-sets.ts, as RSS 2.0 and as JSON Feed 1.1. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { plannedFiles } from '../build/render-state.js';
import { feedSets, type FeedSet } from '../feeds/feed-sets.js';
import { translator } from '../i18n/strings.js';
import { typeInfo } from '../library/document-types.js';
import { loadLibrary } from '../library/library.js';
import { absoluteUrl, documentPath, feedRoute, withBase, type FeedFormat } from '../library/urls.js';

export const getStaticPaths = (async () => {
  const library = await loadLibrary();
  const files = feedSets(library).flatMap((set) =>
    (['rss', 'json'] as const).map((format) => ({
      route: feedRoute(set.folder, format),
      dependencies: set.dependencies,
      set,
      format,
    })),
  );
  return plannedFiles(files, library).map(({ route, set, format }) => ({
    params: { feed: route },
    props: { set, format },
  }));
}) satisfies GetStaticPaths;

const published = (date: string) => new Date(`${date}T12:00:00Z`);

export const GET: APIRoute = async ({ props, site }) => {
  const { set, format } = props as { set: FeedSet; format: FeedFormat };
  const t = translator(set.locale);
  const items = set.documents.map((doc) => ({
    url: absoluteUrl(site, documentPath(doc.type, doc.locale, doc.entry.slug)),
    title: doc.entry.title,
    summary: doc.entry.summary,
    date: published(doc.entry.publicationDate),
    updated: doc.entry.updatedAt,
    category: t(typeInfo(doc.type).singular),
  }));
  if (format === 'rss')
    return rss({
      title: set.title,
      description: t('siteTagline'),
      site: site!,
      customData: `<language>${set.locale}</language>`,
      items: items.map((item) => ({
        title: item.title,
        description: item.summary,
        link: item.url,
        pubDate: item.date,
        categories: [item.category],
      })),
    });
  // https://www.jsonfeed.org/version/1.1/
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: set.title,
    home_page_url: absoluteUrl(site, set.page),
    feed_url: absoluteUrl(site, withBase(feedRoute(set.folder, 'json'))),
    description: t('siteTagline'),
    language: set.locale,
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_text: item.summary,
      date_published: item.date.toISOString(),
      date_modified: item.updated,
      tags: [item.category],
    })),
  };
  return new Response(JSON.stringify(feed), { headers: { 'Content-Type': 'application/feed+json' } });
};
