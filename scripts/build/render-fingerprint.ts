/**
 * What pages are rendered with besides content: the site's code, the content model, the
 * installed packages and the settings that reach the HTML. An incremental build reuses pages of
 * the live release only when this matches the fingerprint that release was rendered with, so a
 * change of template, package or SITE_URL renders every page again.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { readSiteConfig } from '@resource-hub/site/config/site-config';
import { repoRoot, siteDir } from '../lib/paths.js';

const INPUTS = [
  path.join(siteDir, 'src'),
  path.join(siteDir, 'public'),
  path.join(siteDir, 'astro.config.ts'),
  path.join(siteDir, 'package.json'),
  path.join(repoRoot, 'content-types', 'generated'),
  path.join(repoRoot, 'package-lock.json'),
];

const filesUnder = async (entry: string): Promise<string[]> => {
  const children = await readdir(entry, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOTDIR') return entry;
    // An input the site does without (public/ holds nothing today) changes nothing.
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  if (typeof children === 'string') return [children];
  const nested = await Promise.all(children.map((child) => filesUnder(path.join(entry, child.name))));
  return nested.flat();
};

export const renderFingerprint = async (env: NodeJS.ProcessEnv): Promise<string> => {
  const hash = createHash('sha256');
  const { siteUrl, base, cmsUrl, mediaOrigins } = readSiteConfig(env);
  hash.update(JSON.stringify({ siteUrl, base, cmsUrl, mediaOrigins }));
  const files = (await Promise.all(INPUTS.map(filesUnder))).flat().sort();
  for (const file of files) hash.update(`\0${path.relative(repoRoot, file)}\0`).update(await readFile(file));
  return hash.digest('hex');
};
