/**
 * Every hub document gets a short permanent id on create, shared by all its languages and never
 * changed: /r/{id}/ links rely on it. Strapi's numeric id changes on republish and documentId is
 * only unique within one type, so neither can back a link that must last.
 */
import { randomInt } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { model } from '../generated-model';

// No vowels (no accidental words) and no look-alikes (0/o, 1/l).
const ALPHABET = 'bcdfghjkmnpqrstvwxz23456789';
const LENGTH = 8;
export const PERMANENT_ID_PATTERN = new RegExp(`^[${ALPHABET}]{${LENGTH}}$`);

const draw = (): string => Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

/** Which document, of any type, already holds this permanent id (other than `documentId`). */
const holderOf = async (strapi: Core.Strapi, permanentId: string, documentId?: string) => {
  for (const uid of model.documentTypes) {
    const found = await strapi.db.query(uid as never).findOne({
      select: ['documentId'],
      where: { permanentId, ...(documentId ? { documentId: { $ne: documentId } } : {}) },
    });
    if (found) return { uid, documentId: found.documentId as string };
  }
  return undefined;
};

export const newPermanentId = async (strapi: Core.Strapi): Promise<string> => {
  for (;;) {
    const candidate = draw();
    if (!(await holderOf(strapi, candidate))) return candidate;
  }
};

const storedPermanentId = async (strapi: Core.Strapi, uid: string, documentId: string): Promise<string | undefined> => {
  const row = await strapi.db
    .query(uid as never)
    .findOne({ select: ['permanentId'], where: { documentId, permanentId: { $notNull: true } } });
  return (row?.permanentId as string | undefined) ?? undefined;
};

/** Sets the id on create; on update keeps it, refusing any attempt to change it. */
export const applyPermanentId = async (
  strapi: Core.Strapi,
  uid: string,
  action: 'create' | 'update',
  params: { documentId?: string; data?: Record<string, unknown> },
): Promise<void> => {
  const data = params.data;
  if (!data) return;
  const requested = data.permanentId as string | null | undefined;
  const stored =
    action === 'update' && params.documentId ? await storedPermanentId(strapi, uid, params.documentId) : undefined;
  if (stored) {
    if (requested && requested !== stored)
      throw new errors.ValidationError(
        `The permanent ID of a document never changes: it is "${stored}", and "${requested}" was sent. Leave the field as it is; partners' links depend on it.`,
      );
    data.permanentId = stored;
    return;
  }
  if (requested) {
    if (!PERMANENT_ID_PATTERN.test(requested))
      throw new errors.ValidationError(
        `Permanent ID "${requested}" is not valid: it must be ${LENGTH} characters from "${ALPHABET}". Leave it empty and the CMS sets one.`,
      );
    const holder = await holderOf(strapi, requested, params.documentId);
    if (holder)
      throw new errors.ValidationError(
        `Permanent ID "${requested}" already belongs to ${holder.uid} ${holder.documentId}. Leave it empty and the CMS sets a new one.`,
      );
    return;
  }
  data.permanentId = await newPermanentId(strapi);
};
