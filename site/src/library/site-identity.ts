/**
 * The network's identity and home page as editors set them in the CMS (the home page settings),
 * with the site's own defaults until they do: the name, lead text, logo, accent colour, footer
 * links and funders' line, and the documents featured on the home page. The logo and colour are
 * the same in every language, taken from the English settings when there are some.
 */
import type { Media, SharedLink } from '@resource-hub/content-types';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.js';
import { translator } from '../i18n/strings.js';
import { DOCUMENT_TYPES } from './document-types.js';
import { PUBLISHER_NAME } from './json-ld.js';
import type { Library, LibraryDocument } from './library-types.js';

export interface SiteIdentity {
  name: string;
  /** Who citations, JSON-LD and embeds name as publisher: the network's name once editors set it. */
  publisher: string;
  lead: string;
  logo?: Media;
  /** #RRGGBB, checked for AA contrast on white by the CMS. */
  accent?: string;
  fundersLine?: string;
  footerLinks: SharedLink[];
}

const settingsIn = (library: Library, locale: Locale) =>
  library.homePages.find((page) => page.locale === locale)?.entry;

export const siteIdentity = (library: Library, locale: Locale): SiteIdentity => {
  const t = translator(locale);
  const own = settingsIn(library, locale);
  // The logo and colour are not translated: English's published version is the one editors see last.
  const shared = settingsIn(library, DEFAULT_LOCALE) ?? own;
  return {
    name: own?.networkName || t('siteName'),
    publisher: own?.networkName || PUBLISHER_NAME,
    lead: own?.leadText || t('siteTagline'),
    logo: shared?.logo ?? undefined,
    accent: shared?.accentColour ?? undefined,
    fundersLine: own?.fundersLine || undefined,
    footerLinks: own?.footerLinks ?? [],
  };
};

/** The documents editors featured on the home page, in their order, that are published in this language. */
export const featuredDocuments = (library: Library, locale: Locale): LibraryDocument[] => {
  const settings = settingsIn(library, locale) as Record<string, { documentId: string }[] | undefined> | undefined;
  if (!settings) return [];
  return DOCUMENT_TYPES.flatMap(({ name, featuredField }) =>
    (featuredField ? (settings[featuredField] ?? []) : []).flatMap(
      (ref) => library.find(name, locale, ref.documentId) ?? [],
    ),
  );
};
