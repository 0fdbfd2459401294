/**
 * A fingerprint of what the CMS has published: every entry's id, language and updatedAt, by
 * type. The build computes it from the listing its content sync reads anyway and keeps it with
 * the release; a restarted publisher computes it again (scripts/publish/published-fingerprint.ts)
 * and rebuilds only when the two differ, so changes made while the hub was down are never missed.
 */
import { createHash } from 'node:crypto';
import { processShared } from '../build/build-handoff.js';
import type { PublishedVersion } from './fetch-published.js';

const recorded = () => processShared<Record<string, PublishedVersion[]>>('published-versions', () => ({}));

export const fingerprintOf = (versionsByType: Record<string, PublishedVersion[]>): string => {
  const hash = createHash('sha256');
  for (const type of Object.keys(versionsByType).sort())
    for (const line of versionsByType[type]
      .map((version) => `${type} ${version.locale} ${version.documentId} ${version.updatedAt}`)
      .sort())
      hash.update(`${line}\n`);
  return hash.digest('hex');
};

/** Kept by each loader during a build (same process as the integration that reads it back). */
export const recordPublished = (type: string, versions: PublishedVersion[]): void => {
  recorded()[type] = versions;
};

export const recordedPublished = (): Record<string, PublishedVersion[]> => recorded();
