/**
 * Boots the real CMS inside this process (seed, token script, start, integration tests).
 * Strapi is CommonJS and its ESM entry fails to import here, hence createRequire.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as StrapiModule from '@strapi/strapi';
import type { Core } from '@strapi/strapi';
import { cmsDir, cmsDistDir } from './paths.js';

const require = createRequire(import.meta.url);

/**
 * Compiled files whose source is gone (a file deleted or moved by a pull): Strapi loads every
 * file under dist/src/api, so a stale one would still register its routes.
 */
const removeOrphans = (): void => {
  for (const root of ['src', 'config']) {
    const compiled = path.join(cmsDistDir, root);
    if (!existsSync(compiled)) continue;
    for (const file of readdirSync(compiled, { recursive: true, encoding: 'utf8' })) {
      const source = path.join(cmsDir, root, file);
      const sources = file.endsWith('.js')
        ? [source.replace(/\.js$/, '.ts'), source.replace(/\.js$/, '.tsx'), source]
        : [source];
      if (/\.(js|json)$/.test(file) && !sources.some((candidate) => existsSync(candidate)))
        rmSync(path.join(compiled, file));
    }
    // Folders left empty go too: Strapi takes each folder under api/ for an API.
    const folders = readdirSync(compiled, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort((a, b) => b.length - a.length);
    for (const folder of folders) if (readdirSync(folder).length === 0) rmSync(folder, { recursive: true });
  }
};

/** Compiles the CMS's TypeScript (config, bootstrap, generated schemas) into cms/dist; incremental. */
export const compileCms = (): void => {
  removeOrphans();
  const tsc = require.resolve('typescript/bin/tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', path.join(cmsDir, 'tsconfig.json')], { stdio: 'pipe' });
  } catch (error) {
    const output = (error as { stdout?: Buffer }).stdout?.toString() ?? String(error);
    throw new Error(`The CMS does not compile; fix these TypeScript errors first:\n${output}`);
  }
};

export const adminPanelBuilt = (): boolean => existsSync(path.join(cmsDistDir, 'build', 'index.html'));

type Listeners = Map<string | symbol, ((...args: unknown[]) => void)[]>;

const snapshotListeners = (): Listeners =>
  new Map(process.eventNames().map((name) => [name, process.listeners(name as never) as never]));

/** strapi.destroy() removes every process listener, including ones that are not Strapi's. */
const restoreListeners = (saved: Listeners): void => {
  for (const [name, listeners] of saved) {
    const present = process.listeners(name as never) as unknown[];
    for (const listener of listeners) if (!present.includes(listener)) process.on(name as never, listener as never);
  }
};

export interface RunningCms {
  strapi: Core.Strapi;
  /** Where the HTTP server listens, when started with `listen`. */
  url?: string;
  stop: () => Promise<void>;
}

/** Loads the CMS with the current process.env; `listen` also starts its HTTP server. */
export const bootCms = async ({ listen = false, compile = true } = {}): Promise<RunningCms> => {
  if (compile) compileCms();
  const saved = snapshotListeners();
  const { createStrapi } = require('@strapi/strapi') as typeof StrapiModule;
  const strapi = createStrapi({
    appDir: cmsDir,
    distDir: cmsDistDir,
    autoReload: false,
    serveAdminPanel: listen && adminPanelBuilt(),
  });
  if (listen) await strapi.start();
  else await strapi.load();
  // Strapi destroys itself and exits on SIGINT/SIGTERM; the hub's entry points stop their
  // services in order themselves (site, publisher, then the CMS), so its handlers go.
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    for (const listener of process.listeners(signal))
      if (!saved.get(signal)?.includes(listener as never)) process.off(signal, listener);
  const url = listen ? `http://${strapi.config.get('server.host')}:${strapi.config.get('server.port')}` : undefined;
  return {
    strapi,
    url,
    stop: async () => {
      await strapi.destroy();
      restoreListeners(saved);
    },
  };
};
