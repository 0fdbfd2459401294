/**
 * Runs Astro's build of the site. Two ways: a one-off `astro build` process (npm run build,
 * tests), or a worker process that stays up between builds (the publisher), which skips loading
 * Astro and Vite again: a build that renders a few pages takes 2.7 s there instead of 4.7 s, plus
 * 1.2 s of process start. The worker is replaced after WORKER_BUILDS builds, when it has grown
 * past WORKER_MAX_RSS_MB, or when it holds WORKER_MAX_GROWTH_MB more than after its first build
 * (the bench saw 2,204 MB after the first publish at 10,000 documents and 2,544 after the tenth,
 * each build's modules staying loaded), so memory kept between builds cannot pile up toward the
 * 3 GiB a process may take; its successor starts at once, to be loaded by the next build.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { handoffEnv, type BuildHandoff } from '@resource-hub/site/build/build-handoff';
import { siteDir } from '../lib/paths.js';
import { BUILD_PROCESS_STOPPED } from '../publish/retryable-failures.js';
import { peakMemoryOf } from './peak-memory.js';

const require = createRequire(import.meta.url);

const WORKER_BUILDS = 50;
const WORKER_MAX_RSS_MB = 3000;
const WORKER_MAX_GROWTH_MB = 300;

export class AstroBuildError extends Error {
  /** What kind of failure this is, when known (see scripts/publish/retryable-failures.ts). */
  readonly code?: string;

  constructor(message: string, code?: string) {
    super(`Astro could not build the site; the live site is unchanged:\n${message}`);
    this.name = 'AstroBuildError';
    this.code = code;
  }
}

/**
 * A build whose process ended before it answered: killed by a signal (the kernel's out-of-memory
 * killer sends SIGKILL) or exited. Says which, and what an editor can do about it.
 */
export const buildProcessStopped = (
  code: number | null,
  signal: NodeJS.Signals | null,
  output = '',
): AstroBuildError => {
  const how = signal
    ? `the build process was killed by signal ${signal} before it finished${signal === 'SIGKILL' ? ' (the system does this when it runs out of memory, or an administrator stopped it)' : ''}.`
    : `the build process exited with code ${code} before it finished.`;
  const todo =
    'The publisher tries such a build once more on its own. If this message stays, publish again; if it keeps happening, ask the administrator to check the memory of the server the hub runs on.';
  return new AstroBuildError([`${how} ${todo}`, output].filter(Boolean).join('\n'), BUILD_PROCESS_STOPPED);
};

