/**
 * The hand-off between the build (scripts/build, scripts/publish) and the Astro process that
 * renders the site: the settings the build passes in Astro's environment, written with
 * handoffEnv and read once with buildHandoff, and the files the two leave each other. No other
 * module reads or writes these variables (eslint.config.js refuses it), so their names, types
 * and checks live here alone. A bad value stops the build with one line naming the variable,
 * the value and the fix, as site-config.ts does for the user's settings.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { MANIFEST_FILE, type BuildManifest } from './manifest.js';
import type { RenderStateFile } from './render-state.js';

/** What the build tells Astro. Every field is optional: `astro build` run by hand sets none. */
export interface BuildHandoff {
  /** Where Astro writes the site; Astro's ./dist when unset. */
  outDir?: string;
  /** Astro's own cache (the content store): draft previews keep one apart from the releases'. */
  astroCacheDir?: string;
  /** Where to write this build's render state (render-state.ts), and the code-and-settings fingerprint to record in it. */
  renderState?: { file: string; fingerprint: string };
  /** The previous release's render state: only what changed since it is rendered. */
  renderBase?: string;
  /** A JSON file holding the draft a preview renders (preview.ts): that one page only. */
  previewEntry?: string;
  /** Fetch every published entry again, not only those changed since the last build (media replaced). */
  fullSync?: boolean;
}

export const HANDOFF_VARIABLES = {
  outDir: 'SITE_OUT_DIR',
  astroCacheDir: 'HUB_ASTRO_CACHE_DIR',
  renderStateFile: 'HUB_RENDER_STATE',
  renderFingerprint: 'HUB_RENDER_FINGERPRINT',
  renderBase: 'HUB_RENDER_BASE',
  previewEntry: 'HUB_PREVIEW_ENTRY',
  fullSync: 'HUB_FULL_SYNC',
} as const;

export type HandoffVariable = (typeof HANDOFF_VARIABLES)[keyof typeof HANDOFF_VARIABLES];

export class BuildHandoffError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildHandoffError';
  }
}

/**
 * The environment entries that tell Astro this hand-off. Every variable is named, the unset ones
 * as undefined (child processes drop those), so spreading the result over an inherited
 * environment leaves nothing of another build's hand-off in place.
 */
export const handoffEnv = (handoff: BuildHandoff): Record<HandoffVariable, string | undefined> => ({
  SITE_OUT_DIR: handoff.outDir,
  HUB_ASTRO_CACHE_DIR: handoff.astroCacheDir,
  HUB_RENDER_STATE: handoff.renderState?.file,
  HUB_RENDER_FINGERPRINT: handoff.renderState?.fingerprint,
  HUB_RENDER_BASE: handoff.renderBase,
  HUB_PREVIEW_ENTRY: handoff.previewEntry,
  HUB_FULL_SYNC: handoff.fullSync ? '1' : undefined,
});

const FIX = 'the build sets it through handoffEnv (site/src/build/build-handoff.ts): build with `npm run build`';

/** A path the build gave; an empty value counts as unset, as a shell's `NAME= command` means. */
const absolutePath = (name: HandoffVariable, value: string | undefined): string | undefined => {
  if (!value) return undefined;
  if (!path.isAbsolute(value))
    throw new BuildHandoffError(
      `${name}="${value}" is not an absolute path, so it would depend on where Astro runs: ${FIX}`,
    );
  return value;
};

const existingFile = (name: HandoffVariable, value: string | undefined): string | undefined => {
  const file = absolutePath(name, value);
  if (file && !existsSync(file))
    throw new BuildHandoffError(`${name}="${value}" names no file: it is read at build, so ${FIX}`);
  return file;
};

const flag = (name: HandoffVariable, value: string | undefined): boolean => {
  if (!value || value === '0') return false;
  if (value === '1') return true;
  throw new BuildHandoffError(`${name}="${value}" must be 1 or 0: ${FIX}`);
};

export const readHandoff = (env: NodeJS.ProcessEnv = process.env): BuildHandoff => {
  const stateFile = absolutePath('HUB_RENDER_STATE', env.HUB_RENDER_STATE);
  const fingerprint = env.HUB_RENDER_FINGERPRINT;
  if (stateFile && !fingerprint)
    throw new BuildHandoffError(
      `HUB_RENDER_STATE="${stateFile}" is set without HUB_RENDER_FINGERPRINT, so the next build could not tell whether its pages can be reused: ${FIX}`,
    );
  const handoff: BuildHandoff = {
    outDir: absolutePath('SITE_OUT_DIR', env.SITE_OUT_DIR),
    astroCacheDir: absolutePath('HUB_ASTRO_CACHE_DIR', env.HUB_ASTRO_CACHE_DIR),
    renderState: stateFile && fingerprint ? { file: stateFile, fingerprint } : undefined,
    renderBase: existingFile('HUB_RENDER_BASE', env.HUB_RENDER_BASE),
    previewEntry: existingFile('HUB_PREVIEW_ENTRY', env.HUB_PREVIEW_ENTRY),
    fullSync: flag('HUB_FULL_SYNC', env.HUB_FULL_SYNC),
  };
  // A preview renders one page and no release: a render state of it would tell the next build nothing.
  if (handoff.previewEntry && (handoff.renderState || handoff.renderBase))
    throw new BuildHandoffError(
      `HUB_PREVIEW_ENTRY="${handoff.previewEntry}" is set with HUB_RENDER_STATE or HUB_RENDER_BASE: a preview is never a release, so ${FIX}`,
    );
  return handoff;
};

let current: { values: string; handoff: BuildHandoff } | undefined;

/**
 * This build's hand-off, read and checked once. The publisher's worker builds many times in one
 * process, and a module loaded by one build may serve the next: the values decide when to read again.
 */
export const buildHandoff = (): BuildHandoff => {
  const values = JSON.stringify(Object.values(HANDOFF_VARIABLES).map((name) => process.env[name]));
  if (current?.values !== values) current = { values, handoff: readHandoff() };
  return current.handoff;
};

/** What a build published (manifest.ts), as the site wrote it at the root of its output. */
export const readManifest = async (outDir: string): Promise<BuildManifest> =>
  JSON.parse(await readFile(path.join(outDir, MANIFEST_FILE), 'utf8')) as BuildManifest;

/**
 * Where a site's render state is kept: beside its folder, not in it, so no server, host or
 * archive given the folder ever has it.
 */
export const renderStateFile = (outDir: string): string => `${outDir}.render-state.json`;

export const readRenderState = async (file: string): Promise<RenderStateFile> =>
  JSON.parse(await readFile(file, 'utf8')) as RenderStateFile;

/**
 * One value for the whole Astro process, made on first use. The pages run in Vite's bundle and
 * the integrations are loaded with the config: separate instances of the same modules.
 */
export const processShared = <T>(name: string, create: () => T): T => {
  const shared = globalThis as { [key: symbol]: unknown };
  const key = Symbol.for(`resource-hub.${name}`);
  return (shared[key] ??= create()) as T;
};

export const dropProcessShared = (name: string): void => {
  delete (globalThis as { [key: symbol]: unknown })[Symbol.for(`resource-hub.${name}`)];
};
