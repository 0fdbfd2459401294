/**
 * The model facts the compiled CMS reads at run time, generated from content-types/ (the CMS
 * cannot import the TypeScript model itself).
 */
import facts from './generated/content-model.json';

export type ModelFacts = typeof facts;
export const model: ModelFacts = facts;

export const isDocumentType = (uid: string): boolean => model.documentTypes.includes(uid);

export const slugSource = (uid: string): { field: string; from: string } | undefined =>
  (model.slugSources as Record<string, { field: string; from: string }>)[uid];

export const requiredRelations = (uid: string): { field: string; label: string }[] =>
  (model.requiredRelations as Record<string, { field: string; label: string }[]>)[uid] ?? [];
