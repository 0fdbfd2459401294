/** The library's permanent addresses, from the route table the site renders. */
import { describe, expect, it } from 'vitest';
import type { Library, LibraryDocument } from '../../site/src/library/library-types.js';
import { buildRoutes, PAGE_SIZE } from '../../site/src/library/routes.js';

const guide = (n: number, locale: 'en' | 'fr' = 'en'): LibraryDocument =>
  ({
    type: 'guide',
    locale,
    entry: { documentId: `doc${n}`, permanentId: `perm000${n}`, slug: `guide-${n}`, title: `Guide ${n}`, publicationDate: '2024-01-01' },
  }) as unknown as LibraryDocument;

const libraryOf = (documents: LibraryDocument[]): Library => ({
  documents,
  terms: [],
  locales: [...new Set(documents.map((doc) => doc.locale))],
  find: () => undefined,
  translations: () => [],
  findTerm: () => undefined,
  documentsTagged: () => [],
});

describe('route table', () => {
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
    expect(withFrench).toEqual(expect.arrayContaining(['fr/', 'fr/search/', 'fr/guides/', 'fr/toolkits/', 'fr/guides/guide-1/']));
    expect(withFrench.some((route) => route.startsWith('es/'))).toBe(false);
  });

  it('gives every document one short permanent link, /r/{id}/, leading to English when it exists', () => {
    const permalinks = (documents: LibraryDocument[]) =>
      buildRoutes(libraryOf(documents)).flatMap(({ route, props }) => (props.kind === 'permalink' ? [[route, props.doc.locale]] : []));
    expect(permalinks([guide(1, 'fr'), guide(1), guide(2, 'fr')])).toEqual([
      ['r/perm0001/', 'en'],
      ['r/perm0002/', 'fr'],
    ]);
  });
});
