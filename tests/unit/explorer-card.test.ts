import { describe, expect, it } from 'vitest';
import { cardPlace, portableCard, type ExplorerCard } from '../../site/src/search/explorer-format.js';

const thumbnail = (prefix: string) =>
  [`${prefix}_astro/cover.a.webp`, `${prefix}_astro/cover.a.webp 1x, ${prefix}_astro/cover.b.webp 2x`, 96, 54] as const;

describe('explorer cards as the card files and search records carry them', () => {
  const cases: { name: string; base: string; card: ExplorerCard; carried: ExplorerCard }[] = [
    {
      name: 'a site at the root',
      base: '/',
      card: ['/guides/a/', 'A', 'Summary', [...thumbnail('/')]],
      carried: ['guides/a/', 'A', 'Summary', [...thumbnail('')]],
    },
    {
      name: 'a site under a path prefix',
      base: '/library/',
      card: ['/library/fr/guides/a/', 'A', 'Résumé', [...thumbnail('/library/')]],
      carried: ['fr/guides/a/', 'A', 'Résumé', [...thumbnail('')]],
    },
    {
      name: 'a document without a cover: no thumbnail, not a null one',
      base: '/library/',
      card: ['/library/guides/a/', 'A', 'Summary'],
      carried: ['guides/a/', 'A', 'Summary'],
    },
  ];
  it.each(cases)('leave out the base path: $name', ({ base, card, carried }) => {
    expect(portableCard(card, base)).toEqual(carried);
    // The page puts its own base back in front of every address.
    expect(portableCard(card, base)[0]).toBe(card[0].slice(base.length));
  });
});

describe('where a card is', () => {
  // Five to a file, oldest first: with 12 documents, the newest (position 0) is the last file's.
  it.each<[number, number, [number, number]]>([
    [11, 12, [0, 0]],
    [7, 12, [0, 4]],
    [6, 12, [1, 0]],
    [0, 12, [2, 1]],
    // One more document: the newest's card goes in the last file, the others stay where they were.
    [0, 13, [2, 2]],
    [1, 13, [2, 1]],
    [12, 13, [0, 0]],
  ])('position %i of %i is file and slot %j', (position, documents, place) =>
    expect(cardPlace(position, documents)).toEqual(place),
  );
});
