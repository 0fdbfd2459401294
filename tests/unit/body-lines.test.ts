import { describe, expect, it } from 'vitest';
import { bodyLinesToBlocks } from '../../scripts/seed/body-lines.js';

const text = (value: string) => [{ type: 'text', text: value }];

describe('bodyLinesToBlocks', () => {
  it('turns headings, lists, quotes and paragraphs into Strapi blocks', () => {
    expect(
      bodyLinesToBlocks([
        '## Why',
        'Cities act first.',
        '- schools',
        '- youth',
        '1. plan',
        '> We lead locally.',
        '### Next',
      ]),
    ).toEqual([
      { type: 'heading', level: 2, children: text('Why') },
      { type: 'paragraph', children: text('Cities act first.') },
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: text('schools') },
          { type: 'list-item', children: text('youth') },
        ],
      },
      { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: text('plan') }] },
      { type: 'quote', children: text('We lead locally.') },
      { type: 'heading', level: 3, children: text('Next') },
    ]);
  });
});
