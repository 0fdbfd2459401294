/**
 * Intl formatters, made once per language and reused. Making one costs about as much as rendering
 * a small page, using one next to nothing: a new DateTimeFormat per date shown was 4 s of a
 * 1,000-document build.
 */
const oncePerLocale = <T>(make: (locale: string | undefined) => T) => {
  const made = new Map<string | undefined, T>();
  return (locale?: string): T => {
    let formatter = made.get(locale);
    if (!formatter) made.set(locale, (formatter = make(locale)));
    return formatter;
  };
};

export const longDate = oncePerLocale(
  (locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }),
);

/** A date-only value (YYYY-MM-DD) in words, read at noon UTC: the same day in every time zone. */
export const dayLabel = (date: string, locale?: string): string =>
  longDate(locale).format(new Date(`${date}T12:00:00Z`));

export const decimal = oncePerLocale((locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }));

/** Sorting as `localeCompare` does, without making a collator on every comparison. */
export const collator = oncePerLocale((locale) => new Intl.Collator(locale));
