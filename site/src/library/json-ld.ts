/** schema.org descriptions of pages, for search engines and reference managers. */
import type { City, CitySpotlight, EventReport, Media } from '@resource-hub/content-types';
import { typeInfo } from './document-types.js';
import type { LibraryDocument, LibraryTerm } from './library-types.js';

/** Who publishes the library until editors name the network in the CMS (site-identity.ts). */
export const PUBLISHER_NAME = 'Strong Cities Network';

export const placeJsonLd = (city: City, url?: string) => ({
  '@type': 'Place',
  name: city.name,
  ...(url ? { url } : {}),
  address: { '@type': 'PostalAddress', addressLocality: city.name, addressCountry: city.countryCode },
  ...(typeof city.latitude === 'number' && typeof city.longitude === 'number'
    ? { geo: { '@type': 'GeoCoordinates', latitude: city.latitude, longitude: city.longitude } }
    : {}),
});

interface DocumentJsonLdInput {
  doc: LibraryDocument;
  url: string;
  publisher: string;
  image?: string;
  keywords: string[];
  city?: LibraryTerm;
  venue?: LibraryTerm;
  /** Co-organisers and hosts of an event. */
  organisers: string[];
  funders: string[];
  parent?: { title: string; url: string };
}

export const documentJsonLd = ({
  doc,
  url,
  publisher,
  image,
  keywords,
  city,
  venue,
  organisers,
  funders,
  parent,
}: DocumentJsonLdInput): Record<string, unknown> => {
  const { entry } = doc;
  const base: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': typeInfo(doc.type).schemaType,
    headline: entry.title,
    name: entry.title,
    description: entry.summary,
    url,
    inLanguage: doc.locale,
    datePublished: entry.publicationDate,
    dateModified: entry.updatedAt,
    publisher: { '@type': 'Organization', name: publisher },
    ...(entry.permanentId ? { identifier: entry.permanentId } : {}),
    ...(image ? { image } : {}),
    ...(keywords.length ? { keywords: keywords.join(', ') } : {}),
    ...(parent ? { isPartOf: { '@type': 'Report', name: parent.title, url: parent.url } } : {}),
    ...(funders.length ? { funder: funders.map((name) => ({ '@type': 'Organization', name })) } : {}),
  };
  if (doc.type === 'event-report') {
    const report = entry as EventReport;
    base.about = {
      '@type': 'Event',
      name: report.title,
      startDate: report.startDate,
      endDate: report.endDate,
      location: venue ? placeJsonLd(venue.entry as City) : { '@type': 'VirtualLocation', name: 'Online' },
      ...(organisers.length ? { organizer: organisers.map((name) => ({ '@type': 'Organization', name })) } : {}),
    };
  }
  if (doc.type === 'city-spotlight' && city) base.about = placeJsonLd(city.entry as City);
  return base;
};

export const coverOf = (doc: LibraryDocument): { media: Media; alt: string } | undefined => {
  const cover = (doc.entry as CitySpotlight).cover;
  return cover?.image ? { media: cover.image, alt: cover.alt } : undefined;
};
