import { hubConfig } from '../src/env';
import { isDocumentType } from '../src/generated-model';
import { previewLink } from '../src/publishing/preview-link';

/** api::city-spotlight.city-spotlight -> city-spotlight, for the library's document types only. */
const libraryDocumentType = (uid: string): string | undefined =>
  isDocumentType(uid) ? uid.split('.').pop() : undefined;

export default () => {
  const { config, secrets } = hubConfig();
  const { previewUrl } = config;
  return {
    auth: { secret: secrets.ADMIN_JWT_SECRET },
    apiToken: { salt: secrets.API_TOKEN_SALT },
    transfer: { token: { salt: secrets.TRANSFER_TOKEN_SALT } },
    secrets: { encryptionKey: secrets.ENCRYPTION_KEY },
    flags: { nps: false, promoteEE: false },
    // Stated rather than left to Strapi's default: five sign-in attempts per e-mail address and
    // client address, then 429 for 15 minutes. Counters live in each instance's memory.
    rateLimit: { enabled: true, interval: { min: 15 }, max: 5 },
    // The Preview panel shows a draft rendered by the publisher with the site's own templates,
    // through a signed link that expires (see src/publishing/preview-link.ts).
    preview: {
      enabled: Boolean(previewUrl),
      config: {
        allowedOrigins: previewUrl ? [new URL(previewUrl).origin] : [],
        async handler(uid: string, { documentId, locale }: { documentId: string; locale?: string; status?: string }) {
          const type = libraryDocumentType(uid);
          if (!previewUrl || !type || !documentId) return null;
          return previewLink(previewUrl, secrets.PUBLISHER_SECRET, { type, documentId, locale: locale ?? 'en' });
        },
      },
    },
  };
};
