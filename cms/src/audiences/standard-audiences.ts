/**
 * The audiences the network writes for, in its own words (the briefing deck's "mayors, city
 * officials, national governments, multilateral partners, civil society"). The seed makes them;
 * moving a guide's old "Written for" text makes any that are missing, and matches the text to
 * them by these words, in any of the library's languages.
 */
export interface StandardAudience {
  key: string;
  name: { en: string; fr: string; es: string; ar: string };
  words: RegExp;
}

export const STANDARD_AUDIENCES: StandardAudience[] = [
  {
    key: 'mayors',
    name: {
      en: 'Mayors and elected leaders',
      fr: 'Maires et élus',
      es: 'Alcaldes y cargos electos',
      ar: 'رؤساء البلديات والقادة المنتخبون',
    },
    words: /mayor|governor|elected|maire|gouverneur|élu|alcalde|gobernador|elect[oa]|رئيس|رؤساء|محافظ|منتخب/iu,
  },
  {
    key: 'officials',
    name: {
      en: 'City officials and practitioners',
      fr: 'Agents municipaux et praticiens',
      es: 'Funcionarios municipales y profesionales',
      ar: 'المسؤولون المحليون والممارسون',
    },
    words:
      /official|practitioner|officer|adviser|advisor|staff|team|fonctionnaire|agent|praticien|conseiller|funcionari|profesional|asesor|مسؤول|ممارس|موظف|مستشار/iu,
  },
  {
    key: 'national',
    name: {
      en: 'National governments and multilateral partners',
      fr: 'Gouvernements nationaux et partenaires multilatéraux',
      es: 'Gobiernos nacionales y socios multilaterales',
      ar: 'الحكومات الوطنية والشركاء متعددو الأطراف',
    },
    words: /national|multilateral|ministr|nacional|ministère|وطني|وطنية|متعدد/iu,
  },
  {
    key: 'civil-society',
    name: {
      en: 'Civil society',
      fr: 'Société civile',
      es: 'Sociedad civil',
      ar: 'المجتمع المدني',
    },
    words: /civil society|société civile|sociedad civil|المجتمع المدني|\bngos?\b|\bong\b/iu,
  },
];

/** The audiences a free text names, by key, in the list's order. */
export const audiencesNamedIn = (text: string): string[] =>
  STANDARD_AUDIENCES.filter(({ words }) => words.test(text)).map(({ key }) => key);
