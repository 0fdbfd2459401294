/**
 * What the edit view's "On the public site" panel says of each language version: live only when
 * the page was built from the version now published, its address, and failures after a publish.
 */
import { describe, expect, it } from 'vitest';
import {
  documentPublishing,
  type DocumentPublishingInput,
  type VersionRow,
} from '../../cms/src/publishing/document-publishing.js';

const ROOT = 'https://hub.example.org/library/';
const PUBLISHED_AT = '2026-12-07T10:00:00.000Z';
const VERSION_AT = '2026-12-07T09:59:59.500Z';

const draft = (locale: string, slug: string): VersionRow => ({
  locale,
  slug,
  publishedAt: null,
  updatedAt: VERSION_AT,
});
const published = (locale: string, slug: string, updatedAt: string | Date = VERSION_AT): VersionRow => ({
  locale,
  slug,
  publishedAt: new Date(PUBLISHED_AT),
  updatedAt,
});
const onSite = (locale: string, slug: string, updatedAt = VERSION_AT) => ({
  locale,
  slug,
  url: `${ROOT}${locale === 'en' ? '' : `${locale}/`}city-spotlights/${slug}/`,
  updatedAt,
});

const base: DocumentPublishingInput = {
  rows: [],
  recordedLocales: [],
  live: { siteRoot: ROOT, versions: [] },
  lastError: null,
  segment: 'city-spotlights',
  defaultLocale: 'en',
};

describe("a document's versions on the public site", () => {
  it.each<{ case: string; input: Partial<DocumentPublishingInput>; state: string; address?: string }>([
    {
      case: 'a draft never published says where it will be',
      input: { rows: [draft('en', 'oslo')] },
      state: 'not-published',
      address: `${ROOT}city-spotlights/oslo/`,
    },
    {
      case: 'just published, not yet built: publishing',
      input: { rows: [draft('en', 'oslo'), published('en', 'oslo')] },
      state: 'publishing',
      address: `${ROOT}city-spotlights/oslo/`,
    },
    {
      case: 'the site built from this very version: live',
      input: {
        rows: [draft('en', 'oslo'), published('en', 'oslo', new Date(VERSION_AT))],
        live: { siteRoot: ROOT, versions: [onSite('en', 'oslo')] },
      },
      state: 'live',
      address: `${ROOT}city-spotlights/oslo/`,
    },
    {
      case: 'the site shows an older version: still publishing',
      input: {
        rows: [published('en', 'oslo')],
        live: { siteRoot: ROOT, versions: [onSite('en', 'oslo', '2026-12-01T08:00:00.000Z')] },
      },
      state: 'publishing',
    },
    {
      case: 'renamed and republished: the new address, still publishing',
      input: {
        rows: [published('en', 'oslo-youth')],
        live: { siteRoot: ROOT, versions: [onSite('en', 'oslo', '2026-12-01T08:00:00.000Z')] },
      },
      state: 'publishing',
      address: `${ROOT}city-spotlights/oslo-youth/`,
    },
    {
      case: 'a build failed after the publish: failed',
      input: { rows: [published('en', 'oslo')], lastError: { at: '2026-12-07T10:00:20.000Z' } },
      state: 'failed',
    },
    {
      case: 'a failure from before the publish is not this one',
      input: { rows: [published('en', 'oslo')], lastError: { at: '2026-12-07T09:00:00.000Z' } },
      state: 'publishing',
    },
    {
      case: 'unpublished while its page is still up: being removed',
      input: {
        rows: [draft('en', 'oslo')],
        recordedLocales: ['en'],
        live: { siteRoot: ROOT, versions: [onSite('en', 'oslo')] },
      },
      state: 'removing',
    },
    {
      case: 'unpublished and gone from the site',
      input: { rows: [draft('en', 'oslo')], recordedLocales: ['en'] },
      state: 'unpublished',
    },
    {
      case: 'a French version has its address under /fr/',
      input: { rows: [draft('fr', 'oslo-jeunesse')] },
      state: 'not-published',
      address: `${ROOT}fr/city-spotlights/oslo-jeunesse/`,
    },
  ])('$case', ({ input, state, address }) => {
    const [version] = documentPublishing({ ...base, ...input });
    expect(version!.state).toBe(state);
    if (address) expect(version!.address).toBe(address);
  });

  it('lists English first, then the other languages, and knows which were ever published', () => {
    const versions = documentPublishing({
      ...base,
      rows: [draft('fr', 'oslo-fr'), draft('en', 'oslo'), published('en', 'oslo'), draft('ar', 'oslo')],
      recordedLocales: ['en', 'ar'],
    });
    expect(versions.map((version) => [version.locale, version.everPublished])).toEqual([
      ['en', true],
      ['ar', true],
      ['fr', false],
    ]);
  });

  it('gives no address before the site has one', () => {
    const [version] = documentPublishing({ ...base, rows: [draft('en', 'oslo')], live: { versions: [] } });
    expect(version!.address).toBeUndefined();
  });
});
