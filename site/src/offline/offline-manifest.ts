/**
 * What a release offers for offline reading, shared by the build that writes it
 * (scripts/build/offline-files.ts), the service worker that saves from it and the pages that
 * show it. Every file is named by its site path (base included) and carries a hash of its bytes:
 * a saved copy is kept under path + hash, so an update fetches only the files whose hash changed
 * and an old page can never be mistaken for the current one.
 */

/** Hash and size in bytes of one file of the release. */
export type FileInfo = [hash: string, bytes: number];

/** One language of one release: written as offline/<locale>.<hash>.json. */
export interface OfflineLanguage {
  locale: string;
  files: Record<string, FileInfo>;
  /** Everything the language's library needs: its pages, their images, its search index. */
  library: string[];
  /** The PDFs attached to the language's documents, saved with the library on request. */
  attachments: string[];
  /** By document page: the page, its images and its PDFs. */
  documents: Record<string, { title: string; files: string[] }>;
  /** Other sizes and formats of a saved image, answered offline with the one that was saved. */
  aliases: Record<string, string>;
}

/** What the service worker of a release is built with. */
export interface OfflineRelease {
  /** Changes whenever anything a reader can save changes. */
  id: string;
  base: string;
  /** By locale: the URL of its OfflineLanguage. */
  languages: Record<string, string>;
  /** By locale: the page shown for an address that was neither saved nor visited. */
  fallbackPages: Record<string, string>;
}

/** What sw.js is told: the release, and the files every reader gets on a first visit (Workbox precache). */
export interface ServiceWorkerConfig {
  release: OfflineRelease;
  precache: { url: string; revision: string }[];
}

/** What a reader asks to keep. */
export type SaveScope =
  { kind: 'library'; locale: string; attachments: boolean } | { kind: 'document'; locale: string; path: string };

export const scopeId = (scope: SaveScope): string =>
  scope.kind === 'library' ? `library:${scope.locale}` : `document:${scope.path}`;

/** The files a scope needs, in the order they are fetched (pages first, the heavy PDFs last). */
export const scopeFiles = (language: OfflineLanguage, scope: SaveScope): string[] => {
  if (scope.kind === 'library')
    return scope.attachments ? [...language.library, ...language.attachments] : language.library;
  return language.documents[scope.path]?.files ?? [];
};

/** Where a saved copy of a file lives in the cache: its path plus the hash of what was saved. */
export const savedKey = (origin: string, path: string, hash: string): string =>
  `${origin}${path}${path.includes('?') ? '&' : '?'}saved=${hash}`;

/** Marks the pages of a downloaded copy of the library (npm run export:offline): it is offline already. */
export const ARCHIVE_META = 'hub-archive';

/** Where the running hub serves the latest downloadable copy, from the site's base. */
export const ARCHIVE_PATH = 'downloads/resource-hub-library.zip';
