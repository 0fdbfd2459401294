/**
 * The public site's tables of document types and taxonomies, and its content collections, from
 * each type's `site` declaration and its relation fields: adding a type to the model adds its
 * listing, pages, feeds and search filters without a hand-kept list in site/src to update.
 */
import type { ContentTypeModel, DocumentSiteModel, Field, TaxonomySiteModel } from '../model/define.js';
import { findComponent } from '../model/index.js';
import { NOTICE } from './generated-notice.js';
import { pascal } from './typescript-source.js';

const str = (value: unknown) => `'${String(value).replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
const union = (names: string[]) => (names.length > 0 ? names.map(str).join(' | ') : 'never');

const fail = (type: ContentTypeModel, what: string): never => {
  throw new Error(
    `content-types/model: ${type.kind} "${type.name}" ${what}. ` +
      'Fix: give it a `site` entry (see DocumentSiteModel and TaxonomySiteModel in content-types/model/define.ts).',
  );
};

const documentSite = (type: ContentTypeModel): DocumentSiteModel => {
  const site = type.site as Partial<DocumentSiteModel> | undefined;
  if (!site) return fail(type, 'has no `site` entry, so the site would have no pages for it');
  for (const key of ['segment', 'labels', 'schemaType', 'citationType', 'corpusShare'] as const)
    if (site[key] === undefined) fail(type, `has no site.${key}`);
  return site as DocumentSiteModel;
};

const taxonomySite = (type: ContentTypeModel): TaxonomySiteModel => {
  const site = type.site as Partial<TaxonomySiteModel> | undefined;
  if (!site?.segment || !site.labels) return fail(type, 'has no `site` entry with a segment and labels');
  return site as TaxonomySiteModel;
};

const checkSegments = (types: ContentTypeModel[]) => {
  const seen = new Map<string, string>();
  for (const type of types) {
    const segment = type.site!.segment;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(segment))
      fail(type, `has site.segment "${segment}", which is not lower-case words joined by hyphens`);
    if (seen.has(segment)) fail(type, `has site.segment "${segment}", already the address of "${seen.get(segment)}"`);
    seen.set(segment, type.name);
  }
};

/**
 * The relation fields of a document type that hold terms, by taxonomy (several fields may hold
 * one): the field named for the taxonomy first, so its terms are listed before the type's own.
 * A repeatable component's relation is named by its path ("partnerRoles.partner"); retired
 * fields hold nothing the site reads.
 */
const termFields = (type: ContentTypeModel, taxonomies: ContentTypeModel[]) =>
  Object.fromEntries(
    taxonomies.map((taxonomy) => {
      const holds = (field: Field) => field.type === 'relation' && field.target === taxonomy.name && !field.retired;
      const names = Object.entries(type.fields).flatMap(([name, field]) => {
        if (holds(field)) return [name];
        if (field.type !== 'component') return [];
        return Object.entries(findComponent(field.component).fields)
          .filter(([, inner]) => holds(inner))
          .map(([inner]) => `${name}.${inner}`);
      });
      return [
        taxonomy.name,
        [...names.filter((n) => n === taxonomy.pluralName), ...names.filter((n) => n !== taxonomy.pluralName)],
      ];
    }),
  );

/** The field documents list this type under as related reading (relatedGuides for guide), when the model has one. */
const relatedField = (type: ContentTypeModel, documents: ContentTypeModel[]) => {
  const name = `related${pascal(type.pluralName)}`;
  return documents.some((doc) => doc.fields[name]?.type === 'relation') ? name : undefined;
};

const literal = (value: unknown, indent: string): string => {
  const inner = `${indent}  `;
  if (Array.isArray(value))
    return value.some((item) => typeof item === 'object')
      ? `[\n${value.map((item) => `${inner}${literal(item, inner)},`).join('\n')}\n${indent}]`
      : `[${value.map((item) => literal(item, indent)).join(', ')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : str(name));
    return `{\n${entries.map(([name, item]) => `${inner}${key(name)}: ${literal(item, inner)},`).join('\n')}\n${indent}}`;
  }
  return typeof value === 'string' ? str(value) : String(value);
};

