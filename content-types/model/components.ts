import type { ComponentModel } from './define.js';

export const cover: ComponentModel = {
  uid: 'shared.cover',
  displayName: 'Cover',
  description: 'The picture shown on cards and at the top of the page, with its description.',
  icon: 'picture',
  fields: {
    image: {
      type: 'media',
      label: 'Image',
      help: 'A wide photo or illustration (at least 1200 pixels wide works best).',
      allowedTypes: ['images'],
      multiple: false,
      required: true,
    },
    alt: {
      type: 'string',
      label: 'Image description (alt text)',
      help: 'Describe what the picture shows for people who cannot see it, in this language. Required.',
      required: true,
      maxLength: 250,
    },
  },
};

export const attachment: ComponentModel = {
  uid: 'shared.attachment',
  displayName: 'Attachment',
  description: 'A PDF readers can download, such as the full report.',
  icon: 'file',
  fields: {
    file: {
      type: 'media',
      label: 'PDF file',
      help: 'Upload the PDF. Only PDF files are accepted.',
      allowedTypes: ['files'],
      mimeTypes: ['application/pdf'],
      multiple: false,
      required: true,
    },
    title: {
      type: 'string',
      label: 'Title',
      help: 'The name readers see on the download link, e.g. "Full report".',
      required: true,
      maxLength: 160,
    },
    language: {
      type: 'enumeration',
      label: 'Language of the PDF',
      help: 'The language the PDF is written in.',
      values: ['en', 'fr', 'es', 'ar', 'other'],
      required: true,
    },
  },
};

export const keyFigure: ComponentModel = {
  uid: 'shared.key-figure',
  displayName: 'Key figure',
  description: 'A number worth highlighting, with what it counts.',
  icon: 'chartBubble',
  fields: {
    value: {
      type: 'string',
      label: 'Figure',
      help: 'The number as readers should see it, e.g. "115+" or "3 days".',
      required: true,
      maxLength: 40,
    },
    label: {
      type: 'string',
      label: 'What it counts',
      help: 'e.g. "cities represented".',
      required: true,
      maxLength: 120,
    },
  },
};

export const statement: ComponentModel = {
  uid: 'shared.statement',
  displayName: 'Statement',
  description: 'One outcome, result or commitment, in a sentence or two.',
  icon: 'check',
  fields: {
    text: {
      type: 'text',
      label: 'Text',
      help: 'One outcome or commitment, in a sentence or two.',
      required: true,
      maxLength: 500,
    },
  },
};

export const leader: ComponentModel = {
  uid: 'shared.leader',
  displayName: 'Leader quoted',
  description: 'The mayor or official whose words or practice the spotlight features.',
  icon: 'user',
  fields: {
    name: { type: 'string', label: 'Name', help: 'Full name, e.g. "Mayor Jane Doe".', required: true, maxLength: 120 },
    role: { type: 'string', label: 'Role', help: 'e.g. "Mayor of Sousse".', required: true, maxLength: 160 },
    quote: { type: 'text', label: 'Quote', help: 'Only words the person actually said or approved.', maxLength: 600 },
  },
};

export const toolkitModule: ComponentModel = {
  uid: 'toolkit.module',
  displayName: 'Module',
  description: 'One step of a toolkit, in the order practitioners follow it.',
  icon: 'bulletList',
  fields: {
    title: { type: 'string', label: 'Step title', required: true, maxLength: 160 },
    description: { type: 'text', label: 'What this step involves', required: true, maxLength: 2000 },
  },
};

export const link: ComponentModel = {
  uid: 'shared.link',
  displayName: 'Link',
  description: 'A link with the words readers click.',
  icon: 'link',
  fields: {
    label: {
      type: 'string',
      label: 'Words shown',
      help: 'e.g. "Strong Cities Network".',
      required: true,
      maxLength: 60,
    },
    url: {
      type: 'string',
      label: 'Address',
      help: 'A full address starting with https://, or a path on this site starting with /.',
      required: true,
      maxLength: 500,
      pattern: { regex: '^(https://[^\\s]+|/[^\\s]*)$', hint: 'https://… or /…, without spaces' },
    },
  },
};

/** What a partner did for a document, as the network credits it. */
export const PARTNER_ROLES = ['funder', 'implementing-partner', 'host', 'co-organiser', 'partner'] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

export const partnerRole: ComponentModel = {
  uid: 'shared.partner-role',
  displayName: 'Partner and role',
  description: 'An organisation involved in the document, and what it did.',
  icon: 'handHeart',
  fields: {
    partner: {
      type: 'relation',
      label: 'Partner',
      help: 'The organisation. Add it under Partner first if it is not in the list.',
      relation: 'manyToOne',
      target: 'partner',
      required: true,
    },
    role: {
      type: 'enumeration',
      label: 'Role',
      help: 'Funder: paid for it (shown under "With the support of", with its logo and the text it requires). Implementing partner: carried it out with the network. Host: received it. Co-organiser: organised it with the network. Partner: involved, role not stated.',
      values: PARTNER_ROLES,
      required: true,
    },
  },
};

export const components: ComponentModel[] = [
  cover,
  attachment,
  keyFigure,
  statement,
  leader,
  toolkitModule,
  link,
  partnerRole,
];
