/**
 * Reads published entries from Strapi's REST API for the site build, page by page. Strapi
 * loaders are known to stop silently at 25 or 100 items; here the count fetched must equal
 * `meta.pagination.total` or the build fails. Every entry is validated with the generated
 * validators, and all problems are reported at once so an editor can fix them in one go.
 * Only published content is ever asked for (no `status` parameter; the CMS refuses drafts anyway).
 */
import {
  ContentValidationError,
  type ContentTypeName,
  type ContentTypes,
  type Locale,
  LOCALES,
  findContentType,
  populateFor,
  strapiQuery,
  validateEntry,
} from '@resource-hub/content-types';
import pLimit from 'p-limit';
import { UnreachableError, readFromCms } from './read-from-cms.js';

export interface CmsSource {
  /** Origin of the CMS, e.g. http://127.0.0.1:1337 */
  url: string;
  /** The read-only build token (`npm run create-build-token`). */
  token: string;
  fetch?: typeof fetch;
}

export class CmsFetchError extends Error {
  constructor(
    message: string,
    /** CMS_UNREACHABLE when no connection could be made: the publisher retries such a build (scripts/publish/retryable-failures.ts). */
    readonly code?: 'CMS_UNREACHABLE',
  ) {
    super(message);
    this.name = 'CmsFetchError';
  }
}

interface Page {
  data: unknown[];
  meta: { pagination: { page: number; pageCount: number; total: number } };
}

const explainStatus = (status: number, url: string, body: string): string => {
  if (status === 401 || status === 403)
    return `the CMS refused the build token (HTTP ${status}) for ${url}: make a new one with \`npm run create-build-token\` and build again.`;
  return `the CMS answered HTTP ${status} for ${url}: ${body.slice(0, 300)}`;
};

// Requests to the CMS in flight at once, across every type and language the build syncs
// together. Strapi answers from one database (SQLite: one connection), so more only queue there;
// at 10,000 documents the build had some 800 pages in flight at once.
const inFlight = pLimit(8);

const fetchWithRetries = async (source: CmsSource, url: string): Promise<Response> => {
  try {
    return await readFromCms(url, { headers: { Authorization: `Bearer ${source.token}` } }, source.fetch);
  } catch (error) {
    if (!(error instanceof UnreachableError)) throw error;
    throw new CmsFetchError(
      `cannot reach the CMS at ${source.url} (${error.message}): is it running? Start it with \`npm start\`.`,
      'CMS_UNREACHABLE',
    );
  }
};

export const getPage = (source: CmsSource, url: string): Promise<Page> =>
  inFlight(async () => {
    const response = await fetchWithRetries(source, url);
    const body = await response.text();
    if (!response.ok) throw new CmsFetchError(explainStatus(response.status, url, body));
    return JSON.parse(body) as Page;
  });

/** Every page of a query, with the count checked against what the CMS reports. After the first page the rest are queued at once. */
const fetchAll = async (
  source: CmsSource,
  plural: string,
  what: string,
  query: (page: number) => string,
): Promise<unknown[]> => {
  const pageUrl = (page: number) => `${source.url}/api/${plural}?${query(page)}`;
  const first = await getPage(source, pageUrl(1));
  const { pageCount, total } = first.meta.pagination;
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, pageCount - 1) }, (_, index) => getPage(source, pageUrl(index + 2))),
  );
  const raw = [first, ...rest].flatMap((page) => page.data);
  if (raw.length !== total)
    throw new CmsFetchError(
      `fetched ${raw.length} ${what} but the CMS reports ${total}: the library would be cut short. Check the CMS's api.rest.maxLimit and any proxy between the build and the CMS.`,
    );
  return raw;
};

/**
 * A setting's one entry in a language (a Strapi single type, /api/{name}), or undefined while
 * nothing is published in it: Strapi answers 404 then.
 */
const getSetting = (
  source: CmsSource,
  name: string,
  locale: Locale,
  query: Record<string, unknown>,
): Promise<{ documentId: string; locale: string } | undefined> =>
  inFlight(async () => {
    const url = `${source.url}/api/${name}?${strapiQuery({ locale, ...query })}`;
    const response = await fetchWithRetries(source, url);
    const body = await response.text();
    if (response.status === 404) return undefined;
    if (!response.ok) throw new CmsFetchError(explainStatus(response.status, url, body));
    const entry = (JSON.parse(body) as { data?: { documentId: string; locale: string } | null }).data;
    // Another language's entry in its place is not this language's.
    return entry?.locale === locale ? entry : undefined;
  });

