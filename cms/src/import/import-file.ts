/**
 * One file into one draft, for the command line (`npm run import`, through POST /api/import) and
 * the admin panel's Import page alike. Never publishes. The same file twice (same checksum)
 * changes nothing; a corrected file of the same name updates the draft it made, unless an editor
 * has saved that draft since.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { model } from '../generated-model';
import { extractDocument, type Extraction, ImportFileError } from './extract-document';
import { typeName } from './import-paths';
import { strapiBlocks } from './strapi-blocks';
import { suggestTerms, type Suggestion } from './suggest-terms';
import { suggestType } from './suggest-type';

export interface ImportRequest {
  /** Whether the one importing may make drafts of this type (the admin panel's editor); everyone when absent. */
  mayCreate?: (uid: string) => boolean;
  /** The file's name as the editor has it (no folders). */
  name: string;
  bytes: Uint8Array;
  /** A document type's name (guide, toolkit, city-spotlight, event-report); suggested when absent. */
  type?: string;
  /** A library language; detected when absent. */
  locale?: string;
}

export type ImportStatus = 'imported' | 'updated' | 'skipped' | 'failed';

export interface ImportOutcome {
  status: ImportStatus;
  file: string;
  /** What happened, in a sentence. */
  message: string;
  type?: string;
  documentId?: string;
  locale?: string;
  title?: string;
  /** The draft in the admin panel, from the CMS's root. */
  adminPath?: string;
  /** What the editor should check in the draft. */
  check: string[];
  /** Existing terms the text names, for the editor to accept. */
  suggestions: TermSuggestions;
}

export type TermSuggestions = Partial<Record<'cities' | 'themes' | 'regions' | 'partners', Suggestion[]>>;

/** The document field each taxonomy's suggestions go to. */
const SUGGESTED: [field: keyof TermSuggestions, uid: string][] = [
  ['cities', 'api::city.city'],
  ['themes', 'api::theme.theme'],
  ['regions', 'api::region.region'],
  ['partners', 'api::partner.partner'],
];

const DOCUMENT_TYPES = model.documentTypes.map(typeName);
const LOCALES = model.locales.map(({ code }) => code);

interface ImportedRow {
  documentId: string;
  locale: string;
  title?: string;
  publishedAt: string | null;
  updatedBy?: { id: number } | null;
}

/** A draft or published row some import made, of any type and language, by a field's value. */
const findImported = async (strapi: Core.Strapi, where: Record<string, string>) => {
  for (const uid of model.documentTypes) {
    const rows = (await strapi.db.query(uid as never).findMany({
      where,
      select: ['documentId', 'locale', 'title', 'publishedAt'],
      populate: { updatedBy: { select: ['id'] } },
    })) as ImportedRow[];
    if (rows.length > 0) return { uid, rows };
  }
  return undefined;
};

const adminPath = (uid: string, documentId: string, locale: string) =>
  `/admin/content-manager/collection-types/${uid}/${documentId}?plugins[i18n][locale]=${locale}`;

const suggestionsFor = async (strapi: Core.Strapi, text: string): Promise<TermSuggestions> => {
  const found: TermSuggestions = {};
  for (const [field, uid] of SUGGESTED) {
    const rows = (await strapi.db.query(uid as never).findMany({ select: ['documentId', 'name'] })) as {
      documentId: string;
      name: string;
    }[];
    const names = new Map<string, string[]>();
    for (const row of rows) names.set(row.documentId, [...(names.get(row.documentId) ?? []), row.name]);
    const terms = [...names].map(([documentId, all]) => ({ documentId, names: all }));
    const suggestions = suggestTerms(text, terms);
    if (suggestions.length > 0) found[field] = suggestions;
  }
  return found;
};

const LABELS: Record<keyof TermSuggestions, string> = {
  cities: 'Cities',
  themes: 'Themes',
  regions: 'Regions',
  partners: 'Partners',
};

