/** The explorer's files beside each language's search page: /search/explorer.json, its keys, words and cards. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { plannedFiles } from '../build/render-state.js';
import type { Locale } from '../i18n/locales.js';
import { loadLibrary } from '../library/library.js';
import { ALL_DOCUMENTS, ALL_LOCALES, ALL_TERMS } from '../library/render-plan.js';
import { siteLocales } from '../library/routes.js';
import { BASE, routePath } from '../library/urls.js';
import {
  explorerCard,
  explorerCardFiles,
  explorerIndex,
  explorerKeys,
  explorerView,
  explorerWords,
} from '../search/explorer-data.js';
import { EXPLORER_FILE, EXPLORER_KEYS_FILE, explorerCardsFile, portableCard } from '../search/explorer-format.js';

export const getStaticPaths = (async () => {
  const library = await loadLibrary();
  const files = siteLocales(library).flatMap((locale: Locale) => {
    const view = explorerView(library, locale);
    const folder = routePath(locale, 'search');
    const dependencies = [ALL_DOCUMENTS, ALL_TERMS, ALL_LOCALES];
    return [
      { route: `${folder}${EXPLORER_FILE}`, dependencies, body: () => explorerIndex(view) as unknown },
      { route: `${folder}${EXPLORER_KEYS_FILE}`, dependencies, body: () => explorerKeys(view) as unknown },
      ...explorerWords(view).map(({ file, words, dependencies: found }) => ({
        route: `${folder}${file}`,
        dependencies: found,
        body: () => words as unknown,
      })),
      // Cards are made when their file is written: their thumbnails are images Astro encodes then.
      ...explorerCardFiles(view, locale).map(({ entries, dependencies: shown }, index) => ({
        route: `${folder}${explorerCardsFile(index)}`,
        dependencies: shown,
        body: () => Promise.all(entries.map(async (entry) => portableCard(await explorerCard(entry.doc), BASE))),
      })),
    ];
  });
  return plannedFiles(files, library).map(({ route, body }) => ({ params: { explorer: route }, props: { body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(JSON.stringify(await (props as { body: () => unknown }).body()));
