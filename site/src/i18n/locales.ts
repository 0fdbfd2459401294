/** The reader-facing side of the hub's languages: names in their own language, direction, URL prefix. */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@resource-hub/content-types';

export { DEFAULT_LOCALE, LOCALES, type Locale };

/** Each language named in itself, as a reader looks for it in a language menu. */
export const NATIVE_NAMES: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية',
};

export const directionOf = (locale: Locale): 'ltr' | 'rtl' => (locale === 'ar' ? 'rtl' : 'ltr');

/** Open Graph wants language_TERRITORY; these are the territories readers most likely share. */
export const OG_LOCALES: Record<Locale, string> = { en: 'en_GB', fr: 'fr_FR', es: 'es_ES', ar: 'ar_AR' };

export const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);