/** The draft's "To check after import" field: what to check, then the terms to consider. */
const notesOf = (name: string, check: string[], suggestions: TermSuggestions): string =>
  [
    `Imported from ${name}. Check before publishing:`,
    ...check.map((line) => `- ${line}`),
    ...Object.entries(suggestions).map(
      ([field, list]) =>
        `- ${LABELS[field as keyof TermSuggestions]} the text names (add them under ${LABELS[field as keyof TermSuggestions]} if the document is about them): ${list.map((term) => term.name).join(', ')}.`,
    ),
  ].join('\n');

const titleLimit = (strapi: Core.Strapi, uid: string) =>
  (strapi.contentType(uid as never).attributes.title as { maxLength?: number }).maxLength ?? 160;

const summaryLimit = (strapi: Core.Strapi, uid: string) =>
  (strapi.contentType(uid as never).attributes.summary as { maxLength?: number }).maxLength ?? 300;

/** A file into the media library, through the upload service and so its checks; its id. */
const upload = async (strapi: Core.Strapi, name: string, bytes: Uint8Array, mimetype: string): Promise<number> => {
  const folder = await mkdtemp(path.join(tmpdir(), 'hub-import-'));
  try {
    const filepath = path.join(folder, name);
    await writeFile(filepath, bytes);
    const [file] = (await strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name } },
        files: { filepath, originalFilename: name, mimetype, size: bytes.length },
      })) as { id: number }[];
    return file!.id;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
};

interface DraftMedia {
  attachments?: { file?: { id: number } | null }[];
  cover?: { image?: { id: number } | null } | null;
}

/** The files an earlier import stored for a draft: its PDF and cover. */
const mediaOf = async (strapi: Core.Strapi, uid: string, documentId: string, locale: string): Promise<number[]> => {
  const draft = (await strapi.db.query(uid as never).findOne({
    where: { documentId, locale, publishedAt: null },
    populate: { attachments: { populate: { file: true } }, cover: { populate: { image: true } } },
  })) as DraftMedia | null;
  return [...(draft?.attachments ?? []).map((each) => each.file?.id), draft?.cover?.image?.id].filter(
    (id): id is number => id !== undefined,
  );
};

const removeUploads = async (strapi: Core.Strapi, ids: number[]) => {
  const uploads = strapi.plugin('upload').service('upload');
  for (const id of ids) {
    const stored = await uploads.findOne(id);
    if (stored) await uploads.remove(stored).catch(() => undefined);
  }
};

/**
 * The original PDF attached and its first page as the cover, or nothing for other files; both
 * named by the draft's title, which fits their fields as the file's own title may not.
 */
const pdfMedia = async (
  strapi: Core.Strapi,
  request: ImportRequest,
  extraction: Extraction,
  { locale, title }: { locale: string; title: string },
) => {
  const uploaded: number[] = [];
  const data: Record<string, unknown> = {};
  try {
    if (extraction.kind !== 'pdf') return { uploaded, data };
    const original = await upload(strapi, request.name, request.bytes, 'application/pdf');
    uploaded.push(original);
    data.attachments = [{ file: original, title, language: locale }];
    if (extraction.cover) {
      const cover = await upload(strapi, `${path.parse(request.name).name}-cover.webp`, extraction.cover, 'image/webp');
      uploaded.push(cover);
      data.cover = { image: cover, alt: `The first page of ${title}` };
    }
    return { uploaded, data };
  } catch (error) {
    await removeUploads(strapi, uploaded);
    throw error;
  }
};

/** A file left alone: the draft an earlier import made of it, and why. */
const leftAlone = (file: string, { uid, rows: [row] }: { uid: string; rows: ImportedRow[] }, message: string) => ({
  status: 'skipped' as const,
  file,
  message,
  type: typeName(uid),
  documentId: row!.documentId,
  locale: row!.locale,
  title: row!.title,
  adminPath: adminPath(uid, row!.documentId, row!.locale),
  check: [],
  suggestions: {},
});

const failed = (file: string, message: string): ImportOutcome => ({
  status: 'failed',
  file,
  message,
  check: [],
  suggestions: {},
});

const checkRequest = (request: ImportRequest) => {
  if (request.type !== undefined && !DOCUMENT_TYPES.includes(request.type))
    throw new ImportFileError(
      `The type "${request.type}" is not a document type of the library: use one of ${DOCUMENT_TYPES.join(', ')}.`,
    );
  if (request.locale !== undefined && !LOCALES.includes(request.locale))
    throw new ImportFileError(
      `The language "${request.locale}" is not one the library publishes in: use one of ${LOCALES.join(', ')}.`,
    );
};

