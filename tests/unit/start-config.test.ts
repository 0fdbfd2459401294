import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/paths.js';

const run = promisify(execFile);
// tsx compiles start.ts's imports before the settings are read: seconds when the cores are busy.
const startsAndStops = 60_000;

describe('npm start with a bad configuration', () => {
  it.each([
    [{ CMS_PORT: 'abc' }, 'start failed: CMS_PORT="abc" is not a port'],
    [{ DATABASE_CLIENT: 'postgres' }, 'start failed: DATABASE_URL is not set'],
    [{ NODE_ENV: 'production' }, 'start failed: ADMIN_PASSWORD is the public local default'],
  ])(
    '%o stops before anything starts, with one line and no stack trace',
    async (env, expected) => {
      const failure = await run(path.join(repoRoot, 'node_modules/.bin/tsx'), ['scripts/start.ts'], {
        cwd: repoRoot,
        env: { ...process.env, HUB_DATA_DIR: '/nonexistent/never-created', ...env },
      }).then(
        () => undefined,
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
      expect(failure?.code).toBe(1);
      expect(failure?.stdout).toBe('');
      expect(failure?.stderr.trim().split('\n')).toEqual([expect.stringContaining(expected)]);
    },
    startsAndStops,
  );
});
