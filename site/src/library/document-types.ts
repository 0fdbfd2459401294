/**
 * How each document type and taxonomy appears on the site (URL segment, labels, schema.org and
 * citation types, facets): generated from content-types/model into ../generated/site-model.ts.
 */
import {
  DOCUMENT_TYPES,
  TAXONOMIES,
  type DocumentTypeInfo,
  type DocumentTypeName,
  type FacetName,
  type TaxonomyInfo,
  type TaxonomyName,
} from '../generated/site-model.js';

export { DOCUMENT_TYPES, TAXONOMIES };
export type { DocumentTypeInfo, DocumentTypeName, FacetName, TaxonomyInfo, TaxonomyName };

export const typeInfo = (name: DocumentTypeName): DocumentTypeInfo =>
  DOCUMENT_TYPES.find((info) => info.name === name)!;

export const isDocumentTypeName = (name: string): name is DocumentTypeName =>
  DOCUMENT_TYPES.some((info) => info.name === name);

export const taxonomyInfo = (name: TaxonomyName): TaxonomyInfo => TAXONOMIES.find((info) => info.name === name)!;

export type FacetTaxonomy = TaxonomyInfo & { name: FacetName; facet: NonNullable<TaxonomyInfo['facet']> };
// The generator writes FacetName from the same `facet` entries this tests.
const isFacet = (info: TaxonomyInfo): info is FacetTaxonomy => info.facet !== undefined;

/** The taxonomies readers narrow the library by, in the model's order. */
export const FACET_TAXONOMIES: readonly FacetTaxonomy[] = TAXONOMIES.filter(isFacet);

/** Whether a taxonomy's terms have pages of their own (else links open the explorer with the term chosen). */
export const hasTermPages = (name: TaxonomyName): boolean => taxonomyInfo(name).termPages !== false;

/** Whether a term has a feed of its own: the facets' terms, where they have pages. */
export const hasTermFeed = (name: TaxonomyName): boolean => hasTermPages(name) && Boolean(taxonomyInfo(name).facet);
