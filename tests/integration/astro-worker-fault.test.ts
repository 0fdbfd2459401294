/**
 * The Astro worker the publisher keeps between builds dies (the kernel's OOM killer, an operator's
 * kill): the hub, which runs the CMS, the publisher and the site in one process, must not go with
 * it. The hub runs in a process of its own (tests/fixtures/hub-process.ts); its worker is killed
 * with SIGKILL while idle and while building, and the next publish must still go live while the
 * CMS and the site keep answering.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/paths.js';
import type { DatabaseKind } from '../../scripts/lib/throwaway-cms.js';
import { describeOnPostgres } from '../fixtures/on-postgres.js';
import type { HubReady, HubReply, HubRequest } from '../fixtures/hub-process.js';

interface SiteStatus {
  lastError: { at: string; message: string; retryAt?: string } | null;
}

const childrenOf = (pid: number): number[] => {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
};

/** The hub's Astro worker processes, found by their command line among its descendants. */
const astroWorkersOf = (pid: number): number[] => {
  const all = (root: number): number[] => childrenOf(root).flatMap((child) => [child, ...all(child)]);
  return all(pid).filter((child) => {
    try {
      return readFileSync(`/proc/${child}/cmdline`, 'utf8').includes('astro-worker.mjs');
    } catch {
      return false;
    }
  });
};

/** Waits until check() gives something truthy (hooks cannot use expect.poll). */
const waitFor = async <T>(check: () => T, timeoutMs: number): Promise<T | undefined> => {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await sleep(250)) {
    const value = check();
    if (value) return value;
  }
  return undefined;
};

const slugOf = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, '-');

const faultSuite = (database: DatabaseKind) => () => {
  let hub: ChildProcess;
  let urls: HubReady['ready'];
  let exited: string | undefined;
  let output = '';
  const replies: HubReply[] = [];
  // Every failed answer from the site or the CMS while the hub runs.
  const outages: string[] = [];
  let watching = true;
  let watcher: Promise<void>;

  const request = (message: HubRequest) => hub.send(message);
  const status = async () => (await (await fetch(`${urls.siteUrl}/status.json`)).json()) as SiteStatus;
  const served = async (title: string) => (await fetch(`${urls.siteUrl}/city-spotlights/${slugOf(title)}/`)).status;
  const publish = async (title: string) => {
    const before = replies.length;
    request({ publish: { title } });
    await expect.poll(() => replies.length, { timeout: 30_000 }).toBeGreaterThan(before);
    expect(replies.at(-1)).toHaveProperty('published');
  };

  const watch = async () => {
    while (watching) {
      for (const [what, url] of [
        ['site', `${urls.siteUrl}/`],
        ['CMS', `${urls.cmsUrl}/_health`],
      ] as const) {
        try {
          const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
          if (response.status >= 400) outages.push(`${what} answered HTTP ${response.status}`);
        } catch (error) {
          outages.push(`${what} did not answer: ${(error as Error).message}`);
        }
      }
      await sleep(200);
    }
  };

  beforeAll(async () => {
    hub = fork(path.join(repoRoot, 'tests', 'fixtures', 'hub-process.ts'), [], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_CLIENT: database },
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    hub.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    hub.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    hub.on('exit', (code, signal) => (exited = `the hub exited (code ${code}, signal ${signal})`));
    hub.on('message', (reply: HubReply) => replies.push(reply));
    await waitFor(() => exited ?? replies.find((reply) => 'ready' in reply), 580_000);
    if (exited) throw new Error(`${exited} before it was ready:\n${output.slice(-4000)}`);
    const ready = replies.find((reply) => 'ready' in reply) as HubReady | undefined;
    if (!ready) throw new Error(`the hub was not ready in time:\n${output.slice(-4000)}`);
    urls = ready.ready;
    watcher = watch();
    // The CMS's boot, its seeding and the first full build, on a machine other suites share.
  }, 600_000);

  afterAll(async () => {
    watching = false;
    await watcher;
    if (hub && !exited) {
      request({ stop: true });
      await waitFor(() => exited, 30_000);
    }
  });

  it('replaces a worker killed while idle: the publish goes live and the hub never stops answering', async () => {
    const [worker] = astroWorkersOf(hub.pid!);
    expect(worker, 'the publisher keeps an Astro worker between builds').toBeDefined();
    process.kill(worker!, 'SIGKILL');
    await sleep(500);
    const title = 'Fault Town: Published After the Idle Worker Died';
    await publish(title);
    await expect.poll(async () => exited ?? (await served(title)), { timeout: 90_000, interval: 500 }).toBe(200);
    expect(exited, output.slice(-4000)).toBeUndefined();
    expect((await status()).lastError).toBeNull();
    expect(outages).toEqual([]);
  });

  it('reports a worker killed while building by its signal, retries once, and publishes the latest content', async () => {
    const title = 'Fault Town: Published Though the Building Worker Died';
    const rendering = output.split('rendering').length;
    await publish(title);
    // The line the publisher logs just before Astro starts rendering.
    await expect
      .poll(() => output.split('rendering').length, { timeout: 30_000, interval: 50 })
      .toBeGreaterThan(rendering);
    const [worker] = astroWorkersOf(hub.pid!);
    process.kill(worker!, 'SIGKILL');

    // The failure is written first and its retry time just after (publish-site.ts, noteRetry).
    await expect
      .poll(async () => exited ?? (await status()).lastError, { timeout: 30_000, interval: 100 })
      .toMatchObject({ message: expect.stringMatching(/killed by signal SIGKILL/), retryAt: expect.any(String) });
    expect(await served(title), 'the previous release stays live until the retry succeeds').toBe(404);

    await expect.poll(async () => exited ?? (await served(title)), { timeout: 90_000, interval: 500 }).toBe(200);
    expect(exited, output.slice(-4000)).toBeUndefined();
    expect(output).toMatch(/trying again in 2 s/);
    expect((await status()).lastError).toBeNull();
    expect(outages).toEqual([]);
  });
};

describe('the Astro worker dying under the hub on SQLite', faultSuite('sqlite'));
describeOnPostgres('the Astro worker dying under the hub on PostgreSQL', faultSuite('postgres'));
