import type { ComponentModel, ContentTypeModel, Field, Fields } from '../model/define.js';
import { strapiUid } from '../model/define.js';

/** Labels Strapi shows for its own columns, in the editors' words. */
const SYSTEM_LABELS: Record<string, string> = { updatedAt: 'Last update', createdAt: 'Created', id: 'ID' };

export interface FieldMetadata {
  label: string;
  description: string;
  editable: boolean;
}

export interface EditorSettings {
  mainField?: string;
  listColumns?: string[];
  metadatas: Record<string, FieldMetadata>;
}

/** Strapi marks required fields with an asterisk but not required relations, which the CMS checks on publish. */
const describe = (field: Field): string =>
  field.type === 'relation' && field.required ? `Required to publish. ${field.help ?? ''}`.trim() : (field.help ?? '');

const metadatas = (fields: Fields): Record<string, FieldMetadata> => ({
  ...Object.fromEntries(
    Object.entries(SYSTEM_LABELS).map(([name, label]) => [name, { label, description: '', editable: false }]),
  ),
  ...Object.fromEntries(
    Object.entries(fields).map(([name, field]) => [
      name,
      { label: field.label, description: describe(field), editable: !field.readOnly },
    ]),
  ),
});

/**
 * What the Content Manager shows editors. Strapi keeps these settings in its database, so the CMS
 * applies this file at every bootstrap rather than trusting schema.json alone.
 */
export const editorSettings = (types: ContentTypeModel[], components: ComponentModel[]) => ({
  contentTypes: Object.fromEntries(
    types.map((type): [string, EditorSettings] => [
      strapiUid(type.name),
      { mainField: type.mainField, listColumns: type.listColumns, metadatas: metadatas(type.fields) },
    ]),
  ),
  components: Object.fromEntries(
    components.map((component): [string, EditorSettings] => [
      component.uid,
      { metadatas: metadatas(component.fields) },
    ]),
  ),
});
