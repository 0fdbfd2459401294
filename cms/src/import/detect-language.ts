/**
 * The language an imported file is written in, among the library's: franc (franc-min, the
 * maintained trigram detector for the 80-odd most spoken languages) reads it, so a text in
 * another language is recognised as such and kept in English with a warning rather than passed
 * off as French. Too little text to tell is unknown too.
 */
import type * as Franc from 'franc-min';

/** franc's ISO 639-3 codes for the library's languages. */
const LOCALES: Record<string, string> = { eng: 'en', fra: 'fr', spa: 'es', arb: 'ar' };
/** Enough letters for trigram statistics to be trusted. */
const MIN_LENGTH = 40;
/** Read from the text's opening: its language shows well before its end. */
const SAMPLE_LENGTH = 4000;

let franc: Promise<typeof Franc> | undefined;

// An ES module only; the CMS's CommonJS require() loads it from Node 20.19 on, as for file-type.
const loadFranc = () => (franc ??= import('franc-min'));

export type DetectedLanguage = { locale: string } | { locale: undefined; reason: string };

export const detectLanguage = async (text: string): Promise<DetectedLanguage> => {
  const sample = text.replace(/\s+/g, ' ').trim().slice(0, SAMPLE_LENGTH);
  if (sample.replace(/[^\p{L}]/gu, '').length < MIN_LENGTH)
    return { locale: undefined, reason: 'too little text to tell its language' };
  const code = (await loadFranc()).franc(sample, { minLength: MIN_LENGTH });
  const locale = LOCALES[code];
  return locale
    ? { locale }
    : { locale: undefined, reason: `written in a language the library does not publish in (${code})` };
};
