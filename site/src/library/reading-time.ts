/** Minutes a reader needs, at 200 words a minute, a pace that holds for practitioners reading in a second language. */
import type { Blocks, BlockNode, CitySpotlight, Toolkit } from '@resource-hub/content-types';
import type { LibraryDocument } from './library-types.js';
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

/** A document's reading time: its summary, body and the type's own text (a spotlight's practice, a toolkit's steps). */
export const minutesToRead = (doc: LibraryDocument, body: Blocks): number => {
  const entry = doc.entry as Partial<CitySpotlight & Toolkit>;
  const extra = [entry.practice, entry.leader?.quote, ...(entry.modules ?? []).map((module) => module.description)];
  return readingMinutes(
    entry.summary ?? '',
    blocksText(body),
    ...extra.filter((text): text is string => Boolean(text)),
  );
};
