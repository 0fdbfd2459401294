/**
 * The render state of a build (see library/render-plan.ts), carried from the pages to a file.
 * The pages run in Vite's bundle and the integration that writes the file is loaded with the
 * config: separate module instances, so they meet in one processShared value. Which state to
 * build on, and where to write this build's, the build hands over (build-handoff.ts).
 */
import { readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { writeAtomically } from '../cache/write-atomically.js';
import { fingerprintOf, recordedPublished } from '../cms/published-fingerprint.js';
import { buildHandoff, dropProcessShared, processShared } from './build-handoff.js';
import { previewEntry } from './preview.js';
import type { Library } from '../library/library-types.js';
import {
  contentState,
  planRender,
  removedRoutes,
  routeDependencies,
  type RenderState,
} from '../library/render-plan.js';
import type { Route } from '../library/routes.js';

/** What the state file holds: the state, what this build rendered and dropped, and what was published. */
export interface RenderStateFile extends RenderState {
  changes: { rendered: string[]; removed: string[] };
  /** Fingerprint of the published entries this build read (cms/published-fingerprint.ts). */
  published: string;
}

interface Collector {
  build?: {
    previous?: RenderState;
    content: ReturnType<typeof contentState>;
    routes: Set<string>;
    rendered: Set<string>;
  };
  recorded: Map<string, Set<string>>;
}

const COLLECTOR = 'render-state';

const collector = (): Collector => processShared<Collector>(COLLECTOR, () => ({ recorded: new Map() }));

/** Starts recording what a route's page reads; returns the recorder. */
export const recordDependencies = (route: string, initial: string[]): ((dependency: string) => void) => {
  const recorded = new Set(initial);
  collector().recorded.set(route, recorded);
  return (dependency) => recorded.add(dependency);
};

/** Of these routes (one route file's), those to render now: all, or what changed since the previous release. */
const plan = <T extends { route: string; dependencies: string[] }>(routes: T[], library: Library): T[] => {
  const build = (collector().build ??= (() => {
    const base = buildHandoff().renderBase;
    const previous = base ? (JSON.parse(readFileSync(base, 'utf8')) as RenderState) : undefined;
    return { previous, content: contentState(library), routes: new Set<string>(), rendered: new Set<string>() };
  })());
  const render = planRender(routes, library, build.previous);
  for (const { route } of routes) build.routes.add(route);
  for (const { route } of render) build.rendered.add(route);
  return render;
};

/** The page routes this build renders: all of them, what changed since the previous release, or a previewed draft's page. */
export const plannedRoutes = (routes: Route[], library: Library): Route[] => {
  const preview = previewEntry();
  if (preview)
    return routes.filter(
      ({ props }) =>
        props.kind === 'document' &&
        props.doc.type === preview.type &&
        props.doc.entry.documentId === preview.entry.documentId &&
        props.locale === preview.entry.locale,
    );
  return plan(
    routes.map((route) => ({ ...route, dependencies: routeDependencies(route.props) })),
    library,
  );
};

/**
 * The files an endpoint writes one of per document or term (route = the file's path), planned
 * like pages from the dependencies each declares, since an endpoint reads nothing else. A
 * preview renders none: it shows one page.
 */
export const plannedFiles = <T extends { route: string; dependencies: string[] }>(
  files: T[],
  library: Library,
): T[] => {
  if (previewEntry()) return [];
  const render = plan(files, library);
  for (const { route, dependencies } of render) recordDependencies(route, dependencies);
  return render;
};

const stateOf = (fingerprint: string): RenderStateFile => {
  const { build, recorded } = collector();
  if (!build)
    throw new Error(
      'no page route was planned in this build: is src/pages/[...path].astro still calling plannedRoutes?',
    );
  const routes: Record<string, string[]> = {};
  for (const route of build.routes) {
    const dependencies = recorded.get(route) ?? build.previous?.routes[route];
    if (!dependencies)
      throw new Error(
        `the route "${route}" was neither rendered nor in the previous release, so the next build could not tell when it changes`,
      );
    routes[route] = [...dependencies].sort();
  }
  const changes = { rendered: [...build.rendered], removed: removedRoutes(build.previous, build.routes) };
  return { fingerprint, ...build.content, routes, changes, published: fingerprintOf(recordedPublished()) };
};

export const renderStateIntegration = (): AstroIntegration => ({
  name: 'resource-hub-render-state',
  hooks: {
    // A worker builds many times in one process: each build starts with nothing recorded.
    'astro:build:start': () => {
      dropProcessShared(COLLECTOR);
    },
    'astro:build:done': async () => {
      const state = buildHandoff().renderState;
      if (state) await writeAtomically(state.file, JSON.stringify(stateOf(state.fingerprint)));
    },
  },
});
