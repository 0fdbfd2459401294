/**
 * Uploaded files on an S3-compatible bucket through Strapi's own provider
 * (@strapi/provider-upload-aws-s3), so several CMS instances share one media library.
 */
import type { UploadStorage } from '../env/read-env';

/** The upload plugin's provider settings: none for the data directory (Strapi's local provider). */
export const storageProvider = (storage: UploadStorage) =>
  storage.provider === 'local'
    ? {}
    : {
        provider: 'aws-s3',
        providerOptions: {
          ...(storage.publicUrl ? { baseUrl: storage.publicUrl } : {}),
          s3Options: {
            credentials: { accessKeyId: storage.accessKeyId, secretAccessKey: storage.secretAccessKey },
            region: storage.region,
            // Other S3-compatible services take path-style addresses (endpoint/bucket/key).
            ...(storage.endpoint ? { endpoint: storage.endpoint, forcePathStyle: true } : {}),
            params: { Bucket: storage.bucket },
          },
        },
      };

/** Where the admin panel loads media from, for its Content Security Policy; none beyond itself when local. */
export const mediaOrigin = (storage: UploadStorage): string | undefined => {
  if (storage.provider === 'local') return undefined;
  if (storage.publicUrl) return new URL(storage.publicUrl).origin;
  if (storage.endpoint) return new URL(storage.endpoint).origin;
  return `https://${storage.bucket}.s3.${storage.region}.amazonaws.com`;
};
