import type { Fields } from '../define.js';

/** Name and slug, the pair every taxonomy term has. */
export const termFields = (what: string): Fields => ({
  name: {
    type: 'string',
    label: 'Name',
    help: `The ${what}'s name in this language.`,
    required: true,
    maxLength: 120,
  },
  slug: {
    type: 'uid',
    label: 'Web address (slug)',
    help: 'Made from the name. Once published, leave it unchanged: pages link to it.',
    targetField: 'name',
    required: true,
    lookup: true,
  },
});
