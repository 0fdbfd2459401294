import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { citationOf, citeprocApa, cslRecord } from '../../site/src/citation/citation.js';
import { PUBLISHER_NAME } from '../../site/src/library/json-ld.js';
import type { LibraryDocument } from '../../site/src/library/library-types.js';
import { generateSyntheticCorpus } from '../../scripts/bench/synthetic-corpus.js';
import { sampleContent } from '../../scripts/seed/sample-content/index.js';

const documentTitled = (title: string, index: number): LibraryDocument =>
  ({
    type: (['guide', 'toolkit', 'city-spotlight', 'event-report'] as const)[index % 4],
    locale: 'en',
    digest: String(index),
    entry: {
      title,
      summary: 'A summary.',
      publicationDate: '2024-03-05',
      permanentId: `p${index}`,
      documentId: `d${index}`,
      slug: `doc-${index}`,
    },
  }) as unknown as LibraryDocument;

const titles = [
  ...sampleContent.documents.flatMap((doc) => Object.values(doc.locales).map((version) => version!.title)),
  ...generateSyntheticCorpus(200).documents.flatMap((doc) =>
    Object.values(doc.locales).map((version) => version!.title),
  ),
  // What citeproc rewrites: quotes, markup, a closing question mark or period, spacing.
  'Cities "that listen": a guide',
  "Mayors' guide to trust",
  'Is polarisation rising?',
  'A guide.',
  'Faith & the city',
  '<i>Italic</i> title',
  '<script>alert(1)</script>',
  'Title  with   spaces ',
  '2024 in review',
  'Deux villes : un réseau ; deux pays',
  'Deux villes: un réseau',
  'مدن قوية',
];

describe('APA references', () => {
  it('are the text citeproc-js writes, for every sample and synthetic title and for titles it rewrites', () => {
    titles.forEach((title, index) => {
      const doc = documentTitled(title, index);
      const url = `https://hub.example.org/guides/doc-${index}/`;
      expect(citationOf(doc, url, PUBLISHER_NAME).apa, title).toBe(
        citeprocApa(new Cite(cslRecord(doc, url, PUBLISHER_NAME))),
      );
    });
  });
});
