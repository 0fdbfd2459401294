import type { ContentTypeModel } from '../define.js';
import { importFields, sharedHeadFields, sharedTailFields } from './shared-fields.js';

export const toolkit: ContentTypeModel = {
  name: 'toolkit',
  pluralName: 'toolkits',
  displayName: 'Toolkit',
  description: 'Step-by-step modules a city can follow, with case studies.',
  kind: 'document',
  site: {
    segment: 'toolkits',
    labels: { singular: 'toolkit', plural: 'toolkits' },
    schemaType: 'Article',
    citationType: 'report',
    corpusShare: 0.1,
  },
  draftAndPublish: true,
  mainField: 'title',
  listColumns: ['title', 'cities', 'publicationDate', 'updatedAt'],
  fields: {
    ...sharedHeadFields,
    modules: {
      type: 'component',
      label: 'Modules (in order)',
      help: 'The steps of the toolkit, in the order practitioners follow them. Drag to reorder.',
      component: 'toolkit.module',
      repeatable: true,
    },
    caseStudies: {
      type: 'relation',
      label: 'Case studies',
      help: 'City spotlights that show the toolkit in practice.',
      relation: 'manyToMany',
      target: 'city-spotlight',
    },
    ...sharedTailFields,
    ...importFields,
  },
};
