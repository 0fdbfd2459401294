/**
 * The one slug maker: the CMS's server (documents written from code, a new language), its
 * Regenerate button and, later, the edit form use it, so an address is made the same way
 * everywhere. Output: lower-case ASCII letters, digits and single hyphens, at most SLUG_LENGTH
 * characters. Existing addresses are never remade by it: a published address only moves by hand.
 */
import slugify from 'slugify';

export const SLUG_LENGTH = 80;

/** A title as a slug; letters slugify has no Latin spelling for are dropped, Arabic is transliterated. */
export const slugOf = (text: string): string =>
  slugify(text, { lower: true, strict: true, trim: true }).slice(0, SLUG_LENGTH).replace(/-+$/, '');

/** Whether a title is written in Latin letters or digits (English, French), so that its slug reads as it does. */
const writtenInLatin = (text: string) => /[a-z0-9]/i.test(text.normalize('NFKD').replace(/\p{M}/gu, ''));

/**
 * The slug of one language version: from its own title; for a title in another script (Arabic),
 * the slug of the document's other version when it has one (the same address in every language
 * reads better than a transliteration), else the title transliterated. Empty when the title is.
 */
export const versionSlug = (title: string, otherVersionSlug?: string): string => {
  if (!writtenInLatin(title) && otherVersionSlug) return otherVersionSlug;
  return slugOf(title);
};
