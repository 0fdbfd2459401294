import { errors } from '@strapi/utils';

/** A refusal that names its field, so the edit form marks it (see admin/public-site-panel.tsx). */
export const fieldError = (field: string, message: string) =>
  new errors.ValidationError(message, { errors: [{ path: [field], message, name: 'ValidationError' }] });
