import type { ContentTypeModel } from '../define.js';
import { importFields, sharedHeadFields, sharedTailFields } from './shared-fields.js';

export const citySpotlight: ContentTypeModel = {
  name: 'city-spotlight',
  pluralName: 'city-spotlights',
  displayName: 'City spotlight',
  description: "One city's practice, the leader behind it and what it achieved.",
  kind: 'document',
  site: {
    segment: 'city-spotlights',
    labels: { singular: 'citySpotlight', plural: 'citySpotlights' },
    schemaType: 'Article',
    citationType: 'article',
    corpusShare: 0.3,
  },
  draftAndPublish: true,
  mainField: 'title',
  listColumns: ['title', 'city', 'publicationDate', 'updatedAt'],
  fields: {
    ...sharedHeadFields,
    city: {
      type: 'relation',
      label: 'City',
      help: 'The city this spotlight is about.',
      relation: 'manyToOne',
      target: 'city',
      required: true,
    },
    leader: {
      type: 'component',
      label: 'Leader quoted',
      help: 'The mayor or official behind the practice.',
      component: 'shared.leader',
      repeatable: false,
    },
    practice: {
      type: 'text',
      label: 'The practice',
      help: 'What the city does, in a short paragraph.',
      required: true,
      maxLength: 2000,
    },
    keyFigures: {
      type: 'component',
      label: 'Key figures',
      help: 'Numbers that show the scale or effect, e.g. "1,200 young people reached".',
      component: 'shared.key-figure',
      repeatable: true,
    },
    outcomes: {
      type: 'component',
      label: 'Outcomes',
      help: 'What changed because of the practice, one per line.',
      component: 'shared.statement',
      repeatable: true,
    },
    ...sharedTailFields,
    ...importFields,
  },
};
