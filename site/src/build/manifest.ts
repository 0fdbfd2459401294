/**
 * What a build published: written by the site to `hub-manifest.json` at the root of the output,
 * read by the steps after Astro (media copy, search index, post-build checks) and, later, by the
 * publisher to compare what is published with what was last built. Only published data is in it.
 */
import type { DocumentTypeName, Locale } from '@resource-hub/content-types';
import type { FacetName } from '../generated/site-model.js';
import type { ExplorerThumbnail } from '../search/explorer-format.js';

export const MANIFEST_FILE = 'hub-manifest.json';

/** Search filters a document carries, by Pagefind filter name: its type, its year and the terms of each facet. */
export type DocumentFilters = { type: string; year: string } & Record<FacetName, string[]>;

export interface ManifestAttachment {
  /** Site path of the copied PDF, base included, e.g. /media/report_a1b2c3.pdf */
  url: string;
  /** File name inside the media cache and under /media/ in the output. */
  file: string;
  title: string;
  language: string;
  bytes: number;
}

/** A document's sharing image: what it shows, and where (site/src/og/og-card.ts). */
export interface OgCard {
  /** Site path of the image, base included: /og/{hash}.jpg */
  file: string;
  title: string;
  /** Type, and city where there is one: "City spotlight · Rabat". */
  label: string;
  siteName: string;
  direction: 'ltr' | 'rtl';
  /** Site path of the cover at 1200 px (JPEG), drawn behind the text. */
  cover?: string;
  /** The network's logo (PNG, site path) and size, drawn on a white tile before its name. */
  logo?: { file: string; width: number; height: number };
  /** The network's accent colour (#RRGGBB, AA on white) the cover shows through; the site's blue without one. */
  shade?: string;
}

export interface ManifestDocument {
  type: DocumentTypeName;
  locale: Locale;
  documentId: string;
  permanentId: string | null;
  slug: string;
  /** Site path of the page, base included, ending with a slash. */
  url: string;
  title: string;
  summary: string;
  publicationDate: string;
  updatedAt: string;
  filters: DocumentFilters;
  /** Its cover as the explorer shows it: its PDFs' search records carry it, as the page does. */
  thumbnail?: ExplorerThumbnail;
  attachments: ManifestAttachment[];
  /** Its sharing image, drawn after Astro (scripts/build/og-images.ts). */
  og?: OgCard;
}

export interface BuildManifest {
  /** Absolute origin from SITE_URL, no trailing slash. */
  siteUrl: string;
  /** Path prefix the site is hosted under, '/' or '/prefix/'. */
  base: string;
  /** Languages that have at least one published document. */
  locales: Locale[];
  documents: ManifestDocument[];
  /** Every page path the build emitted (base included), for the link and slug checks. */
  pages: string[];
}
