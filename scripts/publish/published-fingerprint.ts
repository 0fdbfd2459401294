/**
 * What the CMS has published now, as the fingerprint a build records with its release (see
 * site/src/cms/published-fingerprint.ts): a restarted hub compares the two to know whether the
 * live release is still what is published, or whether events were missed while it was down.
 */
import { contentTypes, type ContentTypeName } from '@resource-hub/content-types';
import { listPublishedVersions, type CmsSource } from '@resource-hub/site/cms/fetch-published';
import { fingerprintOf } from '@resource-hub/site/cms/published-fingerprint';

export const publishedFingerprint = async (source: CmsSource): Promise<string> => {
  const listings = await Promise.all(
    contentTypes.map(
      async (type) => [type.name, await listPublishedVersions(source, type.name as ContentTypeName)] as const,
    ),
  );
  return fingerprintOf(Object.fromEntries(listings));
};
