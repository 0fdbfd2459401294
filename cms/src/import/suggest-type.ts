/**
 * The document type a file most likely is, from words its title and opening use in the library's
 * languages; the editor confirms it (a guide when nothing points elsewhere).
 */
const SIGNS: [type: string, pattern: RegExp][] = [
  ['toolkit', /(?<!\p{L})(tool ?kit|boîte à outils|caja de herramientas|كتيب أدوات|مجموعة أدوات)/iu],
  ['city-spotlight', /(?<!\p{L})(city spotlight|spotlight|coup de projecteur|ciudad destacada|حالة مدينة)/iu],
  [
    'event-report',
    /(?<!\p{L})(event report|summit|conference|workshop|webinar|meeting report|sommet|conférence|atelier|cumbre|conferencia|taller|قمة|مؤتمر|ورشة)/iu,
  ],
];

/** Read from the title and the text's opening, where a document says what it is. */
const OPENING = 1500;

export const suggestType = (title: string | undefined, text: string): string => {
  const opening = `${title ?? ''}\n${text.slice(0, OPENING)}`;
  return SIGNS.find(([, pattern]) => pattern.test(opening))?.[0] ?? 'guide';
};
