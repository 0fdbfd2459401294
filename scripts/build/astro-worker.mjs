/**
 * The process behind startAstroWorker (astro-runner.ts): keeps Astro loaded and builds the site
 * on request. Each request brings the whole environment of its build; nothing of the previous
 * build's environment is left in place. Plain JavaScript on purpose: a TypeScript loader would
 * sit in front of every one of the thousands of modules Astro and Vite load.
 */
import { build } from 'astro';

const startEnv = { ...process.env };

process.on('message', (/** @type {{ env: NodeJS.ProcessEnv }} */ request) => {
  for (const name of Object.keys(process.env)) delete process.env[name];
  Object.assign(process.env, startEnv, request.env);
  const reply = (/** @type {boolean} */ ok, /** @type {string | undefined} */ message) =>
    process.send?.({ ok, message, rssMb: Math.round(process.memoryUsage().rss / 1e6) });
  build({ root: process.cwd(), logLevel: 'error' }).then(
    () => reply(true, undefined),
    (/** @type {{ message?: string; hint?: string }} */ error) => reply(false, [error?.message ?? String(error), error?.hint].filter(Boolean).join('\n')),
  );
});
