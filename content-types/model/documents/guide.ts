import type { ContentTypeModel } from '../define.js';
import { importFields, sharedHeadFields, sharedTailFields } from './shared-fields.js';

export const guide: ContentTypeModel = {
  name: 'guide',
  pluralName: 'guides',
  displayName: 'Guide',
  description: 'Practical guidance for city officials on one topic.',
  kind: 'document',
  site: {
    segment: 'guides',
    labels: { singular: 'guide', plural: 'guides' },
    schemaType: 'Article',
    citationType: 'report',
    corpusShare: 0.2,
  },
  draftAndPublish: true,
  mainField: 'title',
  listColumns: ['title', 'cities', 'publicationDate', 'updatedAt'],
  fields: {
    ...sharedHeadFields,
    // Replaced by the Audience taxonomy (`audiences`): the CMS moves its text there at start-up
    // (cms/src/migrations/), then it goes in a later release.
    audience: {
      type: 'string',
      label: 'Written for (old text)',
      maxLength: 200,
      private: true,
      retired: true,
    },
    edition: {
      type: 'string',
      label: 'Edition',
      help: 'e.g. "2023" or "Second edition".',
      localized: false,
      maxLength: 60,
    },
    ...sharedTailFields,
    ...importFields,
  },
};
