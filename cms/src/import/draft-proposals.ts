/**
 * What an imported draft proposes for the editor to check: a title (the file's own, when it is a
 * real one, else the first heading) and a summary within the model's limit, cut at a sentence.
 */
import type { TextBlock } from './text-blocks';

/** Titles that word processors and PDF printers write in place of one. */
const PLACEHOLDER_TITLES = [
  /^(untitled|document\d*|title|presentation\d*|slide \d+|new document)$/i,
  /^microsoft (word|powerpoint) - /i,
  /\.(docx?|pptx?|pdf|indd|odt|txt|html?)$/i,
  /^[\w-]+_[\w-]+$/,
];

const isRealTitle = (title: string) => title.length >= 3 && !PLACEHOLDER_TITLES.some((pattern) => pattern.test(title));

export const proposeTitle = (metadataTitle: string | undefined, blocks: TextBlock[]): string | undefined => {
  const own = metadataTitle?.trim().replace(/\s+/g, ' ');
  if (own && isRealTitle(own)) return own;
  const heading = blocks.find((block) => block.kind === 'heading');
  return heading?.kind === 'heading' ? heading.text : undefined;
};

/**
 * The opening paragraphs, up to `max` characters: whole sentences when the first fits, else the
 * first sentence's words up to the limit with an ellipsis.
 */
export const proposeSummary = (blocks: TextBlock[], max: number): string | undefined => {
  const text = blocks
    .filter((block) => block.kind === 'paragraph')
    .slice(0, 3)
    .map((block) => (block.kind === 'paragraph' ? block.text : ''))
    .join(' ');
  if (!text) return undefined;
  if (text.length <= max) return text;
  const sentences = text.match(/[^.!?…]+[.!?…]+["”’»)]?(\s+|$)/gu) ?? [];
  let summary = '';
  for (const sentence of sentences) {
    if ((summary + sentence).trimEnd().length > max) break;
    summary += sentence;
  }
  if (summary.trim()) return summary.trim();
  const words = text.slice(0, max - 1).split(' ');
  return `${words.slice(0, -1).join(' ')}…`;
};
