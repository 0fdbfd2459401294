import {
  type ComponentModel,
  type ContentTypeModel,
  type Field,
  type Fields,
  isLocalized,
  strapiUid,
} from '../model/define.js';

type Attribute = Record<string, unknown>;

const withoutUndefined = (record: Attribute): Attribute =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));

/** One model field as a Strapi attribute. `localizable` is false inside components. */
export const strapiAttribute = (field: Field, localizable: boolean): Attribute => {
  const required = field.required || undefined;
  let attribute: Attribute;
  switch (field.type) {
    case 'string':
      attribute = { type: 'string', required, maxLength: field.maxLength, regex: field.pattern?.regex };
      break;
    case 'text':
      attribute = { type: 'text', required, maxLength: field.maxLength };
      break;
    case 'uid':
      attribute = { type: 'uid', targetField: field.targetField, required };
      break;
    case 'blocks':
    case 'date':
      attribute = { type: field.type, required };
      break;
    case 'boolean':
      attribute = { type: 'boolean', required, default: field.default };
      break;
    case 'integer':
    case 'float':
      attribute = { type: field.type, required, min: field.min, max: field.max };
      break;
    case 'enumeration':
      attribute = { type: 'enumeration', enum: [...field.values], required };
      break;
    case 'media':
      attribute = { type: 'media', multiple: field.multiple, required, allowedTypes: [...field.allowedTypes] };
      break;
    case 'relation':
      // Strapi does not enforce required relations; the CMS checks them on publish instead.
      attribute = {
        type: 'relation',
        relation: field.relation,
        target: strapiUid(field.target),
        inversedBy: field.inversedBy,
        mappedBy: field.mappedBy,
      };
      break;
    case 'component':
      attribute = { type: 'component', repeatable: field.repeatable, component: field.component, required };
      break;
  }
  if (field.private) attribute.private = true;
  if (field.retired) attribute.visible = false;
  // Strapi's conditional fields: JSON Logic the edit view evaluates on the entry's values.
  if (field.shownWhenSet) attribute.conditions = { visible: { '!!': [{ var: field.shownWhenSet }] } };
  if (localizable) attribute.pluginOptions = { i18n: { localized: isLocalized(field) } };
  return withoutUndefined(attribute);
};

const attributes = (fields: Fields, localizable: boolean): Record<string, Attribute> =>
  Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, strapiAttribute(field, localizable)]));

// Strapi names columns after attributes in snake case (permanentId → permanent_id).
const columnName = (field: string): string => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** Database indexes for the fields the CMS looks entries up by; Strapi's schema sync creates them. */
const lookupIndexes = (type: ContentTypeModel, collectionName: string) =>
  Object.entries(type.fields)
    .filter(([, field]) => field.lookup)
    .map(([name, field]) => {
      const columns = [columnName(name), ...(type.localized !== false && isLocalized(field) ? ['locale'] : [])];
      return { name: `${collectionName}_${columns.join('_')}_lookup_idx`, columns };
    });

export const contentTypeSchema = (type: ContentTypeModel) => {
  const collectionName = type.pluralName.replace(/-/g, '_');
  const indexes = lookupIndexes(type, collectionName);
  return {
    kind: type.kind === 'setting' ? 'singleType' : 'collectionType',
    collectionName,
    info: {
      singularName: type.name,
      pluralName: type.pluralName,
      displayName: type.displayName,
      description: type.description,
    },
    options: { draftAndPublish: type.draftAndPublish },
    pluginOptions: { i18n: { localized: type.localized !== false } },
    attributes: attributes(type.fields, type.localized !== false),
    ...(indexes.length > 0 ? { indexes } : {}),
  };
};

export const componentSchema = (component: ComponentModel) => {
  const [category, name] = component.uid.split('.');
  return {
    collectionName: `components_${category}_${name.replace(/-/g, '_')}s`,
    info: { displayName: component.displayName, description: component.description, icon: component.icon },
    options: {},
    attributes: attributes(component.fields, false),
  };
};
