/** The published library as pages see it (see library.ts, which loads it from the content store). */
import type {
  City,
  CitySpotlight,
  DocumentTypeName,
  EventReport,
  Guide,
  HomePage,
  Partner,
  PublishedAddress,
  Region,
  Theme,
  Toolkit,
} from '@resource-hub/content-types';
import type { Locale } from '../i18n/locales.js';
import type { TaxonomyName } from './document-types.js';

export type AnyDocument = Guide | Toolkit | CitySpotlight | EventReport;
export type AnyTerm = Theme | Region | City | Partner;
export type { PublishedAddress };

export interface LibraryDocument {
  type: DocumentTypeName;
  locale: Locale;
  entry: AnyDocument;
  /** Changes whenever the entry does (a hash of its content): what incremental builds compare. */
  digest: string;
  /** A draft rendered for the CMS's Preview panel: never published, never in a release. */
  preview?: boolean;
}

export interface LibraryTerm {
  taxonomy: TaxonomyName;
  locale: Locale;
  entry: AnyTerm;
  digest: string;
  /** A draft rendered for the CMS's Preview panel: never published, never in a release. */
  preview?: boolean;
}

/** The home page settings in one language (content-types/model/settings/home-page.ts). */
export interface LibraryHomePage {
  locale: Locale;
  entry: HomePage;
  digest: string;
}

export interface Library {
  /** Newest first by publication date, then title. */
  documents: LibraryDocument[];
  terms: LibraryTerm[];
  /** Languages with at least one published document, English first. */
  locales: Locale[];
  find(type: DocumentTypeName, locale: Locale, documentId: string): LibraryDocument | undefined;
  translations(doc: LibraryDocument): LibraryDocument[];
  findTerm(taxonomy: TaxonomyName, locale: Locale, documentId: string): LibraryTerm | undefined;
  /** Documents in the term's language that are tagged with it (for a city: mention it or are held there). */
  documentsTagged(term: LibraryTerm): LibraryDocument[];
  /** Every address a document was ever published at (the CMS's record), oldest first. */
  addresses: PublishedAddress[];
  /** The home page and identity settings, in each language editors published them in. */
  homePages: LibraryHomePage[];
}
