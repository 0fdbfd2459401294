import type { ComponentModel, ContentTypeModel, Field, Fields } from '../model/define.js';
import { LOCALES, isToMany } from '../model/define.js';
import { referenceFields } from '../model/index.js';

export const pascal = (name: string): string =>
  name
    .split(/[-.]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
const camel = (name: string): string => pascal(name).charAt(0).toLowerCase() + pascal(name).slice(1);

const refName = (typeName: string) => `${pascal(typeName)}Ref`;
const componentName = (uid: string) => pascal(uid);
const str = (value: unknown) => JSON.stringify(value);

/** Relations come back only when populated, hence optional; a ref names the linked entry. */
const tsType = (field: Field): { type: string; optional: boolean } => {
  const maybe = (type: string) => (field.required ? type : `${type} | null`);
  switch (field.type) {
    case 'string':
    case 'text':
    case 'uid':
    case 'date':
      return { type: maybe('string'), optional: !field.required };
    case 'blocks':
      return { type: maybe('Blocks'), optional: !field.required };
    case 'integer':
    case 'float':
      return { type: maybe('number'), optional: !field.required };
    case 'boolean':
      return { type: maybe('boolean'), optional: !field.required };
    case 'enumeration':
      return { type: maybe(field.values.map(str).join(' | ')), optional: !field.required };
    case 'media':
      return field.multiple ? { type: 'Media[]', optional: true } : { type: 'Media | null', optional: true };
    case 'relation':
      return isToMany(field)
        ? { type: `${refName(field.target)}[]`, optional: true }
        : { type: `${refName(field.target)} | null`, optional: true };
    case 'component':
      return field.repeatable
        ? { type: `${componentName(field.component)}[]`, optional: true }
        : { type: `${componentName(field.component)} | null`, optional: true };
  }
};

const zodString = (field: Field & { type: 'string' | 'text' | 'uid' }): string => {
  let schema = 'z.string()';
  if (field.required) schema += `.trim().min(1, { message: 'is required' })`;
  if ('maxLength' in field && field.maxLength !== undefined)
    schema += `.max(${field.maxLength}, { message: 'must be at most ${field.maxLength} characters' })`;
  if (field.type === 'uid')
    schema += `.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'must be lower-case words joined by hyphens' })`;
  if (field.type === 'string' && field.pattern)
    schema += `.regex(new RegExp(${str(field.pattern.regex)}), { message: ${str(`must be ${field.pattern.hint}`)} })`;
  return schema;
};

const zodType = (field: Field): string => {
  const maybe = (schema: string) => (field.required ? schema : `${schema}.nullish()`);
  switch (field.type) {
    case 'string':
    case 'text':
    case 'uid':
      return maybe(zodString(field));
    case 'blocks':
      return maybe('blocksSchema');
    case 'date':
      return maybe('isoDate');
    case 'boolean':
      return maybe('z.boolean()');
    case 'integer':
    case 'float': {
      let schema = field.type === 'integer' ? 'z.number().int()' : 'z.number()';
      if (field.min !== undefined) schema += `.min(${field.min}, { message: 'must be at least ${field.min}' })`;
      if (field.max !== undefined) schema += `.max(${field.max}, { message: 'must be at most ${field.max}' })`;
      return maybe(schema);
    }
    case 'enumeration':
      return maybe(`z.enum([${field.values.map(str).join(', ')}])`);
    case 'media': {
      const one = field.mimeTypes
        ? `mediaSchema.refine((file) => ${str(field.mimeTypes)}.includes(file.mime), { message: ${str(`must be a file of type ${field.mimeTypes.join(' or ')}`)} })`
        : 'mediaSchema';
      if (field.multiple) return `z.array(${one}).optional()`;
      return field.required ? `${one}.optional()` : `${one}.nullish()`;
    }
    case 'relation': {
      const ref = `${camel(field.target)}RefSchema`;
      // Required relations are checked where they are populated (the site build), not on refs.
      return isToMany(field) ? `z.array(${ref}).optional()` : `${ref}.nullish()`;
    }
    case 'component': {
      const schema = `${camel(componentName(field.component))}Schema`;
      return field.repeatable ? `z.array(${schema}).optional()` : `${schema}.nullish()`;
    }
  }
};

// What the API returns: private fields never leave the CMS.
const publicFields = (fields: Fields) => Object.entries(fields).filter(([, field]) => !field.private);

const interfaceBody = (fields: Fields, indent = '  '): string =>
  publicFields(fields)
    .map(([name, field]) => {
      const { type, optional } = tsType(field);
      const doc = field.help
        ? `${indent}/** ${field.label}: ${field.help.replace(/\*\//g, '')} */\n`
        : `${indent}/** ${field.label} */\n`;
      return `${doc}${indent}${name}${optional ? '?' : ''}: ${type};`;
    })
    .join('\n');

const objectBody = (fields: Fields, indent = '  '): string =>
  publicFields(fields)
    .map(([name, field]) => `${indent}${name}: ${zodType(field)},`)
    .join('\n');

const systemFields = (type: ContentTypeModel) => [
  ['id', 'number', 'z.number()'],
  ['documentId', 'string', 'z.string()'],
  ...(type.localized !== false ? [['locale', 'Locale', 'localeSchema']] : []),
  ['createdAt', 'string', 'z.string()'],
  ['updatedAt', 'string', 'z.string()'],
  ...(type.draftAndPublish ? [['publishedAt', 'string', 'z.string({ message: "must be published" })']] : []),
];

const HEADER = (what: string) =>
  `// @generated by \`npm run generate\` from content-types/model. Do not edit: change the model and regenerate.\n// ${what}\n`;

export const typesSource = (types: ContentTypeModel[], components: ComponentModel[]): string => {
  const parts = [
    HEADER("TypeScript types of what Strapi's REST API returns for each content type."),
    `import type { Locale } from '../model/define.js';\nimport type { Blocks, Media } from '../runtime/strapi-shapes.js';\n`,
  ];
  for (const type of types) {
    const ref = referenceFields(type)
      .map((name) => `  ${name}${name === 'permanentId' ? '?: string | null' : ': string'};`)
      .join('\n');
    parts.push(
      `/** A link to a ${type.displayName.toLowerCase()}, as relations return it. */\nexport interface ${refName(type.name)} {\n${ref}\n}\n`,
    );
  }
  for (const component of components) {
    parts.push(
      `/** ${component.description} */\nexport interface ${componentName(component.uid)} {\n  id?: number;\n${interfaceBody(component.fields)}\n}\n`,
    );
  }
  for (const type of types) {
    const system = systemFields(type)
      .map(([name, tsName]) => `  ${name}: ${tsName};`)
      .join('\n');
    parts.push(
      `/** ${type.description} */\nexport interface ${pascal(type.name)} {\n${system}\n${interfaceBody(type.fields)}\n}\n`,
    );
  }
  parts.push(
    `export interface ContentTypes {\n${types.map((type) => `  ${str(type.name)}: ${pascal(type.name)};`).join('\n')}\n}\n`,
  );
  return parts.join('\n');
};

export const validatorsSource = (types: ContentTypeModel[], components: ComponentModel[]): string => {
  const parts = [
    HEADER("zod validators for what Strapi's REST API returns; use validateEntry() for friendly errors."),
    `import { z } from 'zod';\nimport { blocksSchema, isoDate, mediaSchema } from '../runtime/strapi-shapes.js';\nimport type * as T from './types.js';\n`,
    `export const localeSchema = z.enum([${LOCALES.map(str).join(', ')}]);\n`,
  ];
  for (const type of types) {
    const body = referenceFields(type)
      .map((name) => `  ${name}: ${name === 'permanentId' ? 'z.string().nullish()' : 'z.string()'},`)
      .join('\n');
    parts.push(
      `export const ${camel(type.name)}RefSchema = z\n  .object({\n${body.replace(/^/gm, '  ')}\n  })\n  .passthrough();\n`,
    );
  }
  for (const component of components) {
    parts.push(
      `export const ${camel(componentName(component.uid))}Schema = z.object({\n  id: z.number().optional(),\n${objectBody(component.fields)}\n});\n`,
    );
  }
  for (const type of types) {
    const system = systemFields(type)
      .map(([name, , zodName]) => `  ${name}: ${zodName},`)
      .join('\n');
    parts.push(`export const ${camel(type.name)}Schema = z.object({\n${system}\n${objectBody(type.fields)}\n});\n`);
  }
  parts.push(
    `/** One validator per content type, keyed by its name in the model. */\nexport const schemas = {\n${types
      .map((type) => `  ${str(type.name)}: ${camel(type.name)}Schema,`)
      .join('\n')}\n} as const;\n`,
    `// The validators and the types must agree; this fails to compile when they drift.\n${types
      .map(
        (type) =>
          `export const _${camel(type.name)}Agrees = (value: z.infer<typeof ${camel(type.name)}Schema>): T.${pascal(type.name)} => value;`,
      )
      .join('\n')}\n`,
  );
  return parts.join('\n');
};