/** The home page settings' field that features documents of this type (featuredGuides for guide), when there is one. */
const featuredField = (type: ContentTypeModel, settings: ContentTypeModel[]) =>
  settings
    .flatMap((setting) => Object.entries(setting.fields))
    .find(([, field]) => field.type === 'relation' && field.target === type.name)?.[0];

export const siteModelSource = (types: ContentTypeModel[]): string => {
  const documents = types.filter((type) => type.kind === 'document');
  const taxonomies = types.filter((type) => type.kind === 'taxonomy');
  const settings = types.filter((type) => type.kind === 'setting');
  const documentRows = documents.map((type) => {
    const site = documentSite(type);
    return {
      name: type.name,
      segment: site.segment,
      singular: site.labels.singular,
      plural: site.labels.plural,
      schemaType: site.schemaType,
      citationType: site.citationType,
      termFields: termFields(type, taxonomies),
      relatedField: relatedField(type, documents),
      featuredField: featuredField(type, settings),
    };
  });
  const taxonomyRows = taxonomies.map((type) => {
    const site = taxonomySite(type);
    return {
      name: type.name,
      pluralName: type.pluralName,
      segment: site.segment,
      singular: site.labels.singular,
      plural: site.labels.plural,
      facet: site.facet,
      termPages: site.termPages,
    };
  });
  checkSegments([...documents, ...taxonomies]);
  const shares = documents.reduce((sum, type) => sum + documentSite(type).corpusShare, 0);
  if (documents.length > 0 && Math.abs(shares - 1) > 1e-9)
    throw new Error(
      `content-types/model: the document types' site.corpusShare add up to ${shares}, not 1. ` +
        'Fix: adjust them so that the bench corpus is split among the types as the library is.',
    );
  const facets = taxonomies.filter((type) => (type.site as TaxonomySiteModel).facet).map((type) => type.name);
  return `${NOTICE}/** How each document type and taxonomy shows on the public site: the \`site\` entries of content-types/model. */
import type { UiKey } from '../i18n/strings.js';

export type DocumentTypeName = ${union(documents.map((type) => type.name))};
export type TaxonomyName = ${union(taxonomies.map((type) => type.name))};
/** The taxonomies readers narrow the library by: search filters, browse lists, feeds, catalogue columns. */
export type FacetName = ${union(facets)};

export interface DocumentTypeInfo {
  name: DocumentTypeName;
  /** URL segment of its listing and pages: permanent, partners link to it. */
  segment: string;
  singular: UiKey;
  plural: UiKey;
  /** schema.org type of its pages' JSON-LD. */
  schemaType: 'Article' | 'Report';
  /** CSL type of its citations. */
  citationType: 'report' | 'article';
  /** The relation fields holding its terms, by taxonomy. */
  termFields: Record<TaxonomyName, readonly string[]>;
  /** The field documents list it under as related reading. */
  relatedField?: string;
  /** The home page settings' field that features it. */
  featuredField?: string;
}

export interface TaxonomyInfo {
  name: TaxonomyName;
  /** Its name in the plural, as the catalogue's columns spell it. */
  pluralName: string;
  segment: string;
  singular: UiKey;
  plural: UiKey;
  facet?: { filterLabel: UiKey; browseLabel: UiKey };
  /** False when its terms have no pages: links to a term open the explorer with it chosen. */
  termPages?: false;
}

export const DOCUMENT_TYPES: readonly DocumentTypeInfo[] = ${literal(documentRows, '')};

export const TAXONOMIES: readonly TaxonomyInfo[] = ${literal(taxonomyRows, '')};
`;
};

/** site/src/content.config.ts: one Astro content collection per document type, taxonomy and record. */
export const contentConfigSource = (types: ContentTypeModel[]): string => {
  const collections = types.map((type) => {
    const loader = type.kind === 'record' ? 'recordLoader' : 'strapiLoader';
    const key = /^[a-z]+$/.test(type.name) ? type.name : str(type.name);
    return `  ${key}: defineCollection({ loader: ${loader}(${str(type.name)}) }),`;
  });
  return `${NOTICE}import { defineCollection } from 'astro:content';
import { recordLoader } from './cms/record-loader.js';
import { strapiLoader } from './cms/strapi-loader.js';

export const collections = {
${collections.join('\n')}
};
`;
};
