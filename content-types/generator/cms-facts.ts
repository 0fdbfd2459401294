import type { ComponentModel, ContentTypeModel } from '../model/define.js';
import { DEFAULT_LOCALE, LOCALE_NAMES, LOCALES, strapiUid } from '../model/define.js';
import { editorSettings } from './editor-settings.js';

/**
 * What the compiled CMS needs to know about the model at run time (it cannot import the
 * TypeScript model itself): languages, which types are documents, where slugs come from,
 * which relations must be set before publishing, and the editor-facing settings.
 */
export const cmsFacts = (types: ContentTypeModel[], components: ComponentModel[]) => ({
  locales: LOCALES.map((code) => ({ code, name: LOCALE_NAMES[code] })),
  defaultLocale: DEFAULT_LOCALE,
  documentTypes: types.filter((type) => type.kind === 'document').map((type) => strapiUid(type.name)),
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
