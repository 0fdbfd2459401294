/**
 * The process behind startAstroWorker (astro-runner.ts): keeps Astro loaded and builds the site
 * on request. Each request brings the whole environment of its build; nothing of the previous
 * build's environment is left in place. Plain JavaScript on purpose: a TypeScript loader would
 * sit in front of every one of the thousands of modules Astro and Vite load.
 */
import { build } from 'astro';

const startEnv = { ...process.env };

/**
 * The code of the failure the build ran into (e.g. CMS_UNREACHABLE from site/src/cms), which
 * Astro may have wrapped in errors of its own: the publisher decides on retrying by it.
 * @param {unknown} error
 * @returns {string | undefined}
 */
const failureCode = (error) => {
  for (
    let cause = error, depth = 0;
    cause && depth < 10;
    cause = /** @type {{ cause?: unknown }} */ (cause).cause, depth += 1
  ) {
    const code = /** @type {{ code?: unknown }} */ (cause).code;
    if (typeof code === 'string' && /^[A-Z]+(_[A-Z]+)+$/.test(code)) return code;
  }
  return undefined;
};

process.on('message', (/** @type {{ env: NodeJS.ProcessEnv }} */ request) => {
  for (const name of Object.keys(process.env)) delete process.env[name];
  Object.assign(process.env, startEnv, request.env);
  const reply = (
    /** @type {boolean} */ ok,
    /** @type {string | undefined} */ message,
    /** @type {string | undefined} */ code,
  ) => process.send?.({ ok, message, code, rssMb: Math.round(process.memoryUsage().rss / 1e6) });
  build({ root: process.cwd(), logLevel: 'error' }).then(
    () => reply(true, undefined),
    (/** @type {{ message?: string; hint?: string }} */ error) =>
      reply(false, [error?.message ?? String(error), error?.hint].filter(Boolean).join('\n'), failureCode(error)),
  );
});
