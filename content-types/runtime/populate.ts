/**
 * The `populate` parameter that brings back everything the model declares: relations, components
 * and the media inside them. Strapi populates nothing by default and one level with "*", which
 * is how loaders silently lose cover images; spelling it out from the model cannot drift.
 */
import type { Fields } from '../model/define.js';
import { findComponent, findContentType } from '../model/index.js';

type Populate = Record<string, true | { populate: Populate | true }>;

const populateFields = (fields: Fields): Populate => {
  const populate: Populate = {};
  for (const [name, field] of Object.entries(fields)) {
    if (field.type === 'relation' || field.type === 'media') populate[name] = true;
    if (field.type === 'component') {
      const inner = populateFields(findComponent(field.component).fields);
      populate[name] = Object.keys(inner).length > 0 ? { populate: inner } : true;
    }
  }
  return populate;
};

export const populateFor = (typeName: string): Populate => populateFields(findContentType(typeName).fields);
