import type { ComponentModel, ContentTypeModel } from '../model/define.js';
import { strapiUid } from '../model/define.js';
import { cmsFacts } from './cms-facts.js';
import { NOTICE } from './generated-notice.js';
import { contentConfigSource, siteModelSource } from './site-source.js';
import { componentSchema, contentTypeSchema } from './strapi-schema.js';
import { typesSource, validatorsSource } from './typescript-source.js';

export interface GeneratedFile {
  /** Relative to the repository root, with forward slashes. */
  path: string;
  content: string;
}

/** Folders whose every file the generator owns: a file there it did not write is stale. */
export const GENERATED_ROOTS = [
  'cms/src/api',
  'cms/src/components',
  'cms/src/generated',
  'content-types/generated',
  'site/src/generated',
];

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** LaunchPad-style thin factories: behaviour lives in Document Service middleware, not here. */
const factoryFiles = (type: ContentTypeModel): GeneratedFile[] => {
  const base = `cms/src/api/${type.name}`;
  const uid = strapiUid(type.name);
  return [
    {
      path: `${base}/controllers/${type.name}.ts`,
      content: `${NOTICE}import { factories } from '@strapi/strapi';\n\nexport default factories.createCoreController('${uid}');\n`,
    },
    {
      path: `${base}/routes/${type.name}.ts`,
      content: `${NOTICE}import { factories } from '@strapi/strapi';\n\nexport default factories.createCoreRouter('${uid}');\n`,
    },
    {
      path: `${base}/services/${type.name}.ts`,
      content: `${NOTICE}import { factories } from '@strapi/strapi';\n\nexport default factories.createCoreService('${uid}');\n`,
    },
  ];
};

export const generatedFiles = (types: ContentTypeModel[], components: ComponentModel[]): GeneratedFile[] => [
  ...types.flatMap((type) => [
    { path: `cms/src/api/${type.name}/content-types/${type.name}/schema.json`, content: json(contentTypeSchema(type)) },
    ...factoryFiles(type),
  ]),
  ...components.map((component) => {
    const [category, name] = component.uid.split('.');
    return { path: `cms/src/components/${category}/${name}.json`, content: json(componentSchema(component)) };
  }),
  { path: 'cms/src/generated/content-model.json', content: json(cmsFacts(types, components)) },
  { path: 'content-types/generated/types.ts', content: typesSource(types, components) },
  { path: 'content-types/generated/validators.ts', content: validatorsSource(types, components) },
  {
    path: 'content-types/generated/index.ts',
    content: `${NOTICE}export * from './types.js';\nexport * from './validators.js';\n`,
  },
  { path: 'site/src/generated/site-model.ts', content: siteModelSource(types) },
  { path: 'site/src/content.config.ts', content: contentConfigSource(types) },
];
