/**
 * Labels, help text, list columns and the field shown for relations, as the model declares them.
 * Strapi keeps these in its database (and makes defaults from field names), so they are
 * re-applied at every start rather than only written into schema.json.
 */
import type { Core } from '@strapi/strapi';
import { model } from '../generated-model';

interface Metadata {
  edit: Record<string, unknown>;
  list: Record<string, unknown>;
}
interface Configuration {
  settings: Record<string, unknown>;
  metadatas: Record<string, Metadata>;
  layouts: { list: string[]; edit: unknown };
}
interface Wanted {
  mainField?: string;
  listColumns?: string[];
  metadatas: Record<string, { label: string; description: string; editable: boolean }>;
}

const mainFieldOf = (uid: string): string | undefined =>
  (model.editor.contentTypes as Record<string, Wanted>)[uid]?.mainField;

const merge = (strapi: Core.Strapi, uid: string, current: Configuration, wanted: Wanted): Configuration => {
  const schema = strapi.contentTypes[uid as never] ?? strapi.components[uid as never];
  const metadatas = { ...current.metadatas };
  for (const [name, meta] of Object.entries(wanted.metadatas)) {
    if (!metadatas[name]) continue;
    const attribute = (schema?.attributes as Record<string, { type: string; target?: string }>)?.[name];
    const relationMainField =
      attribute?.type === 'relation' && attribute.target ? mainFieldOf(attribute.target) : undefined;
    metadatas[name] = {
      edit: {
        ...metadatas[name].edit,
        label: meta.label,
        description: meta.description,
        editable: meta.editable,
        ...(relationMainField ? { mainField: relationMainField } : {}),
      },
      list: { ...metadatas[name].list, label: meta.label },
    };
  }
  return {
    ...current,
    settings: {
      ...current.settings,
      ...(wanted.mainField
        ? { mainField: wanted.mainField, defaultSortBy: 'updatedAt', defaultSortOrder: 'DESC' }
        : {}),
    },
    metadatas,
    layouts: { ...current.layouts, list: wanted.listColumns ?? current.layouts.list },
  };
};

export const applyEditorSettings = async (strapi: Core.Strapi): Promise<void> => {
  const contentManager = strapi.plugin('content-manager');
  const types = contentManager.service('content-types');
  for (const [uid, wanted] of Object.entries(model.editor.contentTypes as Record<string, Wanted>)) {
    const current = (await types.findConfiguration({ uid })) as Configuration;
    await types.updateConfiguration({ uid }, merge(strapi, uid, current, wanted));
  }
  const components = contentManager.service('components');
  for (const [uid, wanted] of Object.entries(model.editor.components as Record<string, Wanted>)) {
    const component = { uid, category: uid.split('.')[0] };
    const current = (await components.findConfiguration(component)) as Configuration;
    await components.updateConfiguration(component, merge(strapi, uid, current, wanted));
  }
};
