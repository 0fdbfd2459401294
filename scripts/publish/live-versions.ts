/**
 * Which language versions of a document the live site holds, and where: what the CMS's edit view
 * shows editors after Publish ("live", or still "publishing"). Read from the live release's
 * manifest, parsed once per release.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readManifest } from '@resource-hub/site/build/build-handoff';
import { MANIFEST_FILE } from '@resource-hub/site/build/manifest';
import { liveRelease, type Releases } from './releases.js';

export interface LiveVersion {
  locale: string;
  slug: string;
  /** Its page's full address. */
  url: string;
  /** The updatedAt of the published version the page was built from. */
  updatedAt: string;
}

export interface LiveDocument {
  /** The live site's address with its base ("https://hub.example.org/library/"); none before the first release. */
  siteRoot?: string;
  versions: LiveVersion[];
}

/** Without a documentId, just the site's address. */
export const liveVersionsReader = (releases: Releases): ((documentId?: string) => Promise<LiveDocument>) => {
  let cached: { release: string; siteRoot: string; byDocument: Map<string, LiveVersion[]> } | undefined;
  return async (documentId) => {
    const release = await liveRelease(releases);
    if (!release || !existsSync(path.join(release, MANIFEST_FILE))) return { versions: [] };
    if (cached?.release !== release) {
      const manifest = await readManifest(release);
      const byDocument = new Map<string, LiveVersion[]>();
      for (const doc of manifest.documents) {
        const versions = byDocument.get(doc.documentId) ?? [];
        versions.push({
          locale: doc.locale,
          slug: doc.slug,
          url: `${manifest.siteUrl}${doc.url}`,
          updatedAt: doc.updatedAt,
        });
        byDocument.set(doc.documentId, versions);
      }
      cached = { release, siteRoot: `${manifest.siteUrl}${manifest.base}`, byDocument };
    }
    return { siteRoot: cached.siteRoot, versions: (documentId && cached.byDocument.get(documentId)) || [] };
  };
};
