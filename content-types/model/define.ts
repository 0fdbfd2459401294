/**
 * The vocabulary the content model is written in. Every field carries what an editor reads
 * (label, help) next to what the database and the site need, so the Strapi schema, the
 * Content Manager settings, the TypeScript types and the validators cannot drift apart.
 */

export const LOCALES = ['en', 'fr', 'es', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English (en)',
  fr: 'French (fr)',
  es: 'Spanish (es)',
  ar: 'Arabic (ar)',
};

interface FieldBase {
  /** What the editor sees next to the input. */
  label: string;
  /** Plain-language help under the input. */
  help?: string;
  required?: boolean;
  /** Differs per language; defaults to true. Non-localized values are shared by all languages. */
  localized?: boolean;
  /** Shown but not editable in the admin (values the CMS sets itself). */
  readOnly?: boolean;
  /**
   * The CMS finds entries by this value on every save (unique slugs, permanent ids, recorded
   * addresses), so the database keeps an index of it, with the language when it is localized.
   * Without one each save reads the whole table: at 10,000 documents, a fifth of a second.
   */
  lookup?: boolean;
  /**
   * Only the admin panel shows it: Strapi keeps it out of every API answer, so it never reaches
   * the build, the catalogue or a release (what an import records about the file it read).
   */
  private?: boolean;
  /** The admin panel shows it only on entries where this other field has a value. */
  shownWhenSet?: string;
  /** Kept in the database, shown nowhere: a field being retired while its values move elsewhere. */
  retired?: boolean;
}

export type Field =
  | (FieldBase & { type: 'string'; maxLength?: number; pattern?: { regex: string; hint: string } })
  | (FieldBase & { type: 'text'; maxLength?: number })
  | (FieldBase & { type: 'uid'; targetField: string })
  | (FieldBase & { type: 'blocks' })
  | (FieldBase & { type: 'date' })
  | (FieldBase & { type: 'boolean'; default: boolean })
  | (FieldBase & { type: 'integer' | 'float'; min?: number; max?: number })
  | (FieldBase & { type: 'enumeration'; values: readonly string[] })
  | (FieldBase & {
      type: 'media';
      allowedTypes: readonly ('images' | 'files')[];
      multiple: boolean;
      mimeTypes?: readonly string[];
    })
  | (FieldBase & {
      type: 'relation';
      relation: 'manyToOne' | 'manyToMany' | 'oneToMany';
      target: string;
      inversedBy?: string;
      mappedBy?: string;
    })
  | (FieldBase & { type: 'component'; component: string; repeatable: boolean });

export type FieldType = Field['type'];
export type Fields = Record<string, Field>;

/** What the public site needs of a document type; the site's tables are generated from it. */
export interface DocumentSiteModel {
  /** URL segment of its listing and pages (/guides/{slug}/): permanent, partners link to it. */
  segment: string;
  /** Keys of site/src/i18n/strings.ts that name one document of the type and the type's listing. */
  labels: { singular: string; plural: string };
  /** schema.org type of its pages' JSON-LD. */
  schemaType: 'Article' | 'Report';
  /** CSL type of its citations, the one reference managers file it under. */
  citationType: 'report' | 'article';
  /** Its share of the bench's synthetic corpus, as in the network's own library (all types add up to 1). */
  corpusShare: number;
}

/** What the public site needs of a taxonomy. */
export interface TaxonomySiteModel {
  segment: string;
  labels: { singular: string; plural: string };
  /**
   * A facet readers narrow the library by: a search filter, a browse list on the home page, a
   * feed per term and a column of the catalogue. Without one, its terms are shown and linked only.
   */
  facet?: { filterLabel: string; browseLabel: string };
  /**
   * False when its terms have no pages of their own: links to a term open the library explorer
   * with the term chosen (a facet's only), and no feed is made per term.
   */
  termPages?: false;
}

export interface ContentTypeModel {
  /** kebab-case singular name; the Strapi uid is api::{name}.{name}. */
  name: string;
  pluralName: string;
  displayName: string;
  description: string;
  /**
   * Documents and taxonomies are written by editors; records by the CMS itself; a setting is one
   * site-wide entry per language (a Strapi single type), such as the home page.
   */
  kind: 'document' | 'taxonomy' | 'record' | 'setting';
  /** One entry per language; defaults to true. */
  localized?: boolean;
  draftAndPublish: boolean;
  /** The field lists and relation pickers show for an entry. */
  mainField: string;
  /** Columns of the Content Manager list, after which Strapi adds language and status. */
  listColumns: string[];
  fields: Fields;
  /** How it shows on the public site: documents and taxonomies have one, records none. */
  site?: DocumentSiteModel | TaxonomySiteModel;
}

export interface ComponentModel {
  /** category.name, e.g. shared.cover */
  uid: string;
  displayName: string;
  description: string;
  icon: string;
  fields: Fields;
}

export const isToMany = (field: Field & { type: 'relation' }): boolean =>
  field.relation === 'manyToMany' || field.relation === 'oneToMany';

export const isLocalized = (field: Field): boolean => field.localized !== false;

export const strapiUid = (name: string): string => `api::${name}.${name}`;
