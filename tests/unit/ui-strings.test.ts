import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../site/src/i18n/locales.js';
import { STRINGS, translator } from '../../site/src/i18n/strings.js';

/** Every text of a language, a text by count once per form ("documentCount.few"). */
const textsOf = (locale: (typeof LOCALES)[number]) =>
  Object.entries(STRINGS[locale]).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[key, value] as const]
      : Object.entries(value).map(([form, text]) => [`${key}.${form}`, text] as const),
  );

describe('interface strings', () => {
  it('set French punctuation as French typography does: a narrow no-break space before : ; ? !', () => {
    expect(textsOf('fr').filter(([, text]) => /(^|[^\u202f])[:;?!](\s|$)/u.test(text))).toEqual([]);
  });

  it('leave no space before a colon in the other languages', () => {
    for (const locale of ['en', 'es', 'ar'] as const)
      expect(textsOf(locale).filter(([, text]) => /\s:/u.test(text))).toEqual([]);
  });

  it('give each text by count every form its language’s plural rules use', () => {
    for (const locale of LOCALES) {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      for (const [key, value] of Object.entries(STRINGS[locale]))
        if (typeof value !== 'string')
          expect(Object.keys(value), `${locale} ${key}`).toEqual(expect.arrayContaining(categories));
    }
  });

  it('count documents in Arabic’s six forms and French’s singular zero', () => {
    const ar = translator('ar');
    expect([0, 1, 2, 3, 11, 100].map((count) => ar.count('documentCount', count))).toEqual([
      'لا وثائق',
      'وثيقة واحدة',
      'وثيقتان',
      '3 وثائق',
      '11 وثيقة',
      '100 وثيقة',
    ]);
    const fr = translator('fr');
    expect([0, 1, 2].map((count) => fr.count('searchResults', count, { query: 'maires' }))).toEqual([
      '0 résultat pour maires',
      '1 résultat pour maires',
      '2 résultats pour maires',
    ]);
    expect(translator('en').count('documentCount', 1)).toBe('1 document');
  });
});
