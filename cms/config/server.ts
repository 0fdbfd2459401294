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
  };
};
