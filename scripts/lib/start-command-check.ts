/**
 * The README's first command as `npm test` runs it: `npm start` in a data directory of its own,
 * waited for until its ready line, its site, admin panel and content API asked for a page, then
 * stopped with Ctrl+C (SIGINT), as a person would. On the default ports: a hub already running
 * on them makes this check fail, saying so.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from './paths.js';

const READY = /Resource Hub ready: site (\S+?)\/?, admin (\S+)/;
// A fresh clone builds the admin panel and the library first: minutes on two cores.
const READY_WITHIN_MS = 15 * 60_000;
const STOPPED_WITHIN_MS = 60_000;

const answers = async (url: string, expect: (body: string) => boolean): Promise<string | undefined> => {
  try {
    const response = await fetch(url, { redirect: 'follow' });
    const body = await response.text();
    if (response.status !== 200) return `${url} answered ${response.status}`;
    return expect(body) ? undefined : `${url} answered 200 without the expected content`;
  } catch (error) {
    return `${url} could not be reached: ${(error as Error).message}`;
  }
};

/** Runs `npm start` until ready, checks what it serves and stops it; true when all of that held. */
export const checkStartCommand = async (npm: string, log: (line: string) => void): Promise<boolean> => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'hub-start-'));
  const started = Date.now();
  const child = spawn(npm, ['start'], {
    cwd: repoRoot,
    env: { ...process.env, HUB_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  const ready = new Promise<RegExpExecArray>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY.exec(output);
      if (match) resolve(match);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    void exited.then((code) => reject(new Error(`npm start exited (${code}) before its ready line`)));
    setTimeout(
      () => reject(new Error(`no ready line within ${READY_WITHIN_MS / 60_000} minutes`)),
      READY_WITHIN_MS,
    ).unref();
  });
  // Ctrl+C reaches the whole foreground group: npm and the hub under it.
  const interrupt = () => {
    try {
      process.kill(-child.pid!, 'SIGINT');
    } catch {
      // Already gone.
    }
  };
  const problems: string[] = [];
  try {
    const [, siteUrl, adminUrl] = await ready;
    log(`npm start: ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    const cmsUrl = adminUrl!.replace(/\/admin\/?$/, '');
    for (const problem of await Promise.all([
      answers(`${siteUrl}/`, (body) => body.includes('<html') && body.includes('/guides/')),
      answers(`${siteUrl}/search/`, (body) => body.includes('data-search')),
      answers(adminUrl!, (body) => body.includes('<html')),
      answers(`${cmsUrl}/api/guides`, (body) => (JSON.parse(body) as { data: unknown[] }).data.length > 0),
    ]))
      if (problem) problems.push(problem);
  } catch (error) {
    problems.push((error as Error).message);
  }
  const stopping = Date.now();
  interrupt();
  const code = await Promise.race([
    exited,
    new Promise<string>((resolve) => setTimeout(() => resolve('timeout'), STOPPED_WITHIN_MS).unref()),
  ]);
  if (code === 'timeout') {
    problems.push(`npm start did not stop within ${STOPPED_WITHIN_MS / 1000} s of Ctrl+C`);
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  } else if (code !== 0 && code !== 'SIGINT' && problems.length === 0) problems.push(`npm start exited with ${code}`);
  else log(`npm start: stopped in ${((Date.now() - stopping) / 1000).toFixed(1)} s`);
  await rm(dataDir, { recursive: true, force: true });
  if (problems.length === 0) return true;
  log(`npm start: ${problems.join('; ')}. Its output ended with:\n${output.slice(-4000)}`);
  return false;
};
