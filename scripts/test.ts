/**
 * `npm test`: everything CI checks, on a fresh clone. Installs Debian's Chromium when missing
 * (as root), starts the local PostgreSQL cluster when it is installed but down, then runs the
 * generated-files check, typecheck, lint and every test project, and ends with one plain line
 * of counts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from './lib/paths.js';
import { postgresAvailable } from './lib/postgres.js';

const log = (line: string) => console.log(`test: ${line}`);

const run = (label: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean => {
  log(label);
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
};

const ensureChromium = (): void => {
  if (process.env.CHROMIUM_PATH || existsSync('/usr/bin/chromium')) return;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    log(
      'Chromium is missing and this is not a root Debian machine: set CHROMIUM_PATH to a Chromium executable. The browser tests will fail.',
    );
    return;
  }
  log("installing Debian's chromium for the browser tests (apt-get, once per machine)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
};

const ensurePostgres = async (): Promise<void> => {
  if ((await postgresAvailable()).ok || !existsSync('/etc/postgresql')) return;
  for (const version of readdirSync('/etc/postgresql')) {
    log(`starting the local PostgreSQL ${version} cluster…`);
    spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], { stdio: 'inherit' });
  }
  for (let attempt = 0; attempt < 20 && !(await postgresAvailable()).ok; attempt += 1)
    await new Promise((r) => setTimeout(r, 500));
};

interface VitestSummary {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

const main = async (): Promise<number> => {
  ensureChromium();
  await ensurePostgres();
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const checks = [
    run('generated files match the model', npm, ['run', '--silent', 'check:generated']),
    run('typecheck', npm, ['run', '--silent', 'typecheck']),
    run('lint', npm, ['run', '--silent', 'lint']),
    run('formatting', npm, ['run', '--silent', 'format:check']),
  ];
  const report = path.join(mkdtempSync(path.join(tmpdir(), 'hub-test-')), 'vitest.json');
  const testsPassed = run(
    'unit, integration and browser tests',
    process.execPath,
    [
      path.join(repoRoot, 'node_modules/vitest/vitest.mjs'),
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    { ASTRO_TELEMETRY_DISABLED: '1', STRAPI_TELEMETRY_DISABLED: 'true' },
  );
  const failedChecks = checks.filter((ok) => !ok).length;
  if (!existsSync(report)) {
    log('the test runner wrote no report: it failed before running the tests (see above).');
    return 1;
  }
  const summary = JSON.parse(readFileSync(report, 'utf8')) as VitestSummary;
  if (failedChecks > 0) log(`${failedChecks} of ${checks.length} checks failed (see above).`);
  console.log(
    `tests: ${summary.numPassedTests} passed, ${summary.numFailedTests + failedChecks} failed, ${summary.numPendingTests + summary.numTodoTests} skipped`,
  );
  return testsPassed && failedChecks === 0 ? 0 : 1;
};

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`test failed to run: ${error.message}`);
    process.exit(1);
  },
);
