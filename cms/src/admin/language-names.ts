/**
 * Languages by name, not code: in the edit view's panel, the list's hover text and the choice of
 * a PDF's language (Strapi labels a choice with the message whose id is its value, so the codes
 * are given messages here).
 */
import { model } from '../generated-model';

export const LANGUAGE_NAMES: Record<string, string> = Object.fromEntries(
  model.locales.map(({ code, name }) => [code, name.replace(/ \(.*\)$/, '')]),
);

export const languageChoiceTranslations: Record<string, string> = {
  ...LANGUAGE_NAMES,
  other: 'Another language',
};
