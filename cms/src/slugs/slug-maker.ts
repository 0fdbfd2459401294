/**
 * The one slug maker: the CMS's server (documents written from code, a new language), its
 * Regenerate button and the edit form as the editor types (through the same endpoint as
 * Regenerate) use it, so an address is made the same way everywhere. Output: lower-case ASCII
 * letters, digits and single hyphens, at most SLUG_LENGTH characters. Existing addresses are
 * never remade by it: a published address only moves by hand.
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

/** The slug Strapi's form starts a new document with: the type's name ("city-spotlight", "city-spotlight-2"). */
export const isPlaceholderSlug = (slug: string, uid: string): boolean =>
  new RegExp(`^${uid.split('.').at(-1)}(-\\d+)?$`).test(slug);

/**
 * Whether a slug still reads as made from the title (or from the document's other version),
 * rather than written by hand: the edit form keeps such a slug following the title.
 */
export const isMadeSlug = (slug: string, title: string, uid: string, otherVersionSlugs: string[] = []): boolean => {
  if (!slug || isPlaceholderSlug(slug, uid) || otherVersionSlugs.includes(slug)) return true;
  // A made slug may carry the "-2" that kept it unique.
  const made = versionSlug(title, otherVersionSlugs[0]);
  return made !== '' && (slug === made || new RegExp(`^${made}-\\d+$`).test(slug));
};
