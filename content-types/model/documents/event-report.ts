import type { ContentTypeModel } from '../define.js';
import { sharedHeadFields, sharedTailFields } from './shared-fields.js';

export const eventReport: ContentTypeModel = {
  name: 'event-report',
  pluralName: 'event-reports',
  displayName: 'Event report',
  description: 'What happened at a summit, workshop or regional meeting, and what was agreed.',
  kind: 'document',
  draftAndPublish: true,
  mainField: 'title',
  listColumns: ['title', 'venueCity', 'updatedAt'],
  fields: {
    ...sharedHeadFields,
    startDate: { type: 'date', label: 'First day', required: true, localized: false },
    endDate: {
      type: 'date',
      label: 'Last day',
      help: 'Same as the first day for a one-day event.',
      required: true,
      localized: false,
    },
    venueCity: {
      type: 'relation',
      label: 'Held in (city)',
      help: 'Leave empty for online events.',
      relation: 'manyToOne',
      target: 'city',
    },
    organisers: {
      type: 'relation',
      label: 'Organisers',
      help: 'Who organised the event. Supporting partners go under "Partners".',
      relation: 'manyToMany',
      target: 'partner',
    },
    participantFigures: {
      type: 'component',
      label: 'Participants in figures',
      help: 'e.g. "240+ participants", "80+ mayors".',
      component: 'shared.key-figure',
      repeatable: true,
    },
    outcomes: {
      type: 'component',
      label: 'Outcomes and commitments',
      help: 'What was agreed or launched, one per line.',
      component: 'shared.statement',
      repeatable: true,
    },
    parentEvent: {
      type: 'relation',
      label: 'Part of (parent event)',
      help: 'For a session, the summit or conference it belonged to.',
      relation: 'manyToOne',
      target: 'event-report',
      inversedBy: 'sessions',
    },
    sessions: {
      type: 'relation',
      label: 'Sessions',
      help: 'Reports of the sessions held at this event. Set "Part of" on each session instead of here.',
      relation: 'oneToMany',
      target: 'event-report',
      mappedBy: 'parentEvent',
    },
    ...sharedTailFields,
  },
};
