/**
 * `npm test`: everything CI checks, on a fresh clone. Installs Debian's Chromium and a headless
 * Java (for the Nu HTML checker) when missing (as root), starts the local PostgreSQL cluster when
 * it is installed but down, then runs the generated-files check, typecheck, lint, formatting, the
 * README's `npm start` (until ready, then stopped) and every test project on this machine's Node,
 * then the CMS, publishing and library tests again on Node 24 LTS (scripts/lib/node-24.ts) when
 * this Node is another, and ends with one plain line of counts for both.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ARABIC_FONT } from '../tests/fixtures/arabic-font.js';
import { fetchNode24, node24Unavailable, prepareNode24Install, runOnNode24 } from './lib/node-24.js';
import { repoRoot } from './lib/paths.js';
import { postgresAvailable } from './lib/postgres.js';
import { checkStartCommand } from './lib/start-command-check.js';

const log = (line: string) => console.log(`test: ${line}`);

const run = (label: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean => {
  log(label);
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
};

/** Debian packages the tests need, each with how to tell it is already there. */
const TEST_PACKAGES = [
  {
    name: 'chromium',
    neededFor: 'the browser tests',
    present: () => Boolean(process.env.CHROMIUM_PATH) || existsSync('/usr/bin/chromium'),
  },
  {
    name: 'fonts-dejavu-core',
    neededFor: 'the Arabic PDF the import tests make',
    present: () => existsSync(ARABIC_FONT),
  },
  {
    name: 'default-jre-headless',
    neededFor: 'the W3C Nu HTML checker',
    present: () => spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0,
  },
];

const ensureTestPackages = (): void => {
  const missing = TEST_PACKAGES.filter((pkg) => !pkg.present());
  if (missing.length === 0) return;
  const what = missing.map((pkg) => `${pkg.name} (for ${pkg.neededFor})`).join(' and ');
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    log(
      `${what} missing and this is not a root Debian machine: install them (for Chromium elsewhere, set CHROMIUM_PATH to its executable). The tests that need them will fail.`,
    );
    return;
  }
  log(`installing Debian's ${what} (apt-get, once per machine)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing.map((pkg) => pkg.name)], {
    stdio: 'inherit',
    env,
  });
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
  ensureTestPackages();
  await ensurePostgres();
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const checks = [
    run('generated files match the model', npm, ['run', '--silent', 'check:generated']),
    run('typecheck', npm, ['run', '--silent', 'typecheck']),
    run('lint', npm, ['run', '--silent', 'lint']),
    run('formatting', npm, ['run', '--silent', 'format:check']),
  ];
  log("the README's first command: `npm start` until it is ready, its pages asked for, then Ctrl+C");
  checks.push(await checkStartCommand(npm, log));
  const reports = mkdtempSync(path.join(tmpdir(), 'hub-test-'));
  // Node 24 is fetched and installed while the machine's Node runs the suite: minutes off the run.
  const node24 = process.versions.node.startsWith('24.') ? undefined : prepareNode24(npm);
  log(`on Node ${process.version} (this machine's): unit, integration and browser tests`);
  const suite = await runSuite(path.join(reports, 'vitest.json'));
  const onNode24 = node24 && node24Part(await node24, path.join(reports, 'node-24.json'));
  const parts = [suite, ...(onNode24 ? [onNode24] : [])];
  if (parts.some((part) => !part.summary)) {
    log('a test run wrote no report: it failed before running its tests (see above).');
    return 1;
  }
  const failedChecks = checks.filter((ok) => !ok).length;
  if (failedChecks > 0) log(`${failedChecks} of ${checks.length} checks failed (see above).`);
  const total = (count: (summary: VitestSummary) => number) =>
    parts.reduce((sum, part) => sum + count(part.summary!), 0);
  console.log(
    `tests: ${total((s) => s.numPassedTests)} passed, ${total((s) => s.numFailedTests) + failedChecks} failed, ${total((s) => s.numPendingTests + s.numTodoTests)} skipped`,
  );
  return parts.every((part) => part.passed) && failedChecks === 0 ? 0 : 1;
};

interface Part {
  passed: boolean;
  summary?: VitestSummary;
}

const readReport = (file: string): VitestSummary | undefined =>
  existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as VitestSummary) : undefined;

const TEST_ENV = { ASTRO_TELEMETRY_DISABLED: '1', STRAPI_TELEMETRY_DISABLED: 'true' };

const runSuite = async (report: string): Promise<Part> => {
  log('vitest');
  const child = spawn(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules/vitest/vitest.mjs'),
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, ...TEST_ENV } },
  );
  const status = await new Promise<number | null>((resolve) => {
    child.once('error', () => resolve(null));
    child.once('close', resolve);
  });
  return { passed: status === 0, summary: readReport(report) };
};

/** A step that could not run its tests counts as one failure. */
const FAILED_STEP: Part = {
  passed: false,
  summary: { numPassedTests: 0, numFailedTests: 1, numPendingTests: 0, numTodoTests: 0 },
};

/** What users run on Node 24 LTS: the CMS on both databases, publishing and the library in the browser. */
const NODE_24_TESTS = [
  'tests/integration/sqlite.test.ts',
  'tests/integration/postgres.test.ts',
  'tests/integration/cms-http-sqlite.test.ts',
  'tests/integration/cms-http-postgres.test.ts',
  'tests/e2e/publishing.test.ts',
  'tests/e2e/library.test.ts',
];

type Node24 = { version: string } | { skipped: string } | { failed: string };

/** Fetches Node 24 and installs the project for it; says why when it cannot. */
const prepareNode24 = async (npm: string): Promise<Node24> => {
  const unavailable = node24Unavailable();
  if (unavailable) return { skipped: unavailable };
  try {
    const version = await fetchNode24(npm, log);
    return (await prepareNode24Install(npm, log))
      ? { version }
      : { failed: 'the install for Node 24 failed (see above).' };
  } catch (error) {
    return { failed: `Node 24 could not be fetched: ${(error as Error).message}` };
  }
};

const node24Part = (node24: Node24, report: string): Part | undefined => {
  if ('skipped' in node24) {
    log(`SKIPPED: the tests on Node 24. ${node24.skipped}`);
    return process.env.CI === 'true' ? FAILED_STEP : undefined;
  }
  if ('failed' in node24) {
    log(node24.failed);
    return FAILED_STEP;
  }
  log(
    `on Node ${node24.version}: the CMS on SQLite and PostgreSQL, publishing and the library (${NODE_24_TESTS.length} files)`,
  );
  return { passed: runOnNode24(NODE_24_TESTS, report, TEST_ENV), summary: readReport(report) };
};

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`test failed to run: ${error.message}`);
    process.exit(1);
  },
);
