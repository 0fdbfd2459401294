/**
 * Stable anchors for headings, and the table of contents built from them. The same text always
 * gives the same anchor, so links to a section keep working; repeats get -2, -3.
 */
import type { Blocks, InlineNode } from '@resource-hub/content-types';

export const plainText = (nodes: InlineNode[]): string =>
  nodes.map((node) => (node.type === 'text' ? node.text : plainText(node.children))).join('');

const anchorFor = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '') || 'section';

export interface Heading {
  level: number;
  text: string;
  anchor: string;
}

/** Every heading of the body, in order, each with its unique anchor. */
export const headingsOf = (blocks: Blocks): Heading[] => {
  const seen = new Map<string, number>();
  return blocks.flatMap((block) => {
    if (block.type !== 'heading') return [];
    const text = plainText(block.children);
    const base = anchorFor(text);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return [{ level: block.level, text, anchor: count === 1 ? base : `${base}-${count}` }];
  });
};
