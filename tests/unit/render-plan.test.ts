/** Which pages a content change touches: the plan an incremental build renders. */
import { describe, expect, it } from 'vitest';
import type { Library, LibraryDocument, LibraryHomePage, LibraryTerm } from '../../site/src/library/library-types.js';
import {
  contentState,
  planRender,
  removedRoutes,
  routeDependencies,
  trackedLibrary,
  type RenderState,
} from '../../site/src/library/render-plan.js';
import type { Route } from '../../site/src/library/routes.js';

const theme = (id: string): LibraryTerm =>
  ({
    taxonomy: 'theme',
    locale: 'en',
    digest: id,
    entry: { documentId: id, name: id, slug: id },
  }) as unknown as LibraryTerm;

const guide = (id: string, digest: string, themes: string[] = []): LibraryDocument =>
  ({
    type: 'guide',
    locale: 'en',
    digest,
    entry: { documentId: id, slug: id, title: id, themes: themes.map((documentId) => ({ documentId })) },
  }) as unknown as LibraryDocument;

const libraryOf = (documents: LibraryDocument[], terms: LibraryTerm[] = [theme('t1'), theme('t2')]): Library => ({
  documents,
  terms,
  locales: ['en'],
  addresses: [],
  homePages: [],
  find: (_type, _locale, id) => documents.find((doc) => doc.entry.documentId === id),
  translations: (doc) => [doc],
  findTerm: (_taxonomy, _locale, id) => terms.find((term) => term.entry.documentId === id),
  documentsTagged: (term) =>
    documents.filter((doc) =>
      (doc.entry as unknown as { themes: { documentId: string }[] }).themes.some(
        (ref) => ref.documentId === term.entry.documentId,
      ),
    ),
});

const route = (path: string): Route => ({ route: path, props: { kind: 'home', locale: 'en' } });

/** Renders each route by running `read` against a tracked library, as the page does, and keeps the state. */
const renderAll = (library: Library, reads: Record<string, (library: Library) => unknown>): RenderState => {
  const routes: Record<string, string[]> = {};
  for (const [path, read] of Object.entries(reads)) {
    const recorded = new Set<string>();
    read(trackedLibrary(library, (dependency) => recorded.add(dependency)));
    routes[path] = [...recorded];
  }
  return { fingerprint: 'code', ...contentState(library), routes };
};

const reads: Record<string, (library: Library) => unknown> = {
  'guides/a/': (library) => library.find('guide', 'en', 'a'),
  'guides/b/': (library) => [library.find('guide', 'en', 'b'), library.find('guide', 'en', 'c')],
  'themes/t1/': (library) => library.documentsTagged(theme('t1')),
  'themes/t2/': (library) => library.documentsTagged(theme('t2')),
  '': (library) => library.documents.length,
};

describe('render plan', () => {
  const before = libraryOf([guide('a', 'a1', ['t1']), guide('b', 'b1', ['t2'])]);
  const previous = renderAll(before, reads);
  const routes = Object.keys(reads).map(route);
  const planned = (library: Library, current: Route[] = routes, state = previous) => {
    const render = planRender(
      current.map((r) => ({ ...r, dependencies: routeDependencies(r.props) })),
      library,
      state,
    );
    return {
      render: render.map((r) => r.route).sort(),
      removed: removedRoutes(state, new Set(current.map((r) => r.route))),
    };
  };

  it('renders everything without a previous state, and nothing when nothing changed', () => {
    expect(
      planRender(
        routes.map((r) => ({ ...r, dependencies: [] })),
        before,
        undefined,
      ),
    ).toHaveLength(routes.length);
    expect(planned(libraryOf([guide('a', 'a1', ['t1']), guide('b', 'b1', ['t2'])]))).toEqual({
      render: [],
      removed: [],
    });
  });

  it('renders the page of a changed document, what gathers it under its old and new terms, and what scans all documents', () => {
    const after = libraryOf([guide('a', 'a2', ['t2']), guide('b', 'b1', ['t2'])]);
    expect(planned(after).render).toEqual(['', 'guides/a/', 'themes/t1/', 'themes/t2/']);
  });

  it('renders a page that looked for a document in vain once that document is published', () => {
    const after = libraryOf([guide('a', 'a1', ['t1']), guide('b', 'b1', ['t2']), guide('c', 'c1')]);
    expect(planned(after, [...routes, route('guides/c/')]).render).toEqual(['', 'guides/b/', 'guides/c/']);
  });

  it('renders an address again when it shows another document than before', () => {
    // guides/c/ said "no longer available" (it looked nothing up); c is published again.
    const gone = { ...previous, routes: { ...previous.routes, 'guides/c/': [] } };
    const c = guide('c', 'c1');
    const after = libraryOf([guide('a', 'a1', ['t1']), guide('b', 'b1', ['t2']), c]);
    const republished: Route = { route: 'guides/c/', props: { kind: 'document', locale: 'en', doc: c } };
    expect(planned(after, [...routes, republished], gone).render).toContain('guides/c/');
    // An old address of a, taken over by c: it now shows c, whose page a never looked up.
    const moved = { ...previous, routes: { ...previous.routes, 'guides/c/': ['doc:guide/en/a'] } };
    expect(planned(after, [...routes, republished], moved).render).toContain('guides/c/');
  });

  it("renders every page again when the home page settings change: the network's name, logo and colour frame them all", () => {
    const settings = (digest: string) => ({ locale: 'en' as const, entry: {} as LibraryHomePage['entry'], digest });
    const withSettings = { ...before, homePages: [settings('s1')] };
    const state = renderAll(withSettings, reads);
    expect(planned({ ...withSettings }, routes, state).render).toEqual([]);
    expect(planned({ ...before, homePages: [settings('s2')] }, routes, state).render).toEqual(
      [...Object.keys(reads)].sort(),
    );
  });

  it('lists the routes that no longer exist, so their pages leave the release', () => {
    const after = libraryOf([guide('b', 'b1', ['t2'])]);
    const current = routes.filter((r) => r.route !== 'guides/a/' && r.route !== 'themes/t1/');
    expect(planned(after, current)).toEqual({ render: [''], removed: ['guides/a/', 'themes/t1/'] });
  });
});
