import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { blocksSchema, type Blocks, DOCUMENT_TYPE_NAMES, SUMMARY_MAX_LENGTH } from '@resource-hub/content-types';
import { COVER_SIZE } from '../../scripts/seed/assets.js';
import {
  apportion,
  ATTACHMENT_SHARE,
  FIRST_DAY,
  generateSyntheticCorpus,
  IMAGE_COUNT,
  LAST_DAY,
  LOCALE_SHARES,
  type SyntheticCorpus,
  TYPE_SHARES,
} from '../../scripts/bench/synthetic-corpus.js';
import { drawSyntheticImage } from '../../scripts/bench/synthetic-images.js';

const SIZE = 400;
const corpus = generateSyntheticCorpus(SIZE);
const LOCALES = ['en', 'fr', 'ar'] as const;

/** Expected count for a share of `size`, give or take one for rounding. */
const expectShare = (count: number, size: number, share: number) => {
  expect(count).toBeGreaterThanOrEqual(Math.floor(size * share) - 1);
  expect(count).toBeLessThanOrEqual(Math.ceil(size * share) + 1);
};

const countBy = <T>(items: T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>(
    (counts, item) => ({ ...counts, [key(item)]: (counts[key(item)] ?? 0) + 1 }),
    {},
  );

const blockTypes = (blocks: Blocks): string[] =>
  blocks.map((block) => (block.type === 'heading' ? `h${block.level}` : block.type));

describe('generateSyntheticCorpus', () => {
  it('gives the same corpus, byte for byte, for the same size', () => {
    expect(JSON.stringify(generateSyntheticCorpus(SIZE))).toBe(JSON.stringify(corpus));
  });

  it('gives another corpus for another size or seed', () => {
    expect(JSON.stringify(generateSyntheticCorpus(SIZE, { seed: 'other' }).documents)).not.toBe(
      JSON.stringify(corpus.documents),
    );
    expect(generateSyntheticCorpus(SIZE + 1).documents).toHaveLength(SIZE + 1);
  });

  it.each([0, 1, 7, 45, 300, 1000])('splits %i documents across types and languages in the stated shares', (size) => {
    const generated = size === SIZE ? corpus : generateSyntheticCorpus(size);
    expect(generated.documents).toHaveLength(size);
    const byType = countBy(generated.documents, (doc) => doc.type);
    for (const type of DOCUMENT_TYPE_NAMES) expectShare(byType[type] ?? 0, size, TYPE_SHARES[type]);
    expectShare(generated.documents.filter((doc) => doc.locales.fr).length, size, LOCALE_SHARES.fr);
    expectShare(generated.documents.filter((doc) => doc.locales.ar).length, size, LOCALE_SHARES.ar);
    expectShare(generated.documents.filter((doc) => doc.attachments).length, size, ATTACHMENT_SHARE);
    expect(generated.documents.every((doc) => doc.locales.en)).toBe(true);
  });

  it('apportions counts that always add up', () => {
    for (const total of [0, 1, 2, 3, 5, 13, 999]) {
      const counts = apportion(total, TYPE_SHARES);
      expect(Object.values(counts).reduce((sum, count) => sum + count, 0)).toBe(total);
    }
  });
});

describe('every synthetic document', () => {
  /** Everything wrong with the corpus, one line each (an empty list when it is valid). */
  const problems = (generated: SyntheticCorpus): string[] => {
    const found: string[] = [];
    const fail = (where: string, what: string) => found.push(`${where}: ${what}`);
    const keys = new Map(generated.documents.map((doc, index) => [doc.key, { doc, index }]));
    const known = (list: { key: string }[]) => new Set(list.map((item) => item.key));
    const taxonomies = {
      themes: known(generated.themes),
      regions: known(generated.regions),
      cities: known(generated.cities),
      partners: known(generated.partners),
    };
    const images = known(generated.images);
    const titles = Object.fromEntries(LOCALES.map((locale) => [locale, new Set<string>()]));

    generated.documents.forEach((doc, index) => {
      const where = doc.key;
      if (doc.status !== 'published') fail(where, `status ${doc.status}`);
      if (doc.publicationDate < FIRST_DAY || doc.publicationDate > LAST_DAY)
        fail(where, `publication date ${doc.publicationDate}`);
      if (doc.themes.length === 0) fail(where, 'no theme');
      for (const [field, keysOf] of Object.entries(taxonomies))
        for (const key of field === 'partners'
          ? Object.values(doc.partners).flat()
          : doc[field as Exclude<keyof typeof taxonomies, 'partners'>])
          if (!keysOf.has(key)) fail(where, `unknown ${field} ${key}`);
      if (!images.has(doc.coverImage)) fail(where, `unknown image ${doc.coverImage}`);
      // Whatever a document links to comes before it, so the loader can create it with its links.
      const earlier = (key: string, type?: string) => {
        const target = keys.get(key);
        if (!target || target.index >= index) fail(where, `links to ${key}, which does not come before it`);
        else if (type && target.doc.type !== type) fail(where, `links to ${key}, a ${target.doc.type}, not a ${type}`);
      };
      for (const key of doc.related ?? []) earlier(key);
      for (const key of doc.toolkit?.caseStudies ?? []) earlier(key, 'city-spotlight');
      if (doc.eventReport?.parentEvent) earlier(doc.eventReport.parentEvent, 'event-report');
      if (doc.type === 'city-spotlight' && !taxonomies.cities.has(doc.spotlight?.city ?? ''))
        fail(where, 'spotlight without a known city');
      if (doc.eventReport && doc.eventReport.startDate > doc.eventReport.endDate) fail(where, 'ends before it starts');

      for (const locale of LOCALES) {
        const fields = doc.locales[locale];
        if (!fields) continue;
        const here = `${where} (${locale})`;
        if (!fields.title || fields.title.length > 160) fail(here, `title "${fields.title}"`);
        if (titles[locale].has(fields.title)) fail(here, `title "${fields.title}" is used twice`);
        titles[locale].add(fields.title);
        if (!fields.summary || fields.summary.length > SUMMARY_MAX_LENGTH)
          fail(here, `summary of ${fields.summary.length} characters`);
        if (!fields.coverAlt) fail(here, 'no cover alt text');
        const parsed = blocksSchema.safeParse(fields.body);
        if (!parsed.success) fail(here, `body is not valid blocks: ${parsed.error.message}`);
        const types = blockTypes(fields.body as Blocks);
        for (const type of ['paragraph', 'h2', 'list', 'quote'])
          if (!types.includes(type)) fail(here, `body has no ${type}`);
        const practice = fields.spotlight?.practice ?? '';
        if (doc.type === 'city-spotlight' && (!practice || practice.length > 2000))
          fail(here, `practice of ${practice.length} characters`);
        if (fields.spotlight?.keyFigures.some((figure) => figure.value.length > 40)) fail(here, 'key figure too long');
        if (doc.type === 'toolkit' && (fields.toolkit?.modules.length ?? 0) < 3) fail(here, 'fewer than 3 modules');
        if (locale === 'ar' && !/[\u0600-\u06ff]/.test(fields.title)) fail(here, 'Arabic title without Arabic script');
      }
    });
    if (titles.en.size !== generated.documents.length) fail('corpus', 'not every document has an English title');
    return found;
  };

  it('is structurally valid, with titles unique per language', () => {
    expect(problems(corpus)).toEqual([]);
  });

  it('stays valid for a corpus large enough to exhaust title patterns', () => {
    expect(problems(generateSyntheticCorpus(2000))).toEqual([]);
  }, 20_000);

  it('has headings at two levels, links and event sessions somewhere in the corpus', () => {
    const bodies = corpus.documents.flatMap((doc) =>
      Object.values(doc.locales).map((fields) => JSON.stringify(fields.body)),
    );
    expect(bodies.some((body) => body.includes('"level":3'))).toBe(true);
    expect(bodies.filter((body) => body.includes('"type":"link"')).length).toBeGreaterThan(SIZE * 0.1);
    expect(corpus.documents.filter((doc) => doc.eventReport?.parentEvent).length).toBeGreaterThan(SIZE * 0.05);
    expect(corpus.cities.every((city) => /^[A-Z]{2}$/.test(city.countryCode))).toBe(true);
  });
});

describe('synthetic media', () => {
  it('are 50 distinct images, the same for any corpus size, drawn at cover size', async () => {
    expect(corpus.images).toHaveLength(IMAGE_COUNT);
    expect(generateSyntheticCorpus(3).images).toEqual(corpus.images);
    expect(new Set(corpus.images.map((image) => image.name)).size).toBe(IMAGE_COUNT);
    for (const image of corpus.images)
      for (const locale of LOCALES) expect(image.alt[locale].length).toBeGreaterThan(10);
    const drawn = await Promise.all(corpus.images.map(drawSyntheticImage));
    expect(new Set(drawn.map((buffer) => createHash('sha256').update(buffer).digest('hex'))).size).toBe(IMAGE_COUNT);
    const { width, height, format } = await sharp(drawn[0]).metadata();
    expect({ width, height, format }).toEqual({ ...COVER_SIZE, format: 'jpeg' });
  }, 60_000);

  it('include a small fixed set of PDFs with a few pages of text', () => {
    expect(corpus.pdfs.length).toBeGreaterThanOrEqual(3);
    expect(corpus.pdfs.length).toBeLessThanOrEqual(10);
    for (const pdf of corpus.pdfs) {
      expect(pdf.pages.length).toBeGreaterThanOrEqual(3);
      expect(pdf.pages.flat().join(' ').length).toBeGreaterThan(2000);
    }
    expect(generateSyntheticCorpus(5).pdfs).toEqual(corpus.pdfs);
  });
});
