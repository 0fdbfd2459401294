import type { Core } from '@strapi/strapi';
import { moveAudienceText } from './audiences/move-audience-text';
import { removeDefaultFullAccessToken } from './bootstrap/api-tokens';
import { giveEditorsEveryLanguage } from './bootstrap/editor-role';
import { applyEditorSettings } from './bootstrap/editor-settings';
import { createFirstAdmin } from './bootstrap/first-admin';
import { ensureLocales } from './bootstrap/locales';
import { restrictPublicRole } from './bootstrap/public-access';
import { registerContentApiChecks } from './content-api';
import { registerDocumentMiddleware } from './document-middleware';
import { recordTermAddresses } from './document-middleware/published-addresses';
import { hubConfig } from './env';
import { registerImportAdminRoutes } from './import/import-admin-routes';
import { registerImportApi } from './import/import-api';
import { movePartnerRoles } from './partners/move-partner-roles';
import { notifyPublisher } from './publishing/notify-publisher';
import { registerPublishingStatusRoute } from './publishing/publishing-status';
import { guardUploadService } from './uploads/guard-upload-service';
import { useSlugMakerForRegenerate } from './slugs/apply-slug';
import { guardUploadFromUrl } from './uploads/upload-from-url';
import { skipUnusedImageSizes } from './uploads/upload-settings';

export default {
  async register({ strapi }: { strapi: Core.Strapi }) {
    const { config } = hubConfig();
    registerDocumentMiddleware(strapi);
    registerContentApiChecks(strapi);
    registerPublishingStatusRoute(strapi, config.publisherUrl);
    registerImportApi(strapi);
    registerImportAdminRoutes(strapi);
    await guardUploadService(strapi, config.uploads);
    guardUploadFromUrl(strapi, config.uploadFromUrl);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    useSlugMakerForRegenerate(strapi);
    await applyEditorSettings(strapi);
    await giveEditorsEveryLanguage(strapi);
    await restrictPublicRole(strapi);
    await removeDefaultFullAccessToken(strapi);
    await createFirstAdmin(strapi);
    await skipUnusedImageSizes(strapi);
    await moveAudienceText(strapi);
    await recordTermAddresses(strapi);
    await movePartnerRoles(strapi);
    const { config, secrets } = hubConfig();
    if (config.publisherUrl) notifyPublisher(strapi, { url: config.publisherUrl, secret: secrets.PUBLISHER_SECRET });
  },
};
