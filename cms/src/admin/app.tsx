/**
 * Admin panel customisation: the editors' home page shows the state of the public library
 * (publishing-status-widget.tsx), the edit view and the lists where each document is on the site
 * (public-site-panel.tsx, list-columns.tsx), the Content Manager opens on the document types
 * (menu-order.ts), Unpublish says what it does before it does it, long texts count their
 * characters (counted-textarea.tsx), languages and partner roles are chosen by name
 * (language-names.ts, partner-role-names.ts),
 * Strapi's news banner stays away (dismiss-media-banner.ts) and files become drafts on the
 * Import page (import-page.tsx).
 */
import type { StrapiApp } from '@strapi/strapi/admin';
import { Earth, Upload } from '@strapi/icons';
import { confirmUnpublish } from './confirm-unpublish';
import { CountedTextarea } from './counted-textarea';
import { dismissMediaLibraryBanner } from './dismiss-media-banner';
import { actionsByPermission } from './actions-by-permission';
import { languageChoiceTranslations } from './language-names';
import { partnerRoleTranslations } from './partner-role-names';
import { tidyListColumns } from './list-columns';
import { menuTranslations, orderCollectionTypes, orderSingleTypes } from './menu-order';
import { PublicSitePanel } from './public-site-panel';

interface ContentManagerApis {
  addEditViewSidePanel: (panels: unknown[]) => void;
  addDocumentAction: (change: (actions: Parameters<typeof confirmUnpublish>[0][]) => unknown[]) => void;
}

export default {
  config: {
    translations: { en: { ...menuTranslations, ...languageChoiceTranslations, ...partnerRoleTranslations } },
  },
  register(app: StrapiApp) {
    // Editors bring the existing library in here; the Editor role may use it (no permission asked).
    app.addMenuLink({
      to: 'import',
      icon: Upload,
      intlLabel: { id: 'hub.import.menu', defaultMessage: 'Import' },
      Component: () => import('./import-page').then((module) => ({ default: module.ImportPage })),
      permissions: [],
    });
    // Strapi types a field component as taking no props; it is given the field's props.
    app.addFields({ type: 'text', Component: CountedTextarea as unknown as React.ComponentType });
    // First on the home page: whether a publish reached the site is what editors come to check.
    app.widgets.register((widgets) => [
      {
        id: 'publishing-status',
        icon: Earth,
        title: { id: 'hub.publishing-status.title', defaultMessage: 'Public library' },
        component: async () => (await import('./publishing-status-widget')).PublishingStatusWidget,
      },
      ...widgets,
    ]);
  },
  bootstrap(app: StrapiApp) {
    // Should Strapi not answer, the banner merely shows.
    dismissMediaLibraryBanner().catch(() => {});
    const contentManager = app.getPlugin('content-manager').apis as unknown as ContentManagerApis;
    contentManager.addEditViewSidePanel([PublicSitePanel]);
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', tidyListColumns);
    app.registerHook('Admin/CM/pages/App/mutate-collection-types-links', orderCollectionTypes);
    app.registerHook('Admin/CM/pages/App/mutate-single-types-links', orderSingleTypes);
    contentManager.addDocumentAction((actions) =>
      actionsByPermission(actions).map((action) => (action.type === 'unpublish' ? confirmUnpublish(action) : action)),
    );
  },
};
