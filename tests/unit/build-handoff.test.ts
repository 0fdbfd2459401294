/** The build's hand-off to Astro: written with handoffEnv, read back whole, and refused with the fix when wrong. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BuildHandoffError,
  HANDOFF_VARIABLES,
  handoffEnv,
  readHandoff,
  type BuildHandoff,
} from '@resource-hub/site/build/build-handoff';
import { repoRoot } from '../../scripts/lib/paths.js';

describe('the build hand-off', () => {
  let dir: string;
  let existing: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'hub-handoff-'));
    existing = path.join(dir, 'previous.render-state.json');
    await writeFile(existing, '{}');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads back what the build wrote', () => {
    const handoff: BuildHandoff = {
      outDir: path.join(dir, 'out'),
      astroCacheDir: path.join(dir, 'astro'),
      renderState: { file: path.join(dir, 'out.render-state.json'), fingerprint: 'abc' },
      renderBase: existing,
      previewEntry: undefined,
      fullSync: true,
    };
    expect(readHandoff(handoffEnv(handoff))).toEqual(handoff);
    expect(readHandoff({})).toEqual({ fullSync: false });
  });

  it("leaves no variable of another build's hand-off in an environment it is spread over", () => {
    const earlier = { PATH: '/bin', ...handoffEnv({ renderBase: existing, fullSync: true }) };
    const env = { ...earlier, ...handoffEnv({ outDir: dir }) };
    expect(readHandoff(env)).toEqual({ outDir: dir, fullSync: false });
    expect(Object.keys(env).sort()).toEqual(['PATH', ...Object.values(HANDOFF_VARIABLES)].sort());
  });

  const withValue = (name: keyof typeof HANDOFF_VARIABLES, value: string, handoff: BuildHandoff = {}) => ({
    ...handoffEnv(handoff),
    [HANDOFF_VARIABLES[name]]: value,
  });

  it.each([
    [withValue('outDir', 'dist'), /^SITE_OUT_DIR="dist" is not an absolute path.*handoffEnv/],
    [withValue('renderBase', '/nowhere/state.json'), /^HUB_RENDER_BASE="\/nowhere\/state.json" names no file/],
    [withValue('fullSync', 'yes'), /^HUB_FULL_SYNC="yes" must be 1 or 0: the build sets it through handoffEnv/],
    [
      withValue('renderStateFile', '/tmp/state.json'),
      /^HUB_RENDER_STATE="\/tmp\/state.json" is set without HUB_RENDER_FINGERPRINT/,
    ],
  ])('names the variable, the value and the fix (%#)', (env, message) => {
    expect(() => readHandoff(env)).toThrow(BuildHandoffError);
    expect(() => readHandoff(env)).toThrow(message);
  });

  it('refuses a preview that would write or read a release render state', () => {
    const env = handoffEnv({ previewEntry: existing, renderBase: existing });
    expect(() => readHandoff(env)).toThrow(/^HUB_PREVIEW_ENTRY=".*" is set with HUB_RENDER_STATE or HUB_RENDER_BASE/);
  });

  it('is the only module the lint lets read or write these variables', async () => {
    const eslint = new ESLint({ cwd: repoRoot });
    const code = [
      'export const a = process.env.HUB_RENDER_STATE;',
      "export const b = process.env['HUB_FULL_SYNC'];",
      "export const c = { SITE_OUT_DIR: '/out', 'HUB_PREVIEW_ENTRY': '/draft.json' };",
      'export const d = (env: NodeJS.ProcessEnv) => env.HUB_RENDER_BASE;',
      'export const e = process.env.HUB_DATA_DIR;',
    ].join('\n');
    const refused = async (file: string) =>
      (await eslint.lintText(code, { filePath: path.join(repoRoot, file) }))[0]!.messages
        .filter((message) => message.ruleId === 'no-restricted-syntax')
        .map((message) => message.line);
    expect(await refused('scripts/build/example.ts')).toEqual([1, 2, 3, 3, 4]);
    expect(await refused('tests/unit/example.test.ts')).toEqual([1, 2, 3, 3, 4]);
    expect(await refused('site/src/build/build-handoff.ts')).toEqual([]);
  });
});
