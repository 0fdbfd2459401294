/**
 * Draft previews (scripts/publish/preview.ts): the publisher builds one page with a draft laid
 * over the published library. The build hand-off's previewEntry names a JSON file holding the draft, fetched
 * with the publisher's own draft-reading token; only that document's page is rendered, into a
 * private directory, never into a release.
 */
import { readFileSync } from 'node:fs';
import type { DocumentTypeName } from '@resource-hub/content-types';
import type { AnyDocument } from '../library/library-types.js';
import { buildHandoff } from './build-handoff.js';

export interface PreviewEntry {
  type: DocumentTypeName;
  /** As the library keeps entries: the body stored aside, under bodyKey. */
  entry: AnyDocument;
}

let cached: { file: string; preview: PreviewEntry } | undefined;

export const previewEntry = (): PreviewEntry | undefined => {
  const file = buildHandoff().previewEntry;
  if (!file) return undefined;
  if (cached?.file !== file) cached = { file, preview: JSON.parse(readFileSync(file, 'utf8')) as PreviewEntry };
  return cached.preview;
};
