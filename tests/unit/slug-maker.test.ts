import { describe, expect, it } from 'vitest';
import { SLUG_LENGTH, isMadeSlug, slugOf, versionSlug } from '../../cms/src/slugs/slug-maker.js';

describe('the slug maker', () => {
  it.each([
    { title: 'A Guide for Cities', slug: 'a-guide-for-cities' },
    // One spelling for an apostrophe, whether typed straight or curly: Strapi's own made "oslo-s-".
    { title: 'Oslo’s Youth Councils', slug: 'oslos-youth-councils' },
    { title: "Oslo's Youth Councils", slug: 'oslos-youth-councils' },
    { title: 'Sécurité des lieux de culte : un guide', slug: 'securite-des-lieux-de-culte-un-guide' },
    { title: '  Rabat:  Safer   Spaces  ', slug: 'rabat-safer-spaces' },
    { title: 'Hate & Extremism — 2024/25', slug: 'hate-and-extremism-202425' },
    { title: 'دليل المدن', slug: 'dlyl-almdn' },
    { title: '', slug: '' },
  ])('writes "$title" as "$slug"', ({ title, slug }) => {
    expect(slugOf(title)).toBe(slug);
  });

  it(`keeps slugs to ${SLUG_LENGTH} characters, never ending on a hyphen`, () => {
    const slug = slugOf(`${'word '.repeat(15)}x`);
    expect(slug.length).toBeLessThanOrEqual(SLUG_LENGTH);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe("a language version's slug", () => {
  it.each([
    {
      case: 'a French title makes its own slug',
      title: 'Guide des villes',
      other: 'guide-for-cities',
      slug: 'guide-des-villes',
    },
    {
      case: 'an Arabic title takes the other version’s slug',
      title: 'دليل المدن',
      other: 'guide-for-cities',
      slug: 'guide-for-cities',
    },
    { case: 'an Arabic title alone is transliterated', title: 'دليل المدن', other: undefined, slug: 'dlyl-almdn' },
    { case: 'digits are Latin enough', title: '2024 في المدن', other: 'cities-2024', slug: '2024-fy-almdn' },
  ])('$case', ({ title, other, slug }) => {
    expect(versionSlug(title, other)).toBe(slug);
  });
});

describe('whether a slug still follows the title', () => {
  const UID = 'api::city-spotlight.city-spotlight';
  it.each([
    { case: 'an empty slug', slug: '', title: 'Oslo', follows: true },
    { case: "the form's placeholder", slug: 'city-spotlight', title: 'Oslo', follows: true },
    { case: 'a numbered placeholder', slug: 'city-spotlight-3', title: 'Oslo', follows: true },
    { case: 'the slug made from the title', slug: 'oslo-youth', title: 'Oslo Youth', follows: true },
    { case: 'made and kept unique', slug: 'oslo-youth-2', title: 'Oslo Youth', follows: true },
    {
      case: 'copied from the other version',
      slug: 'oslo-youth',
      title: 'Jeunesse d’Oslo',
      others: ['oslo-youth'],
      follows: true,
    },
    {
      case: 'an Arabic title with the other version’s slug',
      slug: 'oslo-youth',
      title: 'شباب أوسلو',
      others: ['oslo-youth'],
      follows: true,
    },
    { case: 'written by hand', slug: 'youth-oslo', title: 'Oslo Youth', follows: false },
    { case: 'a made slug with more after it', slug: 'oslo-youth-councils', title: 'Oslo Youth', follows: false },
  ])('$case: $follows', ({ slug, title, others, follows }) => {
    expect(isMadeSlug(slug, title, UID, others)).toBe(follows);
  });
});