export const importFile = async (strapi: Core.Strapi, request: ImportRequest): Promise<ImportOutcome> => {
  const file = request.name;
  try {
    checkRequest(request);
    const checksum = createHash('sha256').update(request.bytes).digest('hex');
    const same = await findImported(strapi, { importChecksum: checksum });
    if (same) {
      const [row] = same.rows;
      return leftAlone(
        file,
        same,
        `already imported: ${typeName(same.uid)} “${row!.title ?? ''}” (${row!.locale}); nothing changed.`,
      );
    }
    const earlier = await findImported(strapi, { importedFile: file });
    if (earlier?.rows.some((each) => each.publishedAt !== null || each.updatedBy))
      return leftAlone(
        file,
        earlier,
        `a changed ${file} was not imported: the draft made from it before (“${earlier.rows[0]!.title ?? ''}”) has been edited or published since, and is left as it is. Rename the file to import it as a new draft.`,
      );

    const uid = earlier?.uid;
    const extraction = await extractDocument(file, request.bytes, summaryLimit(strapi, uid ?? model.documentTypes[0]!));
    const type = uid ? typeName(uid) : (request.type ?? suggestType(extraction.title, extraction.text));
    const typeUid = uid ?? model.documentTypes.find((each) => typeName(each) === type)!;
    if (request.mayCreate && !request.mayCreate(typeUid))
      throw new ImportFileError(
        `You may not create ${model.displayNames[typeUid as keyof typeof model.displayNames] ?? type} drafts: choose another type, or ask an administrator for the permission.`,
      );
    const locale = earlier?.rows[0]!.locale ?? request.locale ?? extraction.locale ?? model.defaultLocale;
    const check = [...extraction.warnings];
    if (!request.type && !uid) check.unshift(`The type was suggested (${type}): change it if it is wrong.`);
    const suggestions = await suggestionsFor(strapi, extraction.text);
    const title = (extraction.title ?? path.parse(file).name).slice(0, titleLimit(strapi, typeUid));
    const data: Record<string, unknown> = {
      title,
      summary: extraction.summary ?? null,
      publicationDate: extraction.publicationDate ?? null,
      body: strapiBlocks(extraction.blocks),
      importedFile: file,
      importedOn: new Date().toISOString().slice(0, 10),
      importChecksum: checksum,
      importNotes: notesOf(file, check, suggestions),
    };
    const documents = strapi.documents(typeUid as never);
    const replaced = earlier ? await mediaOf(strapi, typeUid, earlier.rows[0]!.documentId, locale) : [];
    const media = await pdfMedia(strapi, request, extraction, { locale, title });
    Object.assign(data, media.data);
    let saved: { documentId: string };
    try {
      saved = (
        earlier
          ? await documents.update({ documentId: earlier.rows[0]!.documentId, locale, data: data as never })
          : await documents.create({ locale, data: data as never })
      ) as { documentId: string };
    } catch (error) {
      // Refused whole: the files stored for a draft that was not saved go too.
      await removeUploads(strapi, media.uploaded);
      throw error;
    }
    // The corrected file's PDF and cover took the place of the earlier ones, which nothing uses now.
    await removeUploads(strapi, replaced);
    return {
      status: earlier ? 'updated' : 'imported',
      file,
      message: `${earlier ? 'updated the draft' : 'a new draft'}: ${type} “${title}” (${locale})`,
      type,
      documentId: saved.documentId,
      locale,
      title,
      adminPath: adminPath(typeUid, saved.documentId, locale),
      check,
      suggestions,
    };
  } catch (error) {
    if (error instanceof ImportFileError) return failed(file, error.message);
    // The upload checks' refusal (too large, not what it claims to be) names the file and the fix.
    if (error instanceof errors.ValidationError) return failed(file, error.message);
    const reason = error instanceof Error ? error.message : String(error);
    strapi.log.error(`import of ${file} failed: ${reason}`);
    return failed(file, `could not be imported: ${reason}`);
  }
};
