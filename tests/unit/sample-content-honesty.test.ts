/**
 * The sample library is built from the network's own documents (tests/fixtures/seeds/, copies of
 * shared/seeds/). Where a sample document goes beyond them it must say so (`sample`, shown on its
 * page and cards): no words put in a person's mouth and no chapters presented as a real
 * publication's unless the seeds hold them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleContent } from '../../scripts/seed/sample-content/index.js';

const SEEDS = path.join(import.meta.dirname, '../fixtures/seeds');
const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[*_#>[\]()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const seeds = normalise(
  readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(path.join(SEEDS, name), 'utf8'))
    .join('\n'),
);
const inSeeds = (text: string) => seeds.includes(normalise(text));

const unmarked = sampleContent.documents.filter((doc) => !doc.sample);
const versions = (doc: (typeof sampleContent.documents)[number]) =>
  Object.entries(doc.locales).map(([locale, fields]) => ({ locale, fields: fields! }));

describe('sample content keeps to what the network published, or says it does not', () => {
  it('marks some documents as sample and leaves others unmarked (the check below is not vacuous)', () => {
    expect(unmarked.length).toBeGreaterThan(3);
    expect(sampleContent.documents.length - unmarked.length).toBeGreaterThan(3);
  });

  it('quotes a person only in words the seeds hold, unless the document is marked sample', () => {
    const invented = unmarked.flatMap((doc) =>
      versions(doc).flatMap(({ locale, fields }) => {
        const quotes = [
          fields.spotlight?.leader?.quote,
          ...(Array.isArray(fields.body) ? fields.body : [])
            .filter((line): line is string => typeof line === 'string' && line.startsWith('> '))
            .map((line) => line.slice(2)),
        ].filter((quote): quote is string => Boolean(quote));
        // Only English can be found verbatim; a translated quote is a translation of one found.
        return quotes
          .filter((quote) => locale !== 'en' || !inSeeds(quote))
          .map((quote) => `${doc.key} (${locale}): ${quote}`);
      }),
    );
    expect(invented).toEqual([]);
  });

  it('gives a guide or toolkit chapters, modules or PDF pages only from the seeds, unless marked sample', () => {
    const publications = unmarked.filter((doc) => doc.type === 'guide' || doc.type === 'toolkit');
    const invented = publications.flatMap((doc) =>
      [
        ...versions(doc).flatMap(({ fields }) => [
          ...(Array.isArray(fields.body) ? fields.body : [])
            .filter((line): line is string => typeof line === 'string' && line.startsWith('## '))
            .map((line) => line.slice(3)),
          ...(fields.toolkit?.modules ?? []).map((module) => module.title),
        ]),
        ...(doc.attachments ?? []).flatMap((attachment) => attachment.pages.flat()),
      ]
        .filter((text) => !inSeeds(text))
        .map((text) => `${doc.key}: ${text}`),
    );
    expect(invented).toEqual([]);
  });
});
