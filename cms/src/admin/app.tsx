/**
 * Admin panel customisation: the editors' home page shows the state of the public library, so a
 * publish that failed is seen where editors work (see publishing-status-widget.tsx).
 */
import type { StrapiApp } from '@strapi/strapi/admin';
import { Earth } from '@strapi/icons';

export default {
  config: {},
  register(app: StrapiApp) {
    app.widgets.register({
      id: 'publishing-status',
      icon: Earth,
      title: { id: 'hub.publishing-status.title', defaultMessage: 'Public library' },
      component: async () => (await import('./publishing-status-widget')).PublishingStatusWidget,
    });
  },
  bootstrap() {},
};
