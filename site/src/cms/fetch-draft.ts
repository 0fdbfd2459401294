/**
 * One draft, for a preview only: read with the publisher's draft-reading token (never the build
 * token, which the site build uses and which is never sent with status=draft) and validated like
 * published entries, so a draft that could not be published says what to fix.
 */
import {
  ContentValidationError,
  type ContentTypeName,
  type ContentTypes,
  type Locale,
  findContentType,
  populateFor,
  strapiQuery,
  validateEntry,
} from '@resource-hub/content-types';
import { CmsFetchError, getPage, type CmsSource } from './fetch-published.js';

export const fetchDraft = async <K extends ContentTypeName>(
  source: CmsSource,
  typeName: K,
  { documentId, locale }: { documentId: string; locale: Locale },
): Promise<ContentTypes[K]> => {
  const plural = findContentType(typeName).pluralName;
  const query = strapiQuery({
    locale,
    status: 'draft',
    filters: { documentId: { $eq: documentId } },
    populate: populateFor(typeName),
    pagination: { page: 1, pageSize: 1 },
  });
  const { data } = await getPage(source, `${source.url}/api/${plural}?${query}`);
  if (data.length === 0)
    throw new CmsFetchError(
      `there is no ${typeName} ${documentId} in "${locale}" to preview: it may have been deleted, or not written in that language yet.`,
    );
  try {
    // Shown as it would be once published: validated as a published entry is.
    return validateEntry(typeName, { ...(data[0] as object), publishedAt: new Date().toISOString() });
  } catch (error) {
    if (error instanceof ContentValidationError) throw new CmsFetchError(error.message);
    throw error;
  }
};