const isSetting = (typeName: ContentTypeName) => findContentType(typeName).kind === 'setting';

/** Document ids per request when fetching by id: keeps the URL well under common limits. */
const IDS_PER_REQUEST = 40;

/**
 * Published entries of a type in one language, validated. With `documentIds`, only those
 * documents (the changes an incremental sync asks for); otherwise all of them.
 */
export const fetchPublished = async <K extends ContentTypeName>(
  source: CmsSource,
  typeName: K,
  { locale, documentIds, pageSize = 100 }: { locale: Locale; documentIds?: string[]; pageSize?: number },
): Promise<ContentTypes[K][]> => {
  if (isSetting(typeName)) {
    const entry = await getSetting(source, typeName, locale, { populate: populateFor(typeName) });
    const wanted = entry && (!documentIds || documentIds.includes(entry.documentId));
    return wanted ? validateAll(typeName, `${typeName} (${locale})`, [entry]) : [];
  }
  const plural = findContentType(typeName).pluralName;
  const batches = documentIds
    ? Array.from({ length: Math.ceil(documentIds.length / IDS_PER_REQUEST) }, (_, i) =>
        documentIds.slice(i * IDS_PER_REQUEST, (i + 1) * IDS_PER_REQUEST),
      )
    : [undefined];
  const raw: unknown[] = [];
  for (const ids of batches)
    raw.push(
      ...(await fetchAll(source, plural, `${plural} (${locale})`, (page) =>
        strapiQuery({
          locale,
          populate: populateFor(typeName),
          ...(ids ? { filters: { documentId: { $in: ids } } } : {}),
          pagination: { page, pageSize },
        }),
      )),
    );
  return validateAll(typeName, `${plural} (${locale})`, raw);
};

/** Every entry validated, all problems reported at once so an editor can fix them in one go. */
const validateAll = <K extends ContentTypeName>(typeName: K, what: string, raw: unknown[]): ContentTypes[K][] => {
  const problems: ContentValidationError[] = [];
  const entries: ContentTypes[K][] = [];
  for (const entry of raw) {
    try {
      entries.push(validateEntry(typeName, entry));
    } catch (error) {
      if (!(error instanceof ContentValidationError)) throw error;
      problems.push(error);
    }
  }
  if (problems.length > 0)
    throw new CmsFetchError(
      `${problems.length} published ${what} cannot go into the library; nothing was built:\n${problems.map((p) => p.message).join('\n')}`,
    );
  return entries;
};

/** Every entry of a record type (one without languages or drafts, which the CMS writes itself), validated. */
export const fetchRecords = async <K extends ContentTypeName>(
  source: CmsSource,
  typeName: K,
): Promise<ContentTypes[K][]> => {
  const plural = findContentType(typeName).pluralName;
  const raw = await fetchAll(source, plural, plural, (page) => strapiQuery({ pagination: { page, pageSize: 100 } }));
  return raw.map((entry) => validateEntry(typeName, entry));
};

export interface PublishedVersion {
  documentId: string;
  locale: Locale;
  updatedAt: string;
}

/**
 * What is published of a type, in every hub language, without the content: one light listing
 * that tells an incremental sync which entries are new, changed (Strapi writes a new published
 * row, with a new updatedAt, on every publish) or gone.
 */
export const listPublishedVersions = async (
  source: CmsSource,
  typeName: ContentTypeName,
): Promise<PublishedVersion[]> => {
  if (isSetting(typeName)) {
    const found = await Promise.all(
      LOCALES.map((locale) => getSetting(source, typeName, locale, { fields: ['locale', 'updatedAt'] })),
    );
    return found.filter((version) => version !== undefined) as PublishedVersion[];
  }
  const plural = findContentType(typeName).pluralName;
  const raw = (await fetchAll(source, plural, `${plural} (all languages)`, (page) =>
    strapiQuery({ locale: '*', fields: ['locale', 'updatedAt'], pagination: { page, pageSize: 100 } }),
  )) as PublishedVersion[];
  return raw.filter((version) => (LOCALES as readonly string[]).includes(version.locale));
};
