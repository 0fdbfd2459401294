/** The library's permanent addresses, from the route table the site renders. */
import { describe, expect, it } from 'vitest';
import type { Library, LibraryDocument, LibraryTerm, PublishedAddress } from '../../site/src/library/library-types.js';
import { buildRoutes, PAGE_SIZE } from '../../site/src/library/routes.js';

const guide = (n: number, locale: 'en' | 'fr' = 'en'): LibraryDocument =>
  ({
    type: 'guide',
    locale,
    entry: {
      documentId: `doc${n}`,
      permanentId: `perm000${n}`,
      slug: `guide-${n}`,
      title: `Guide ${n}`,
      publicationDate: '2024-01-01',
    },
  }) as unknown as LibraryDocument;

const libraryOf = (documents: LibraryDocument[], addresses: PublishedAddress[] = []): Library => ({
  documents,
  terms: [],
  homePages: [],
  locales: [...new Set(documents.map((doc) => doc.locale))],
  addresses,
  find: (type, locale, documentId) =>
    documents.find((doc) => doc.type === type && doc.locale === locale && doc.entry.documentId === documentId),
  translations: () => [],
  findTerm: () => undefined,
  documentsTagged: () => [],
});

const address = (
  documentId: string,
  slug: string,
  permanentId: string | null,
  documentType: PublishedAddress['documentType'] = 'guide',
): PublishedAddress =>
  ({
    documentId: `address-${slug}`,
    documentType,
    language: 'en',
    slug,
    document: documentId,
    permanentId,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    id: 1,
  }) as PublishedAddress;

describe('route table', () => {
  it('leads every former address to where its document is now, and says the addresses of withdrawn documents are gone', () => {
    const moved = guide(1);
    const retyped = { ...guide(2), type: 'toolkit' } as LibraryDocument;
    const routes = buildRoutes(
      libraryOf(
        [moved, retyped],
        [
          address('doc1', 'first-title', 'perm0001'),
          address('doc1', 'second-title', 'perm0001'),
          address('doc1', 'guide-1', 'perm0001'),
          address('old-guide-2', 'guide-as-it-was', 'perm0002'),
          address('doc9', 'withdrawn-guide', 'perm0009'),
        ],
      ),
    );
    const kindOf = (route: string) =>
      routes
        .filter((entry) => entry.route === route)
        .map(({ props }) => (props.kind === 'moved' ? `moved to ${props.doc.entry.slug}` : props.kind));
    expect(kindOf('guides/first-title/')).toEqual(['moved to guide-1']);
    expect(kindOf('guides/second-title/')).toEqual(['moved to guide-1']);
    expect(kindOf('guides/guide-1/')).toEqual(['document']);
    expect(kindOf('guides/guide-as-it-was/')).toEqual(['moved to guide-2']);
    expect(kindOf('guides/withdrawn-guide/')).toEqual(['gone']);
    expect(kindOf('r/perm0009/')).toEqual(['gone']);
    expect(kindOf('r/perm0001/')).toEqual(['permalink']);
  });

  it('leads a renamed theme’s former address to its page, and only while it has one; an earlier name never hides a page', () => {
    const theme = (documentId: string, slug: string): LibraryTerm =>
      ({ taxonomy: 'theme', locale: 'en', entry: { documentId, slug, name: slug } }) as unknown as LibraryTerm;
    const youth = theme('t1', 'youth');
    const elections = theme('t2', 'elections');
    const swapped = theme('t3', 'youth-engagement');
    const tagged = new Map([
      [youth, [guide(1)]],
      [swapped, [guide(1)]],
    ]);
    const routes = buildRoutes({
      ...libraryOf(
        [guide(1)],
        [
          address('t1', 'youth-engagement', null, 'theme'),
          address('t1', 'young-people', null, 'theme'),
          address('t2', 'safeguarding-elections', null, 'theme'),
        ],
      ),
      terms: [youth, elections, swapped],
      findTerm: (_taxonomy, _locale, documentId) =>
        [youth, elections, swapped].find((t) => t.entry.documentId === documentId),
      documentsTagged: (term) => tagged.get(term) ?? [],
    });
    const kindOf = (route: string) =>
      routes
        .filter((entry) => entry.route === route)
        .map(({ props }) => (props.kind === 'term-moved' ? `moved to ${props.term.entry.slug}` : props.kind));
    expect(kindOf('themes/young-people/')).toEqual(['moved to youth']);
    // Another theme took the old name over: its page stays.
    expect(kindOf('themes/youth-engagement/')).toEqual(['term']);
    // A theme with nothing tagged has no page, so its old address leads nowhere.
    expect(kindOf('themes/safeguarding-elections/')).toEqual([]);
    expect(kindOf('themes/elections/')).toEqual([]);
  });

  it('pages listings at /guides/page/N/ and gives every document /guides/{slug}/', () => {
    const documents = Array.from({ length: PAGE_SIZE * 2 + 1 }, (_, n) => guide(n + 1));
    const routes = buildRoutes(libraryOf(documents)).map((route) => route.route);
    expect(routes).toContain('guides/');
    expect(routes).toContain('guides/page/2/');
    expect(routes).toContain('guides/page/3/');
    expect(routes).not.toContain('guides/page/4/');
    expect(routes).toContain('guides/guide-41/');
    expect(routes.filter((route) => /^guides\/guide-/.test(route))).toHaveLength(documents.length);
  });

  it('gives English pages without a prefix and another language its pages once it has content', () => {
    const englishOnly = buildRoutes(libraryOf([guide(1)])).map((route) => route.route);
    expect(englishOnly).toContain('');
    expect(englishOnly).toContain('search/');
    expect(englishOnly.some((route) => route.startsWith('fr/'))).toBe(false);
    const withFrench = buildRoutes(libraryOf([guide(1), guide(1, 'fr')])).map((route) => route.route);
    expect(withFrench).toEqual(
      expect.arrayContaining(['fr/', 'fr/search/', 'fr/guides/', 'fr/toolkits/', 'fr/guides/guide-1/']),
    );
    expect(withFrench.some((route) => route.startsWith('es/'))).toBe(false);
  });

  it('gives every document one short permanent link, /r/{id}/, leading to English when it exists', () => {
    const permalinks = (documents: LibraryDocument[]) =>
      buildRoutes(libraryOf(documents)).flatMap(({ route, props }) =>
        props.kind === 'permalink' ? [[route, props.doc.locale]] : [],
      );
    expect(permalinks([guide(1, 'fr'), guide(1), guide(2, 'fr')])).toEqual([
      ['r/perm0001/', 'en'],
      ['r/perm0002/', 'fr'],
    ]);
  });
});
