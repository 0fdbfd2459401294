/** Turns the sample content's line format (see sample-content/types.ts) into Strapi blocks. */
import type { Blocks } from '@resource-hub/content-types';
import type { BodyLines } from './sample-content/types.js';

type ListFormat = 'ordered' | 'unordered';

const text = (value: string) => [{ type: 'text' as const, text: value }];

export const bodyLinesToBlocks = (lines: string[]): Blocks => {
  const blocks: Blocks = [];
  let list: { format: ListFormat; items: string[] } | undefined;
  const flush = () => {
    if (!list) return;
    blocks.push({
      type: 'list',
      format: list.format,
      children: list.items.map((item) => ({ type: 'list-item' as const, children: text(item) })),
    });
    list = undefined;
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const item = /^- (.*)$/.exec(line) ?? undefined;
    const numbered = /^\d+\. (.*)$/.exec(line) ?? undefined;
    const format: ListFormat | undefined = item ? 'unordered' : numbered ? 'ordered' : undefined;
    if (format) {
      if (list?.format !== format) flush();
      list ??= { format, items: [] };
      list.items.push((item ?? numbered)![1]);
      continue;
    }
    flush();
    const heading = /^(#{2,3}) (.*)$/.exec(line);
    if (heading) blocks.push({ type: 'heading', level: heading[1].length, children: text(heading[2]) });
    else if (line.startsWith('> ')) blocks.push({ type: 'quote', children: text(line.slice(2)) });
    else blocks.push({ type: 'paragraph', children: text(line) });
  }
  flush();
  return blocks;
};

/** A body as the seed receives it: lines (hand-written content) or blocks already (generated content). */
export const toBlocks = (body: BodyLines | Blocks): Blocks =>
  body.every((line) => typeof line === 'string') ? bodyLinesToBlocks(body as BodyLines) : (body as Blocks);
