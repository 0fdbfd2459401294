/**
 * The catalogue partners harvest (/catalogue.json, schema in catalogue-schema.ts): one entry per
 * published document, found by its permanent id, with each language version's title, summary
 * and address, the terms of each facet (themes, regions, cities) it is tagged with, the
 * regional hub that ran it and its partners with their roles. It holds nothing a build time would change, so a rebuild of the same
 * content gives the same file.
 */
import type { PartnerRole } from '@resource-hub/content-types';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.js';
import { FACET_TAXONOMIES, type TaxonomyName } from '../library/document-types.js';
import { termsOf } from '../library/document-filters.js';
import type { Library, LibraryDocument, LibraryTerm } from '../library/library-types.js';
import { partnerCredits } from '../library/partner-credits.js';
import { siteIdentity } from '../library/site-identity.js';
import { absoluteUrl, documentPath, permalinkRoute, withBase } from '../library/urls.js';
import { CATALOGUE_VERSION } from './catalogue-schema.js';

type ByLanguage = Partial<Record<Locale, string>>;

const termsEntry = (library: Library, versions: LibraryDocument[], taxonomy: TaxonomyName) => {
  const byId = new Map<string, { slug: string; name: ByLanguage }>();
  for (const version of versions)
    for (const term of termsOf(library, version)[taxonomy] as LibraryTerm[]) {
      const entry = byId.get(term.entry.documentId) ?? { slug: term.entry.slug, name: {} };
      entry.name[term.locale] = term.entry.name;
      byId.set(term.entry.documentId, entry);
    }
  return [...byId.values()];
};

/** Each partner once, with every role it had in any language version. */
const partnersEntry = (library: Library, versions: LibraryDocument[]) => {
  const byId = new Map<string, { slug: string; name: ByLanguage; roles: PartnerRole[] }>();
  for (const version of versions)
    for (const { role, partner } of partnerCredits(library, version)) {
      const entry = byId.get(partner.entry.documentId) ?? { slug: partner.entry.slug, name: {}, roles: [] };
      entry.name[partner.locale] = partner.entry.name;
      if (!entry.roles.includes(role)) entry.roles.push(role);
      byId.set(partner.entry.documentId, entry);
    }
  return [...byId.values()];
};

export const buildCatalogue = (library: Library, site: URL | undefined) => {
  const byDocument = new Map<string, LibraryDocument[]>();
  for (const doc of library.documents) {
    const key = `${doc.type}/${doc.entry.documentId}`;
    byDocument.set(key, [...(byDocument.get(key) ?? []), doc]);
  }
  const documents = [...byDocument.values()].map((versions) => {
    const [first] = versions;
    const by = (value: (doc: LibraryDocument) => string): ByLanguage =>
      Object.fromEntries(versions.map((doc) => [doc.locale, value(doc)]));
    return {
      id: first!.entry.permanentId ?? first!.entry.documentId,
      type: first!.type,
      permanentUrl: absoluteUrl(site, withBase(permalinkRoute(first!.entry.permanentId ?? first!.entry.documentId))),
      published: first!.entry.publicationDate,
      updated: versions
        .map((doc) => doc.entry.updatedAt)
        .sort()
        .at(-1)!,
      locales: versions.map((doc) => doc.locale),
      title: by((doc) => doc.entry.title),
      summary: by((doc) => doc.entry.summary),
      url: by((doc) => absoluteUrl(site, documentPath(doc.type, doc.locale, doc.entry.slug))),
      ...Object.fromEntries(
        FACET_TAXONOMIES.map(({ name, pluralName }) => [pluralName, termsEntry(library, versions, name)]),
      ),
      hubs: termsEntry(library, versions, 'hub'),
      partners: partnersEntry(library, versions),
      ...(first!.entry.sample ? { sample: true } : {}),
    };
  });
  return { version: CATALOGUE_VERSION, publisher: siteIdentity(library, DEFAULT_LOCALE).publisher, documents };
};
