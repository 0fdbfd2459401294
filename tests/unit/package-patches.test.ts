/**
 * Patches to installed packages (patches/, applied by patch-package on npm install) are made
 * against one exact version. When that package moves, the patch may no longer apply or no longer
 * be needed: this fails then, naming the patch, rather than the admin silently losing the fix.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const patches = readdirSync(path.join(root, 'patches')).filter((file) => file.endsWith('.patch'));

/** "@strapi+upload+5.54.0.patch" -> @strapi/upload at 5.54.0 */
const patched = (file: string) => {
  const parts = file.replace(/\.patch$/, '').split('+');
  return { name: parts.slice(0, -1).join('/'), version: parts.at(-1)! };
};

describe('patches to installed packages', () => {
  it('has at least the upload dialog patch', () => {
    expect(patches.map((file) => patched(file).name)).toContain('@strapi/upload');
  });

  it.each(patches)('%s is made for the installed version and is applied', async (file) => {
    const { name, version } = patched(file);
    const installed = JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8'));
    expect(installed.version, `${name} is installed at ${installed.version}; remake ${file} for it`).toBe(version);
    // Applied: the patch reverses cleanly over what is installed.
    await expect(
      run('git', ['apply', '--check', '--reverse', path.join('patches', file)], { cwd: root }),
    ).resolves.toBeDefined();
  });
});
