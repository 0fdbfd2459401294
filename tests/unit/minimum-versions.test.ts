/**
 * The table of minimum safe versions in docs/security.md is the dependency check (the registry's audit
 * service is not reachable here): every installed copy of each package, in any workspace, must be
 * at least the version the table names.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/paths.js';

const securityPage = readFileSync(path.join(repoRoot, 'docs/security.md'), 'utf8');
const section = securityPage.split(/^## /m).find((part) => part.startsWith('Minimum safe versions')) ?? '';
const minimums = [...section.matchAll(/^\| `([^`]+)` \| (\d+\.\d+\.\d+) \|/gm)].map(([, name, version]) => ({
  name,
  version,
}));

const installedCopies = (name: string) =>
  ['.', 'cms', 'site', 'content-types']
    .map((workspace) => path.join(repoRoot, workspace, 'node_modules', name, 'package.json'))
    .filter((file) => existsSync(file))
    .map((file) => ({
      file: path.relative(repoRoot, file),
      version: (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version,
    }));

describe('minimum safe versions (docs/security.md)', () => {
  it('names Strapi, Astro and Pagefind', () => {
    expect(minimums.map((row) => row.name).sort()).toEqual(['@strapi/strapi', 'astro', 'pagefind']);
  });

  it.each(minimums)('$name is installed at $version or later', ({ name, version }) => {
    const copies = installedCopies(name);
    expect(copies, `${name} is not installed: run npm install`).not.toEqual([]);
    const tooOld = copies.filter((copy) => semver.lt(copy.version, version));
    expect(
      tooOld,
      `${tooOld.map((copy) => `${copy.file} is ${copy.version}`).join(', ')}: below ${version}, the minimum safe version in docs/security.md; update it (npm install ${name}@<newer>)`,
    ).toEqual([]);
  });
});
