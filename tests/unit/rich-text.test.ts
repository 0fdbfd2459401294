import { describe, expect, it } from 'vitest';
import type { Blocks } from '@resource-hub/content-types';
import { headingsOf } from '../../site/src/rich-text/headings.js';
import { safeHref } from '../../site/src/rich-text/safe-href.js';

describe('safeHref', () => {
  it.each([
    'https://strongcities.org/report',
    'http://example.org',
    'mailto:info@example.org',
    '/guides/safe-cities/',
    '#outcomes',
    'report.pdf',
  ])('keeps %s', (url) => expect(safeHref(url)).toBe(url));

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    '//evil.example/x',
    'file:///etc/passwd',
    '',
  ])('refuses %j', (url) => expect(safeHref(url)).toBeUndefined());
});

describe('headingsOf', () => {
  const heading = (level: number, text: string): Blocks[number] => ({
    type: 'heading',
    level,
    children: [{ type: 'text', text }],
  });

  it('gives each heading a stable, unique anchor in reading order', () => {
    const blocks: Blocks = [
      heading(2, 'Why cities act'),
      { type: 'paragraph', children: [{ type: 'text', text: 'Body' }] },
      heading(3, 'Écoles et jeunesse'),
      heading(2, 'Why cities act'),
      heading(2, 'لماذا تتحرك المدن'),
      heading(2, '***'),
    ];
    expect(headingsOf(blocks)).toEqual([
      { level: 2, text: 'Why cities act', anchor: 'why-cities-act' },
      { level: 3, text: 'Écoles et jeunesse', anchor: 'ecoles-et-jeunesse' },
      { level: 2, text: 'Why cities act', anchor: 'why-cities-act-2' },
      { level: 2, text: 'لماذا تتحرك المدن', anchor: 'لماذا-تتحرك-المدن' },
      { level: 2, text: '***', anchor: 'section' },
    ]);
  });
});
