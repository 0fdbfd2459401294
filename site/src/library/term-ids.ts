/** The terms a document carries, per taxonomy: the model spreads them over several fields. */
import type { CitySpotlight, EventReport } from '@resource-hub/content-types';
import type { TaxonomyName } from './document-types.js';
import type { LibraryDocument } from './library-types.js';

const refIds = (refs: { documentId: string }[] | null | undefined) => (refs ?? []).map((ref) => ref.documentId);

/** Every term of a taxonomy a document carries, wherever the model puts it. */
export const termIdsOf = (doc: LibraryDocument, taxonomy: TaxonomyName): string[] => {
  const entry = doc.entry as Partial<CitySpotlight & EventReport>;
  if (taxonomy === 'theme') return refIds(entry.themes);
  if (taxonomy === 'region') return refIds(entry.regions);
  if (taxonomy === 'partner') return [...new Set([...refIds(entry.partners), ...refIds(entry.organisers)])];
  return [
    ...new Set([
      ...refIds(entry.cities),
      ...refIds(entry.city ? [entry.city] : []),
      ...refIds(entry.venueCity ? [entry.venueCity] : []),
    ]),
  ];
};
