/**
 * Adding a document type is: declare it in content-types/, run `npm run generate`, write its view.
 * A throw-away "policy brief" declared here goes through the real generator; the site modules
 * that list types (routes, search filters, catalogue schema) then run on the generated tables.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  allContentTypes,
  components,
  findContentType,
  type ContentTypeModel,
  type DocumentSiteModel,
} from '@resource-hub/content-types';
import { generatedFiles } from '../../content-types/generator/generated-files.js';
import type { Library, LibraryDocument, LibraryTerm } from '../../site/src/library/library-types.js';

const guide = findContentType('guide');
const policyBrief: ContentTypeModel = {
  ...guide,
  name: 'policy-brief',
  pluralName: 'policy-briefs',
  displayName: 'Policy brief',
  description: 'A short brief for decision makers.',
  // Label keys must exist in site/src/i18n/strings.ts (the typecheck of the generated table says so).
  site: { ...(guide.site as DocumentSiteModel), segment: 'policy-briefs', citationType: 'article', corpusShare: 0.1 },
  fields: { ...guide.fields, keyMessage: { type: 'text', label: 'Key message' } },
};
const model = allContentTypes.flatMap((type) =>
  type.name === 'guide'
    ? [{ ...type, site: { ...(type.site as DocumentSiteModel), corpusShare: 0.1 } }, policyBrief]
    : [type],
);
const files = generatedFiles(model, components);
const fileOf = (name: string) => files.find((file) => file.path === name)!.content;

describe('a fifth document type, declared only in the model', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'hub-fifth-type-'));
    const generated = path.join(dir, 'site-model.ts');
    await writeFile(generated, fileOf('site/src/generated/site-model.ts'));
    // The site's modules read the tables the generator just wrote for this model.
    vi.doMock('../../site/src/generated/site-model.js', () => import(generated));
  });
  afterAll(async () => {
    vi.doUnmock('../../site/src/generated/site-model.js');
    await rm(dir, { recursive: true, force: true });
  });

  it('gets a content collection and a row in the site tables', () => {
    expect(fileOf('site/src/content.config.ts')).toContain(
      "'policy-brief': defineCollection({ loader: strapiLoader('policy-brief') }),",
    );
    const table = fileOf('site/src/generated/site-model.ts');
    expect(table).toMatch(/export type DocumentTypeName = [^;]*'policy-brief'/);
    expect(table).toContain("segment: 'policy-briefs'");
    expect(fileOf('cms/src/api/policy-brief/content-types/policy-brief/schema.json')).toContain('keyMessage');
  });

  it('gets a listing, pages and search filters on the site', async () => {
    const { buildRoutes } = await import('../../site/src/library/routes.js');
    const { documentFilters } = await import('../../site/src/library/document-filters.js');
    const { catalogueSchema } = await import('../../site/src/catalogue/catalogue-schema.js');
    const youth = {
      taxonomy: 'theme',
      locale: 'en',
      entry: { documentId: 'theme1', name: 'Youth', slug: 'youth' },
    } as unknown as LibraryTerm;
    const brief = {
      type: 'policy-brief',
      locale: 'en',
      entry: {
        documentId: 'brief1',
        permanentId: 'brief001',
        slug: 'first-brief',
        title: 'First brief',
        publicationDate: '2026-03-01',
        themes: [{ documentId: 'theme1' }],
      },
    } as unknown as LibraryDocument;
    const library: Library = {
      documents: [brief],
      terms: [youth],
      locales: ['en'],
      addresses: [],
      homePages: [],
      find: (type, _locale, id) => (type === brief.type && id === brief.entry.documentId ? brief : undefined),
      translations: () => [],
      findTerm: (taxonomy, _locale, id) => (taxonomy === 'theme' && id === 'theme1' ? youth : undefined),
      documentsTagged: (term) => (term === youth ? [brief] : []),
    };
    const routes = buildRoutes(library).map(({ route, props }) => `${route} ${props.kind}`);
    expect(routes).toEqual(
      expect.arrayContaining([
        'policy-briefs/ listing',
        'policy-briefs/first-brief/ document',
        'embed/policy-briefs/first-brief/ embed',
        'themes/youth/ term',
      ]),
    );
    expect(documentFilters(library, brief)).toEqual({
      type: 'Guide',
      theme: ['Youth'],
      audience: [],
      region: [],
      city: [],
      year: '2026',
    });
    expect(JSON.stringify(catalogueSchema)).toContain('"policy-brief"');
  });

  it('is refused, with the fix, when it has no site entry', () => {
    const bare = { ...policyBrief, site: undefined };
    expect(() => generatedFiles([...allContentTypes, bare], components)).toThrow(
      /document "policy-brief" has no `site` entry.*Fix: give it a `site` entry/,
    );
  });
});
