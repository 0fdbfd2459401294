/**
 * An imported text's blocks as Strapi's "blocks" rich text, the body field's format: headings
 * under the document's title (level 2), paragraphs and lists, plain text only.
 */
import type { Blocks } from '@resource-hub/content-types';
import type { TextBlock } from './text-blocks';

const plain = (text: string) => [{ type: 'text' as const, text }];

export const strapiBlocks = (blocks: TextBlock[]): Blocks =>
  blocks.map((block) => {
    switch (block.kind) {
      case 'heading':
        return { type: 'heading', level: 2, children: plain(block.text) };
      case 'paragraph':
        return { type: 'paragraph', children: plain(block.text) };
      case 'list':
        return {
          type: 'list',
          format: block.ordered ? 'ordered' : 'unordered',
          children: block.items.map((item) => ({ type: 'list-item' as const, children: plain(item) })),
        };
    }
  });
