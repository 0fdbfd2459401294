/**
 * Headings, paragraphs and lists rebuilt from cleaned lines of extracted text (page-furniture.ts),
 * where the layout is all that is left of the structure: a short line standing alone is a
 * heading, bulleted or numbered lines are a list, and a paragraph ends at a blank line or at a
 * sentence's end on a line much shorter than its neighbours.
 */

export type TextBlock =
  { kind: 'heading' | 'paragraph'; text: string } | { kind: 'list'; ordered: boolean; items: string[] };

const LIST_ITEM = /^([-•*▪◦●–]|\d{1,2}[.)])\s+/u;
const ENDS_SENTENCE = /[.!?…;:]["”’»)]?$/u;
/** What a heading does not end with; a question may be one ("Why cities?"). */
const ENDS_CLAUSE = /[.!…;:,]["”’»)]?$/u;
const HEADING_MAX_CHARS = 160;
const HEADING_MAX_WORDS = 25;
/** A line this much shorter than the paragraph's usual width, ending a sentence, ends the paragraph. */
const SHORT_LINE = 0.75;

const groupsOf = (lines: string[]): string[][] => {
  const groups: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    const text = line.trim().replace(/\s+/g, ' ');
    if (text) current.push(text);
    else if (current.length > 0) {
      groups.push(current);
      current = [];
    }
  }
  if (current.length > 0) groups.push(current);
  return groups;
};

const isHeading = (group: string[]) => {
  if (group.length !== 1) return false;
  const [line = ''] = group;
  return (
    line.length <= HEADING_MAX_CHARS &&
    line.split(' ').length <= HEADING_MAX_WORDS &&
    !ENDS_CLAUSE.test(line) &&
    !/^\p{Ll}/u.test(line) &&
    !LIST_ITEM.test(line)
  );
};

/** The width most lines of a wrapped paragraph fill. */
const usualWidth = (group: string[]) => {
  const widths = group.map((line) => line.length).sort((a, b) => a - b);
  return widths[Math.floor(widths.length * 0.75)] ?? 0;
};

const paragraphsAndLists = (group: string[]): TextBlock[] => {
  const blocks: TextBlock[] = [];
  const width = usualWidth(group);
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
  };
  for (const line of group) {
    const list = blocks.at(-1);
    if (LIST_ITEM.test(line)) {
      endParagraph();
      const item = line.replace(LIST_ITEM, '');
      if (list?.kind === 'list' && paragraph.length === 0) list.items.push(item);
      else blocks.push({ kind: 'list', ordered: /^\d/.test(line), items: [item] });
      continue;
    }
    // A wrapped list item's next line.
    if (list?.kind === 'list' && paragraph.length === 0 && !ENDS_SENTENCE.test(list.items.at(-1) ?? '')) {
      list.items[list.items.length - 1] += ` ${line}`;
      continue;
    }
    paragraph.push(line);
    if (group.length > 2 && ENDS_SENTENCE.test(line) && line.length < width * SHORT_LINE) endParagraph();
  }
  endParagraph();
  return blocks;
};

export const textBlocks = (lines: string[]): TextBlock[] =>
  groupsOf(lines).flatMap((group) =>
    isHeading(group) ? [{ kind: 'heading' as const, text: group[0]! }] : paragraphsAndLists(group),
  );
