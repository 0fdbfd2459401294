/**
 * Loads a synthetic corpus through Strapi's Document Service, published, with the seed's own code
 * (scripts/seed/seed-hub.ts): taxonomies, uploads, field mapping and links between documents.
 * Faster than the seed: the generator orders documents so that whatever one links to comes
 * before it, so each is created and published in one call, with its links, in transactions of
 * `batchSize` documents. Like the seed, documents found by their English title are left as they are.
 */
import { performance } from 'node:perf_hooks';
import type { Core } from '@strapi/strapi';
import { type Locale, strapiUid } from '@resource-hub/content-types';
import { Seeder } from '../seed/seed-hub.js';
import type { SyntheticCorpus, SyntheticDocument } from './synthetic-corpus.js';
import { drawSyntheticImage } from './synthetic-images.js';

export interface LoadProgress {
  done: number;
  total: number;
  elapsedMs: number;
}

export interface LoadOptions {
  /** Called after each batch. */
  onProgress?: (progress: LoadProgress) => void;
  /** Documents per transaction (default 250). */
  batchSize?: number;
  log?: (line: string) => void;
}

export interface LoadReport {
  /** Documents created (already present ones are counted in `existing`). */
  created: number;
  existing: number;
  /** Language versions of the created documents. */
  entries: number;
  images: number;
  pdfs: number;
  taxonomiesMs: number;
  mediaMs: number;
  documentsMs: number;
}

class CorpusLoader extends Seeder {
  private readonly imageIds = new Map<string, number>();

  constructor(
    strapi: Core.Strapi,
    private readonly corpus: SyntheticCorpus,
    log: (line: string) => void,
  ) {
    super(strapi, corpus, log);
  }

  /** Uploads the shared covers and PDFs once, before any document uses them. */
  async media(): Promise<void> {
    for (const image of this.corpus.images)
      this.imageIds.set(
        image.key,
        await this.upload(image.name, () => drawSyntheticImage(image), 'image/jpeg', image.alt.en),
      );
    for (const pdf of this.corpus.pdfs) await this.attachmentFile(pdf);
    this.log(`media: ${this.corpus.images.length} images, ${this.corpus.pdfs.length} PDFs`);
  }

  /** Creates and publishes the document in all its languages; false when it already exists. */
  async document(doc: SyntheticDocument): Promise<boolean> {
    const byLocale = await this.documentData(doc, this.imageIds.get(doc.coverImage));
    for (const [locale, data] of Object.entries(byLocale)) Object.assign(data, this.links(doc, locale as Locale));
    return this.ensure(strapiUid(doc.type), `doc:${doc.key}`, 'title', byLocale, 'published').catch((error: Error) => {
      throw new Error(`Synthetic ${doc.type} "${doc.key}" was refused by the CMS: ${error.message}`);
    });
  }
}

export const loadSyntheticCorpus = async (
  strapi: Core.Strapi,
  corpus: SyntheticCorpus,
  options: LoadOptions = {},
): Promise<LoadReport> => {
  const { onProgress, batchSize = 250, log = () => {} } = options;
  const loader = new CorpusLoader(strapi, corpus, log);
  const timed = async (work: () => Promise<void>) => {
    const started = performance.now();
    await strapi.db.transaction(work);
    return performance.now() - started;
  };
  const report: LoadReport = {
    created: 0,
    existing: 0,
    entries: 0,
    images: corpus.images.length,
    pdfs: corpus.pdfs.length,
    taxonomiesMs: 0,
    mediaMs: 0,
    documentsMs: 0,
  };
  try {
    report.taxonomiesMs = await timed(() => loader.taxonomies());
    report.mediaMs = await timed(() => loader.media());
    const { documents } = corpus;
    for (let from = 0; from < documents.length; from += batchSize) {
      report.documentsMs += await timed(async () => {
        for (const doc of documents.slice(from, from + batchSize)) {
          if (await loader.document(doc)) {
            report.created += 1;
            report.entries += Object.keys(doc.locales).length;
          } else report.existing += 1;
        }
      });
      onProgress?.({
        done: Math.min(from + batchSize, documents.length),
        total: documents.length,
        elapsedMs: report.documentsMs,
      });
    }
  } finally {
    await loader.cleanUp();
  }
  return report;
};
