/** How the admin names where a language version is on the public site (publishing/document-publishing.ts). */
import type { VersionState } from '../publishing/document-publishing';

export const STATE_WORDS: Record<VersionState, { short: string; long: string; colour: string }> = {
  'not-published': { short: 'Not published', long: 'Not published yet', colour: 'neutral600' },
  publishing: {
    short: 'Publishing…',
    long: 'Publishing… the page appears on the site in a minute or less',
    colour: 'primary600',
  },
  live: { short: 'Live', long: 'Live on the site', colour: 'success600' },
  failed: { short: 'Publishing failed', long: 'Publishing failed', colour: 'danger600' },
  removing: { short: 'Being removed…', long: 'Unpublished: being taken off the site…', colour: 'primary600' },
  unpublished: {
    short: 'Unpublished',
    long: 'Not on the site: its address now says the document is no longer available',
    colour: 'neutral600',
  },
};
