/**
 * The `populate` parameter that brings back everything the model declares: relations, components
 * and the media inside them. Strapi populates nothing by default and one level with "*", which
 * is how loaders silently lose cover images; spelling it out from the model cannot drift.
 * Relations bring only what names and links their target, and media only the fields the site
 * reads: a whole related document per link tripled the payload (and the site's content store).
 */
import type { Fields } from '../model/define.js';
import { findComponent, findContentType, referenceFields } from '../model/index.js';
import { MEDIA_FIELDS } from './strapi-shapes.js';

type Populate = Record<string, true | { fields: string[] } | { populate: Populate | true }>;

const populateFields = (fields: Fields): Populate => {
  const populate: Populate = {};
  for (const [name, field] of Object.entries(fields)) {
    // The API holds private fields back; asking for them is an error.
    if (field.private) continue;
    if (field.type === 'relation') populate[name] = { fields: referenceFields(findContentType(field.target)) };
    if (field.type === 'media') populate[name] = { fields: MEDIA_FIELDS };
    if (field.type === 'component') {
      const inner = populateFields(findComponent(field.component).fields);
      populate[name] = Object.keys(inner).length > 0 ? { populate: inner } : true;
    }
  }
  return populate;
};

export const populateFor = (typeName: string): Populate => populateFields(findContentType(typeName).fields);
