/**
 * Loads the sample content through Strapi's Document Service, inside one transaction: a failure
 * leaves the database as it was. Entries are found by their English title (or name); what exists
 * is left untouched, so a second run changes nothing and editors' changes survive.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { STANDARD_AUDIENCES } from '@resource-hub/cms/audiences/standard-audiences';
import { LOCALES, type Locale, RELATED_FIELD_BY_TYPE, settings, strapiUid } from '@resource-hub/content-types';
import { DOCUMENT_TYPES } from '@resource-hub/site/library/document-types';
import { drawCover, drawPlaceholderLogo, writePdf } from './assets.js';
import { toBlocks } from './body-lines.js';
import type { AttachmentSeed, DocSeed, LocalizedDocSeed, SampleContent, Translated } from './sample-content/types.js';

export interface SeedAccount {
  email: string;
  password: string;
}

export interface SeedOptions {
  editor?: SeedAccount;
  log?: (line: string) => void;
}

export interface SeedReport {
  created: number;
  existing: number;
}

type Data = Record<string, unknown>;
const nameIn = <T>(value: Translated<T>, locale: Locale): T => value[locale] ?? value.en;
const set = (documentIds: (string | undefined)[]) => ({
  set: documentIds.filter(Boolean).map((documentId) => ({ documentId })),
});

/** Exported so bulk loaders (scripts/bench) can reuse its uploads, field mapping and relations. */
export class Seeder {
  readonly report: SeedReport = { created: 0, existing: 0 };
  private readonly ids = new Map<string, string>();
  private tmp?: string;

  constructor(
    protected readonly strapi: Core.Strapi,
    protected readonly content: SampleContent,
    protected readonly log: (line: string) => void,
  ) {}

  private documents(uid: string) {
    return this.strapi.documents(uid as never);
  }

  /** The documentId of a seed entry, created in every locale it has when missing. */
  protected async ensure(
    uid: string,
    key: string,
    field: string,
    byLocale: Partial<Record<Locale, Data>>,
    status: 'draft' | 'published' = 'draft',
  ): Promise<boolean> {
    const english = byLocale.en!;
    const found = await this.documents(uid).findFirst({
      locale: 'en',
      status: 'draft',
      filters: { [field]: english[field] },
    } as never);
    if (found) {
      this.ids.set(key, found.documentId);
      this.report.existing += 1;
      return false;
    }
    const created = await this.documents(uid).create({ locale: 'en', status, data: english } as never);
    this.ids.set(key, created.documentId);
    for (const locale of LOCALES.filter((code) => code !== 'en' && byLocale[code])) {
      await this.documents(uid).update({
        documentId: created.documentId,
        locale,
        status,
        data: byLocale[locale],
      } as never);
    }
    this.report.created += 1;
    return true;
  }

  private id(key: string): string {
    const id = this.ids.get(key);
    if (!id) throw new Error(`Sample content refers to "${key}", which is not defined in scripts/seed/sample-content.`);
    return id;
  }

