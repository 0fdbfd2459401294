/**
 * The site draws every size of an image it shows from the original (Astro and sharp), so the
 * small, medium and large copies Strapi makes of each upload ("responsive friendly upload") are
 * never read: making them only slows every image upload and fills the disk. The admin panel's
 * thumbnails are made either way.
 */
import type { Core } from '@strapi/strapi';

interface UploadSettings {
  responsiveDimensions?: boolean;
}

export const skipUnusedImageSizes = async (strapi: Core.Strapi): Promise<void> => {
  const service = strapi.plugin('upload').service('upload');
  const settings = ((await service.getSettings()) ?? {}) as UploadSettings;
  if (settings.responsiveDimensions !== false) await service.setSettings({ ...settings, responsiveDimensions: false });
};
