/**
 * The admin panel's Import page (cms/src/admin/import-page.tsx) calls these as the signed-in
 * editor: a file into a draft (the same importFile as `npm run import`), and a suggested term
 * added to a draft. Each checks the editor's own Content Manager permissions on the type.
 */
import type { Core } from '@strapi/strapi';
import { isDocumentType } from '../generated-model';
import { formText, type ImportRequestBody, uploadedFile } from './import-api';
import { importFile } from './import-file';
import { ACCEPT_SUGGESTION_PATH, IMPORT_ADMIN_PATH, SUGGESTION_FIELDS } from './import-paths';

interface Ability {
  can(action: string, subject: string): boolean;
}

interface AdminContext {
  request: ImportRequestBody;
  state: { user?: { id: number }; userAbility?: Ability };
  status: number;
  body: unknown;
}

const refuse = (ctx: AdminContext, status: number, message: string) => {
  ctx.status = status;
  ctx.body = { error: { message } };
};

/** The draft's partner credits with the suggested partner added as "partner" (its role is the editor's to set). */
const withPartner = async (
  strapi: Core.Strapi,
  uid: string,
  { documentId, locale }: { documentId: string; locale: string },
  partner: string,
) => {
  const draft = (await strapi.documents(uid as never).findOne({
    documentId,
    locale,
    populate: { partnerRoles: { populate: { partner: { fields: ['documentId'] } } } },
  } as never)) as { partnerRoles?: { role: string; partner?: { documentId: string } | null }[] } | null;
  const credits = (draft?.partnerRoles ?? []).map(({ role, partner: credited }) => ({
    role,
    partner: credited?.documentId ?? null,
  }));
  return credits.some((credit) => credit.partner === partner) ? credits : [...credits, { role: 'partner', partner }];
};

export const registerImportAdminRoutes = (strapi: Core.Strapi): void => {
  const policies = ['admin::isAuthenticatedAdmin'];
  strapi.server.routes({
    type: 'admin',
    routes: [
      {
        method: 'POST',
        path: IMPORT_ADMIN_PATH,
        handler: async (ctx: AdminContext) => {
          const upload = await uploadedFile(ctx.request);
          if (!upload) return refuse(ctx, 400, 'Choose a file to import.');
          const ability = ctx.state.userAbility;
          ctx.body = await importFile(strapi, {
            ...upload,
            type: formText(ctx.request, 'type'),
            locale: formText(ctx.request, 'locale'),
            mayCreate: (uid) => Boolean(ability?.can('plugin::content-manager.explorer.create', uid)),
          });
        },
        config: { policies },
      },
      {
        method: 'POST',
        path: ACCEPT_SUGGESTION_PATH,
        handler: async (ctx: AdminContext) => {
          const [uid, documentId, locale, field, term] = ['uid', 'documentId', 'locale', 'field', 'term'].map((name) =>
            formText(ctx.request, name),
          );
          if (
            !uid ||
            !isDocumentType(uid) ||
            !ctx.state.userAbility?.can('plugin::content-manager.explorer.update', uid)
          )
            return refuse(ctx, 403, 'You may not change documents of this type.');
          if (!documentId || !locale || !term || !SUGGESTION_FIELDS.includes(field as never))
            return refuse(ctx, 400, 'Name the draft (documentId, locale), the field and the term to add.');
          await strapi.documents(uid as never).update({
            documentId,
            locale,
            data: {
              ...(field === 'partners'
                ? { partnerRoles: await withPartner(strapi, uid, { documentId, locale }, term) }
                : { [field!]: { connect: [term] } }),
              updatedBy: ctx.state.user?.id,
            } as never,
          });
          ctx.body = { added: term };
        },
        config: { policies },
      },
    ],
  } as never);
};
