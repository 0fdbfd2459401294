/**
 * The process behind startAstroWorker (astro-runner.ts): keeps Astro loaded and builds the site
 * on request. Each request brings the whole environment of its build; nothing of the previous
 * build's environment is left in place.
 */
import { build } from 'astro';

const startEnv = { ...process.env };

process.on('message', (request: { env: NodeJS.ProcessEnv }) => {
  for (const name of Object.keys(process.env)) delete process.env[name];
  Object.assign(process.env, startEnv, request.env);
  const reply = (ok: boolean, message?: string) => process.send!({ ok, message, rssMb: Math.round(process.memoryUsage().rss / 1e6) });
  build({ root: process.cwd(), logLevel: 'error' }).then(
    () => reply(true),
    (error: unknown) => {
      const { message, hint } = error as { message?: string; hint?: string };
      reply(false, [message ?? String(error), hint].filter(Boolean).join('\n'));
    },
  );
});
