import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { readHandoff } from './src/build/build-handoff.js';
import { renderStateIntegration } from './src/build/render-state.js';
import { readSiteConfig } from './src/config/site-config.js';

const config = readSiteConfig();
const handoff = readHandoff();

export default defineConfig({
  site: config.siteUrl,
  base: config.base,
  trailingSlash: 'always',
  output: 'static',
  outDir: handoff.outDir ?? './dist',
  // Draft previews keep their own content store (scripts/publish/preview.ts).
  cacheDir: handoff.astroCacheDir ?? `${config.cacheDir}/astro`,
  // One HTML file per page, linked as /guides/slug/: the URLs partners keep.
  build: { format: 'directory' },
  integrations: [mdx(), renderStateIntegration()],
  image: {
    service: { entrypoint: './src/images/cached-sharp-service.ts', config: {} },
    // Remote images are fetched at build from the CMS and the allow-listed media origins only.
    remotePatterns: config.mediaOrigins.map((origin) => {
      const url = new URL(origin);
      return {
        protocol: url.protocol.replace(':', ''),
        hostname: url.hostname,
        ...(url.port ? { port: url.port } : {}),
      };
    }),
  },
  devToolbar: { enabled: false },
});
