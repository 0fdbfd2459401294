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
  // Five to a file, in the order the documents were created: a new one, whatever its date, goes
  // in the last file and every other card stays where it was.
  it.each<[number, [number, number]]>([
    [0, [0, 0]],
    [4, [0, 4]],
    [5, [1, 0]],
    [12, [2, 2]],
  ])('position %i is file and slot %j', (position, place) => expect(cardPlace(position)).toEqual(place));
});