  /** Uploads a file once: the content is only made when no file of that name exists yet. */
  protected async upload(
    name: string,
    make: () => Promise<Buffer>,
    mime: string,
    alternativeText?: string,
  ): Promise<number> {
    const existing = await this.strapi.db.query('plugin::upload.file').findOne({ where: { name } });
    if (existing) return existing.id as number;
    const buffer = await make();
    this.tmp ??= await mkdtemp(path.join(tmpdir(), 'hub-seed-'));
    const filepath = path.join(this.tmp, name);
    await writeFile(filepath, buffer);
    const [file] = await this.strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name, alternativeText } },
        files: { filepath, originalFilename: name, mimetype: mime, size: buffer.length },
      });
    return file.id as number;
  }

  async taxonomies(): Promise<void> {
    const { themes, regions, cities, partners, hubs } = this.content;
    const everyLocale = (make: (locale: Locale) => Data) =>
      Object.fromEntries(LOCALES.map((locale) => [locale, make(locale)]));
    for (const theme of themes)
      await this.ensure(
        strapiUid('theme'),
        `theme:${theme.key}`,
        'name',
        everyLocale((l) => ({
          name: nameIn(theme.name, l),
          description: nameIn(theme.description, l),
          thematicArea: theme.thematicArea ?? false,
        })),
      );
    for (const audience of STANDARD_AUDIENCES)
      await this.ensure(
        strapiUid('audience'),
        `audience:${audience.key}`,
        'name',
        everyLocale((l) => ({ name: nameIn(audience.name, l) })),
      );
    for (const region of regions)
      await this.ensure(
        strapiUid('region'),
        `region:${region.key}`,
        'name',
        everyLocale((l) => ({ name: nameIn(region.name, l) })),
      );
    for (const city of cities)
      await this.ensure(
        strapiUid('city'),
        `city:${city.key}`,
        'name',
        everyLocale((l) => ({
          name: nameIn(city.name, l),
          country: nameIn(city.country, l),
          countryCode: city.countryCode,
          latitude: city.latitude,
          longitude: city.longitude,
          region: set([this.id(`region:${city.region}`)]),
        })),
      );
    for (const partner of partners) {
      const logo =
        partner.logoHue === undefined
          ? null
          : await this.upload(
              `partner-logo-${partner.key}.png`,
              () => drawPlaceholderLogo(partner.logoHue!),
              'image/png',
              `Placeholder logo for ${partner.name.en} (sample)`,
            );
      await this.ensure(
        strapiUid('partner'),
        `partner:${partner.key}`,
        'name',
        everyLocale((l) => ({
          name: nameIn(partner.name, l),
          website: partner.website ?? null,
          logo,
          acknowledgement: partner.acknowledgement ? nameIn(partner.acknowledgement, l) : null,
        })),
      );
    }
    for (const hub of hubs)
      await this.ensure(
        strapiUid('hub'),
        `hub:${hub.key}`,
        'name',
        everyLocale((l) => ({
          name: nameIn(hub.name, l),
          description: nameIn(hub.description, l),
          region: set([this.id(`region:${hub.region}`)]),
          contactName: hub.contact.name,
          contactRole: nameIn(hub.contact.role, l),
          contactEmail: hub.contact.email,
        })),
      );
    this.log(
      `taxonomies: ${themes.length} themes, ${STANDARD_AUDIENCES.length} audiences, ${regions.length} regions, ${cities.length} cities, ${partners.length} partners, ${hubs.length} hubs`,
    );
  }

  protected attachmentFile(attachment: AttachmentSeed): Promise<number> {
    return this.upload(
      `${attachment.key}.pdf`,
      () => writePdf(attachment.title, attachment.pages, attachment.language),
      'application/pdf',
    );
  }

  protected localized(doc: DocSeed, fields: LocalizedDocSeed, coverId?: number): Data {
    const data: Data = {
      title: fields.title,
      summary: fields.summary,
      body: toBlocks(fields.body),
      cover: coverId ? { image: coverId, alt: fields.coverAlt ?? fields.title } : null,
      themes: set(doc.themes.map((key) => this.id(`theme:${key}`))),
      audiences: set(doc.audiences.map((key) => this.id(`audience:${key}`))),
      regions: set(doc.regions.map((key) => this.id(`region:${key}`))),
      cities: set(doc.cities.map((key) => this.id(`city:${key}`))),
      partnerRoles: Object.entries(doc.partners).flatMap(([role, keys]) =>
        keys.map((key) => ({ partner: this.id(`partner:${key}`), role })),
      ),
    };
    if (fields.toolkit) data.modules = fields.toolkit.modules;
    if (fields.spotlight) {
      data.leader = fields.spotlight.leader ?? null;
      data.practice = fields.spotlight.practice;
      data.keyFigures = fields.spotlight.keyFigures;
      data.outcomes = fields.spotlight.outcomes.map((text) => ({ text }));
    }
    if (fields.eventReport) {
      data.participantFigures = fields.eventReport.participantFigures;
      data.outcomes = fields.eventReport.outcomes.map((text) => ({ text }));
    }
    return data;
  }

  protected async shared(doc: DocSeed): Promise<Data> {
    const data: Data = { publicationDate: doc.publicationDate, sample: doc.sample ?? false };
    if (doc.attachments)
      data.attachments = await Promise.all(
        doc.attachments.map(async (attachment) => ({
          file: await this.attachmentFile(attachment),
          title: attachment.title,
          language: attachment.language,
        })),
      );
    if (doc.guide) data.edition = doc.guide.edition;
    if (doc.spotlight) data.city = set([this.id(`city:${doc.spotlight.city}`)]);
    if (doc.eventReport) {
      data.startDate = doc.eventReport.startDate;
      data.endDate = doc.eventReport.endDate;
      data.venueCity = doc.eventReport.venueCity ? set([this.id(`city:${doc.eventReport.venueCity}`)]) : null;
      data.hub = doc.eventReport.hub ? set([this.id(`hub:${doc.eventReport.hub}`)]) : null;
    }
    return data;
  }

  /** Links between documents, per locale, to the documents that exist in that locale. */
  protected links(doc: DocSeed, locale: Locale): Data {
    const inLocale = (key: string) =>
      this.content.documents.find((other) => other.key === key)?.locales[locale] !== undefined;
    const byType = new Map<string, string[]>();
    for (const key of doc.related ?? []) {
      const target = this.content.documents.find((other) => other.key === key);
      if (!target)
        throw new Error(`Document "${doc.key}" lists "${key}" as related, which is not defined in the sample content.`);
      if (!inLocale(key)) continue;
      const field = RELATED_FIELD_BY_TYPE[target.type];
      byType.set(field, [...(byType.get(field) ?? []), this.id(`doc:${key}`)]);
    }
    const data: Data = Object.fromEntries([...byType].map(([field, ids]) => [field, set(ids)]));
    if (doc.toolkit)
      data.caseStudies = set(doc.toolkit.caseStudies.filter(inLocale).map((key) => this.id(`doc:${key}`)));
    const parent = doc.eventReport?.parentEvent;
    if (parent && inLocale(parent)) data.parentEvent = set([this.id(`doc:${parent}`)]);
    return data;
  }

  /** The data of each language of a document, without its links to other documents. */
  protected async documentData(doc: DocSeed, coverId?: number): Promise<Partial<Record<Locale, Data>>> {
    const shared = await this.shared(doc);
    return Object.fromEntries(
      Object.entries(doc.locales).map(([locale, fields]) => [
        locale,
        { ...this.localized(doc, fields!, coverId), ...shared },
      ]),
    );
  }

  async documentsAndLinks(): Promise<void> {
    const { documents } = this.content;
    const created: DocSeed[] = [];
    for (const [index, doc] of documents.entries()) {
      const uid = strapiUid(doc.type);
      const { cover } = doc;
      const coverId = cover
        ? await this.upload(`cover-${doc.key}.jpg`, () => drawCover(cover.hue), 'image/jpeg')
        : undefined;
      const byLocale = await this.documentData(doc, coverId);
      const isNew = await this.ensure(uid, `doc:${doc.key}`, 'title', byLocale).catch((error: Error) => {
        throw new Error(
          `${doc.type} "${doc.key}" (scripts/seed/sample-content) was refused by the CMS: ${error.message}`,
        );
      });
      if (isNew) created.push(doc);
      this.log(
        `[${index + 1}/${documents.length}] ${isNew ? 'created' : 'exists '} ${doc.type} "${doc.locales.en.title}"`,
      );
    }
    for (const doc of created) {
      for (const locale of Object.keys(doc.locales) as Locale[]) {
        const links = this.links(doc, locale);
        if (Object.keys(links).length > 0)
          await this.documents(strapiUid(doc.type)).update({
            documentId: this.id(`doc:${doc.key}`),
            locale,
            status: 'draft',
            data: links,
          } as never);
      }
    }
    // Publishing copies relations only to targets already published, so everything is
    // published once, then documents that link to others are published again.
    const toPublish = created.filter((doc) => doc.status === 'published');
    for (const round of [toPublish, toPublish.filter((doc) => Object.keys(this.links(doc, 'en')).length > 0)])
      for (const doc of round)
        await this.documents(strapiUid(doc.type)).publish({
          documentId: this.id(`doc:${doc.key}`),
          locale: '*',
        } as never);
    this.log(
      `documents: ${created.length} created (${toPublish.length} published), ${documents.length - created.length} already there`,
    );
  }

  /** The home page settings, published in each language they have, unless editors made them already. */
  async homePage(): Promise<void> {
    const seed = this.content.homePage;
    if (!seed) return;
    const [model] = settings;
    const uid = strapiUid(model!.name);
    if (await this.documents(uid).findFirst({ locale: 'en', status: 'draft' } as never)) {
      this.report.existing += 1;
      return;
    }
    // Each featured document goes in the settings' field for its type (featuredGuides…, as the site reads it),
    // in the languages it exists in: a relation links versions of the same language.
    const featuredIn = (locale: Locale) => {
      const fields: Record<string, string[]> = {};
      for (const key of seed.featured) {
        const doc = this.content.documents.find((candidate) => candidate.key === key);
        const field = DOCUMENT_TYPES.find((info) => info.name === doc?.type)?.featuredField;
        if (!doc || !field) throw new Error(`The sample home page features "${key}", which is no sample document.`);
        if (doc.locales[locale]) (fields[field] ??= []).push(this.id(`doc:${key}`));
      }
      return Object.fromEntries(Object.entries(fields).map(([field, ids]) => [field, set(ids)]));
    };
    const { documentId } = await this.documents(uid).create({
      locale: 'en',
      data: { ...seed.locales.en, ...featuredIn('en') },
    } as never);
    for (const locale of LOCALES.filter((code) => code !== 'en' && seed.locales[code]))
      await this.documents(uid).update({
        documentId,
        locale,
        data: { ...seed.locales[locale], ...featuredIn(locale) },
      } as never);
    await this.documents(uid).publish({ documentId, locale: '*' } as never);
    this.report.created += 1;
    this.log(`home page: featuring ${seed.featured.length} documents`);
  }

  async editorAccount(account: SeedAccount): Promise<void> {
    const users = this.strapi.db.query('admin::user');
    if (await users.findOne({ where: { email: account.email } })) return;
    const role = await this.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
    if (!role) throw new Error("Strapi's Editor role is missing: start the CMS once so it creates its default roles.");
    await this.strapi.service('admin::user').create({
      email: account.email,
      password: account.password,
      firstname: 'Hub',
      lastname: 'Editor',
      isActive: true,
      roles: [role.id],
      registrationToken: null,
    });
    this.log(`editor account: ${account.email} (Editor role)`);
  }

  async cleanUp(): Promise<void> {
    if (this.tmp) await rm(this.tmp, { recursive: true, force: true });
  }
}

export const seedHub = async (
  strapi: Core.Strapi,
  content: SampleContent,
  options: SeedOptions = {},
): Promise<SeedReport> => {
  const seeder = new Seeder(strapi, content, options.log ?? (() => {}));
  try {
    await strapi.db.transaction(async () => {
      await seeder.taxonomies();
      await seeder.documentsAndLinks();
      await seeder.homePage();
    });
    // Outside the transaction: Strapi's user-created event queries the database after it commits.
    if (options.editor) await seeder.editorAccount(options.editor);
  } finally {
    await seeder.cleanUp();
  }
  return seeder.report;
};
