import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { hubConfig } from '../src/env';

export default () => {
  const { config, secrets } = hubConfig();
  // The upload plugin refuses to start without its folder, and it registers before the app does.
  mkdirSync(path.join(config.uploadsDir, 'uploads'), { recursive: true });
  return {
    host: config.host,
    port: config.port,
    url: config.publicUrl,
    app: { keys: secrets.APP_KEYS.split(',') },
    // Uploads live with the rest of the runtime data, so one directory holds everything to back up.
    dirs: { public: config.uploadsDir },
    logger: { updates: { enabled: false }, startup: { enabled: false } },
    // An idle kept-alive connection stays open for longer than any client or load balancer keeps
    // one (the site build's fetch drops its own after 4 s, cloud load balancers after 60 s).
    // With Node's 5 s, a client whose event loop was busy past the 4 s took a connection the CMS
    // had just closed, and the 10,000-document build failed on "fetch failed" (ECONNRESET).
    http: { serverOptions: { keepAliveTimeout: 65_000, headersTimeout: 66_000 } },
  };
};