export interface AstroRunner {
  /** Builds the site as the hand-off says, with these settings; rejects with Astro's own explanation. */
  build(handoff: BuildHandoff, env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<{ peakMemoryMb: number }>;
  close(): Promise<void>;
}

/** Lines of Astro's output worth a reader's attention: what was fetched, the page count, problems. */
const worthShowing = (line: string) =>
  /\[strapi-|page\(s\) built|\[ERROR\]|\[WARN\]|error/i.test(line) && !/^\s+at /.test(line);

/** A parent Vite process (Vitest) exports its own import.meta.env values; Astro's Vite must not inherit them. */
const withoutViteVariables = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv =>
  Object.fromEntries(
    Object.entries(env).filter(
      ([name]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(name) && !name.startsWith('VITEST'),
    ),
  );

const buildEnv = (handoff: BuildHandoff, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
  ...withoutViteVariables(env),
  ...handoffEnv(handoff),
  ASTRO_TELEMETRY_DISABLED: '1',
  FORCE_COLOR: '0',
});

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** Astro's error without its progress lines, source location and stack: what went wrong and the fix. */
const astroError = (tail: string[]): string => {
  const lines = tail
    .map((line) => line.replace(ANSI, ''))
    .filter((line) => line.trim() && !/^\d\d:\d\d:\d\d /.test(line));
  const end = lines.findIndex((line) => /^\s*(Location|Stack trace):/.test(line));
  return (end >= 0 ? lines.slice(0, end) : lines)
    .filter((line) => !/^\s+at /.test(line))
    .slice(-25)
    .join('\n');
};

/** Collects a child's output: the last lines for an error message, the worthwhile ones for the log. */
const outputOf = (child: ChildProcess, log: (line: string) => void) => {
  const tail: string[] = [];
  let partial = '';
  const collect = (chunk: Buffer) => {
    partial += chunk.toString();
    const lines = partial.split('\n');
    partial = lines.pop()!;
    for (const line of lines) {
      tail.push(line);
      if (tail.length > 60) tail.shift();
      if (worthShowing(line)) log(`  ${line.replace(/^\d\d:\d\d:\d\d /, '').trim()}`);
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  return {
    tail,
    setLog: (next: (line: string) => void) => {
      log = next;
    },
  };
};

export const oneOffAstro: AstroRunner = {
  build: (handoff, env, log) =>
    new Promise((resolve, reject) => {
      const astro = path.join(path.dirname(require.resolve('astro/package.json')), 'astro.js');
      const child = spawn(process.execPath, [astro, 'build', '--silent'], {
        cwd: siteDir,
        env: buildEnv(handoff, env),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const memory = peakMemoryOf(child.pid!);
      const { tail } = outputOf(child, log);
      child.once('error', reject);
      child.once('close', (code, signal) => {
        const peakMemoryMb = memory.stop();
        if (code === 0) return resolve({ peakMemoryMb });
        // Killed, it carries the same code as a killed worker; an Astro error is told by Astro's own words.
        reject(
          new AstroBuildError(
            `(${signal ? `killed by signal ${signal}` : `exit ${code}`}) ${astroError(tail)}`,
            signal ? BUILD_PROCESS_STOPPED : undefined,
          ),
        );
      });
    }),
  close: async () => {},
};

interface WorkerReply {
  ok: boolean;
  message?: string;
  /** The failure's code, when the error or one of its causes had one (e.g. CMS_UNREACHABLE). */
  code?: string;
  rssMb: number;
}

interface Worker {
  child: ChildProcess;
  builds: number;
  firstRssMb?: number;
  output: ReturnType<typeof outputOf>;
  /** Set by the 'exit' event: a process killed by a signal keeps exitCode null, so that cannot tell. */
  ended: boolean;
}

const WORKER_FILE = path.join(path.dirname(new URL(import.meta.url).pathname), 'astro-worker.mjs');

/**
 * A worker that keeps Astro loaded between builds (see astro-worker.mjs); builds run one at a
 * time. A worker that died between builds is replaced before the next one; one that dies during a
 * build fails that build with BUILD_PROCESS_STOPPED. Nothing a worker does can end this process.
 * workerFile is for tests: a stand-in worker that answers without Astro.
 */
export const startAstroWorker = ({ workerFile = WORKER_FILE }: { workerFile?: string } = {}): AstroRunner => {
  let worker: Worker | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;

  const spawnWorker = (): Worker => {
    const child = fork(workerFile, [], {
      cwd: siteDir,
      env: buildEnv({}, process.env),
      // Not the parent's loaders (tsx): the worker is plain JavaScript.
      execArgv: [],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const started: Worker = { child, builds: 0, output: outputOf(child, () => {}), ended: false };
    child.once('exit', () => {
      started.ended = true;
      if (worker === started) worker = undefined;
    });
    // A failed spawn, kill or send is reported here; unheard, it would end the hub. A build under
    // way hears it through its own listener, an idle worker is then simply replaced.
    child.on('error', () => {
      started.ended = true;
      if (worker === started) worker = undefined;
      child.kill('SIGKILL');
    });
    worker = started;
    return started;
  };

  const retire = (replace: boolean) => {
    worker?.child.kill();
    worker = undefined;
    if (replace && !closed) spawnWorker();
  };

  const current = () => (worker && !worker.ended && worker.child.connected ? worker : spawnWorker());

  const buildOnce = (handoff: BuildHandoff, env: NodeJS.ProcessEnv, log: (line: string) => void) =>
    new Promise<{ peakMemoryMb: number }>((resolve, reject) => {
      const running = current();
      const { child } = running;
      running.output.setLog(log);
      running.output.tail.length = 0;
      const memory = child.pid ? peakMemoryOf(child.pid) : { stop: () => 0 };
      let settled = false;
      const settle = () => {
        if (settled) return false;
        settled = true;
        child.off('exit', onExit);
        child.off('error', onError);
        child.off('message', onMessage);
        return true;
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
        if (!settle()) return;
        memory.stop();
        reject(buildProcessStopped(code, signal, astroError(running.output.tail)));
      };
      const onError = (error: Error) => {
        if (!settle()) return;
        memory.stop();
        running.ended = true;
        if (worker === running) worker = undefined;
        child.kill('SIGKILL');
        reject(
          new AstroBuildError(
            `the build process could not be given the build (${error.message}). The publisher tries such a build once more on its own; if this message stays, publish again.`,
            BUILD_PROCESS_STOPPED,
          ),
        );
      };
      const onMessage = (reply: WorkerReply) => {
        if (!settle()) return;
        const peakMemoryMb = memory.stop();
        running.builds += 1;
        running.firstRssMb ??= reply.rssMb;
        if (
          running.builds >= WORKER_BUILDS ||
          reply.rssMb > WORKER_MAX_RSS_MB ||
          reply.rssMb - running.firstRssMb > WORKER_MAX_GROWTH_MB
        )
          retire(true);
        if (reply.ok) resolve({ peakMemoryMb });
        else reject(new AstroBuildError(reply.message ?? astroError(running.output.tail), reply.code));
      };
      child.once('exit', onExit);
      child.on('error', onError);
      child.once('message', onMessage);
      // With a callback, a channel that closed meanwhile is reported to it, not thrown at the hub.
      child.send({ env: buildEnv(handoff, env) }, (error) => {
        if (error) onError(error);
      });
    });

  return {
    build: (handoff, env, log) => {
      const result = queue.then(() => buildOnce(handoff, env, log));
      queue = result.catch(() => {});
      return result;
    },
    // A build under way is abandoned: its release is never switched live.
    close: async () => {
      closed = true;
      retire(false);
    },
  };
};
