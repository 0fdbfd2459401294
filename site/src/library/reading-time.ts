/** Minutes a reader needs, at 200 words a minute, a pace that holds for practitioners reading in a second language. */
import type { Blocks, BlockNode } from '@resource-hub/content-types';
import { plainText } from '../rich-text/headings.js';

const textOf = (block: BlockNode): string => {
  if (block.type === 'list')
    return block.children.map((child) => ('format' in child ? textOf(child) : plainText(child.children))).join(' ');
  return plainText(block.children);
};

export const blocksText = (blocks: Blocks | null | undefined): string => (blocks ?? []).map(textOf).join('\n');

export const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

export const readingMinutes = (...texts: string[]): number =>
  Math.max(1, Math.round(countWords(texts.join(' ')) / 200));
