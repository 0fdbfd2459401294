import type { Fields } from '../define.js';

/** Document types a hub document can point to as "related". */
export const DOCUMENT_TYPE_NAMES = ['guide', 'toolkit', 'city-spotlight', 'event-report'] as const;
export type DocumentTypeName = (typeof DOCUMENT_TYPE_NAMES)[number];

export const SUMMARY_MAX_LENGTH = 300;

/** Fields every guide, toolkit, spotlight and report has, in the order editors fill them. */
export const sharedHeadFields: Fields = {
  title: {
    type: 'string',
    label: 'Title',
    help: 'The title as it appears on the document.',
    required: true,
    maxLength: 160,
  },
  slug: {
    type: 'uid',
    label: 'Web address (slug)',
    help: 'Made from the title. Once published, leave it unchanged: partners link to it.',
    targetField: 'title',
    required: true,
    lookup: true,
  },
  permanentId: {
    type: 'string',
    label: 'Permanent ID',
    help: 'Set automatically when the document is created and never changes. Short links (/r/ID/) use it.',
    localized: false,
    readOnly: true,
    lookup: true,
    pattern: { regex: '^[a-z0-9]{8}$', hint: 'eight lower-case letters and digits, set by the CMS' },
  },
  summary: {
    type: 'text',
    label: 'Summary',
    help: `Plain text, at most ${SUMMARY_MAX_LENGTH} characters. Shown on cards, in search results and to search engines.`,
    required: true,
    maxLength: SUMMARY_MAX_LENGTH,
  },
  publicationDate: {
    type: 'date',
    label: 'Publication date',
    help: 'The date printed on the document, not the day it was entered here.',
    required: true,
    localized: false,
  },
  cover: {
    type: 'component',
    label: 'Cover image',
    help: 'Picture and its description in this language.',
    component: 'shared.cover',
    repeatable: false,
  },
  sample: {
    type: 'boolean',
    label: 'Sample content',
    help: 'On for a document written to try the hub out, not published by the network: its page says so.',
    localized: false,
    default: false,
  },
  body: {
    type: 'blocks',
    label: 'Text',
    help: 'The full text. Use headings to structure it: they become the table of contents.',
  },
};

export const sharedTailFields: Fields = {
  attachments: {
    type: 'component',
    label: 'PDF attachments',
    help: 'Downloadable PDFs, each with a title and its language.',
    component: 'shared.attachment',
    repeatable: true,
  },
  themes: {
    type: 'relation',
    label: 'Themes',
    help: 'What the document is about.',
    relation: 'manyToMany',
    target: 'theme',
  },
  regions: {
    type: 'relation',
    label: 'Regions',
    help: 'World regions it concerns.',
    relation: 'manyToMany',
    target: 'region',
  },
  cities: {
    type: 'relation',
    label: 'Cities',
    help: 'Cities it mentions or features.',
    relation: 'manyToMany',
    target: 'city',
  },
  audiences: {
    type: 'relation',
    label: 'Written for',
    help: 'Who the document is for: readers can narrow the library by it.',
    relation: 'manyToMany',
    target: 'audience',
  },
  partnerRoles: {
    type: 'component',
    component: 'shared.partner-role',
    repeatable: true,
    label: 'Partners and their roles',
    help: 'Each organisation involved and what it did. Funders appear under "With the support of", with their logo; every partner’s page lists this document under its role.',
  },
  partners: {
    type: 'relation',
    label: 'Partners (old list)',
    help: 'Replaced by "Partners and their roles": moved there at start-up.',
    relation: 'manyToMany',
    target: 'partner',
    private: true,
    retired: true,
  },
  relatedGuides: { type: 'relation', label: 'Related guides', relation: 'manyToMany', target: 'guide' },
  relatedToolkits: { type: 'relation', label: 'Related toolkits', relation: 'manyToMany', target: 'toolkit' },
  relatedCitySpotlights: {
    type: 'relation',
    label: 'Related city spotlights',
    relation: 'manyToMany',
    target: 'city-spotlight',
  },
  relatedEventReports: {
    type: 'relation',
    label: 'Related event reports',
    relation: 'manyToMany',
    target: 'event-report',
  },
};

/** The relation field that holds related documents of each type. */
export const RELATED_FIELD_BY_TYPE: Record<DocumentTypeName, string> = {
  guide: 'relatedGuides',
  toolkit: 'relatedToolkits',
  'city-spotlight': 'relatedCitySpotlights',
  'event-report': 'relatedEventReports',
};

/**
 * What an import records on the draft it made (cms/src/import/): private, so only editors see it
 * in the admin panel, never the site, the build or a release.
 */
export const importFields: Fields = {
  importedFile: {
    type: 'string',
    label: 'Imported from',
    help: 'The file this draft was made from. Set by the import; only editors see it.',
    readOnly: true,
    private: true,
    shownWhenSet: 'importedFile',
    lookup: true,
    maxLength: 255,
  },
  importedOn: {
    type: 'date',
    label: 'Imported on',
    help: 'The day the file was imported.',
    readOnly: true,
    private: true,
    shownWhenSet: 'importedFile',
  },
  importChecksum: {
    type: 'string',
    label: 'Imported file fingerprint',
    help: 'Identifies the exact file (SHA-256): importing the same file again changes nothing.',
    readOnly: true,
    private: true,
    shownWhenSet: 'importedFile',
    lookup: true,
    maxLength: 64,
  },
  importNotes: {
    type: 'text',
    label: 'To check after import',
    help: 'What the import proposed and could not be sure of: the summary, the date, cities, themes, regions and partners the text names. Only editors see it; clear it once checked.',
    private: true,
    shownWhenSet: 'importedFile',
  },
};
