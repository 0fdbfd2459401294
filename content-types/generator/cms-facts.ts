import type { ComponentModel, ContentTypeModel } from '../model/define.js';
import { DEFAULT_LOCALE, LOCALE_NAMES, LOCALES, strapiUid } from '../model/define.js';
import { editorSettings } from './editor-settings.js';

/**
 * What the compiled CMS needs to know about the model at run time (it cannot import the
 * TypeScript model itself): languages, which types are documents and where their pages are,
 * where slugs come from, which relations must be set before publishing, and the editor-facing
 * settings.
 */
export const cmsFacts = (types: ContentTypeModel[], components: ComponentModel[]) => ({
  locales: LOCALES.map((code) => ({ code, name: LOCALE_NAMES[code] })),
  defaultLocale: DEFAULT_LOCALE,
  documentTypes: types.filter((type) => type.kind === 'document').map((type) => strapiUid(type.name)),
  /** The URL segment of each document type's pages (/city-spotlights/{slug}/), for the edit view's addresses. */
  documentSegments: Object.fromEntries(
    // A type without a site entry is refused, with its fix, by the site's generator.
    types.flatMap((type) => (type.kind === 'document' && type.site ? [[strapiUid(type.name), type.site.segment]] : [])),
  ),
  /** The names editors see for each type, in the Content Manager's menu. */
  displayNames: Object.fromEntries(types.map((type) => [strapiUid(type.name), type.displayName])),
  taxonomies: types.filter((type) => type.kind === 'taxonomy').map((type) => strapiUid(type.name)),
  records: types.filter((type) => type.kind === 'record').map((type) => strapiUid(type.name)),
  settings: types.filter((type) => type.kind === 'setting').map((type) => strapiUid(type.name)),
  slugSources: Object.fromEntries(
    types.flatMap((type) =>
      Object.entries(type.fields)
        .filter(([, field]) => field.type === 'uid')
        .map(([name, field]) => [
          strapiUid(type.name),
          { field: name, from: (field as { targetField: string }).targetField },
        ]),
    ),
  ),
  requiredRelations: Object.fromEntries(
    types.map((type) => [
      strapiUid(type.name),
      Object.entries(type.fields)
        .filter(([, field]) => field.type === 'relation' && field.required)
        .map(([name, field]) => ({ field: name, label: field.label })),
    ]),
  ),
  editor: editorSettings(types, components),
});
