/**
 * The date a file states for itself, proposed as the draft's publication date: a labelled one
 * ("Publication date: 12 March 2024", "Publié le …") first, else the first date in its opening,
 * written in any of the library's languages. A range ("19 – 21 September 2023") gives its first day.
 */

const MONTHS: Record<string, number> = Object.fromEntries(
  [
    ['january', 'janvier', 'enero', 'يناير', 'jan'],
    ['february', 'février', 'febrero', 'فبراير', 'feb', 'fév'],
    ['march', 'mars', 'marzo', 'مارس', 'mar'],
    ['april', 'avril', 'abril', 'أبريل', 'apr', 'avr'],
    ['may', 'mai', 'mayo', 'مايو'],
    ['june', 'juin', 'junio', 'يونيو', 'jun'],
    ['july', 'juillet', 'julio', 'يوليو', 'jul', 'juil'],
    ['august', 'août', 'agosto', 'أغسطس', 'aug'],
    ['september', 'septembre', 'septiembre', 'سبتمبر', 'sep', 'sept'],
    ['october', 'octobre', 'octubre', 'أكتوبر', 'oct'],
    ['november', 'novembre', 'noviembre', 'نوفمبر', 'nov'],
    ['december', 'décembre', 'diciembre', 'ديسمبر', 'dec', 'déc'],
  ].flatMap((names, index) => names.map((name) => [name, index + 1])),
);

const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er)?';
const YEAR = '((?:19|20)\\d{2})';
const RANGE_END = `(?:\\s*[-–—]\\s*\\d{1,2})?`;

const PATTERNS: { pattern: RegExp; parts: (match: RegExpMatchArray) => [string, string, string] }[] = [
  // 2023-09-19
  { pattern: new RegExp(`\\b${YEAR}-(\\d{2})-(\\d{2})\\b`, 'u'), parts: (m) => [m[1]!, m[2]!, m[3]!] },
  // 19 September 2023, 19 – 21 septembre 2023, 19 de septiembre de 2023
  {
    pattern: new RegExp(`(?<![\\p{L}\\d])${DAY}${RANGE_END}\\s+(?:de\\s+)?${MONTH}\\s+(?:de\\s+)?${YEAR}\\b`, 'iu'),
    parts: (m) => [m[3]!, String(MONTHS[m[2]!.toLowerCase()]), m[1]!],
  },
  // September 19, 2023; Sept. 29 – 30, 2015
  {
    pattern: new RegExp(`(?<![\\p{L}])${MONTH}\\s+${DAY}${RANGE_END},?\\s+${YEAR}\\b`, 'iu'),
    parts: (m) => [m[3]!, String(MONTHS[m[1]!.toLowerCase()]), m[2]!],
  },
];

const LABEL =
  /^(publication date|published( on)?|date|publié le|date de publication|fecha( de publicación)?|publicado el|تاريخ النشر)\s*:?\s*/iu;
/** Characters of a file's opening searched for an unlabelled date. */
const OPENING = 1500;

const dateIn = (text: string): string | undefined => {
  const found = PATTERNS.map(({ pattern, parts }) => {
    const match = text.match(pattern);
    return match ? { at: match.index ?? 0, parts: parts(match) } : undefined;
  })
    .filter((candidate) => candidate !== undefined)
    .sort((a, b) => a.at - b.at)[0];
  if (!found) return undefined;
  const [year, month, day] = found.parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Rejects 31 February and the like, which Date would roll into March.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
};

export const findPublicationDate = (lines: string[]): string | undefined => {
  for (const line of lines) {
    const labelled = line.trim().match(LABEL);
    if (labelled) {
      const date = dateIn(line.trim().slice(labelled[0].length));
      if (date) return date;
    }
  }
  return dateIn(lines.join('\n').slice(0, OPENING));
};
