/** One file to the CMS's POST /api/import, and its answer; the CMS not answering or refusing the token stops the run. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImportOutcome } from '@resource-hub/cms/import/import-file';
import { ImportCommandError } from './collect-files.js';

export interface ImportTarget {
  cmsUrl: string;
  token: string;
  type?: string;
  locale?: string;
}

const notAnswering = (cmsUrl: string) =>
  new ImportCommandError(
    `No CMS answers at ${cmsUrl}. Start the hub with \`npm start\` (or set CMS_URL to a running CMS), then run the import again.`,
  );

/** Fails the run early, before any file is read, when no CMS is there to take them. */
export const checkCms = async (cmsUrl: string): Promise<void> => {
  const response = await fetch(`${cmsUrl}/_health`).catch(() => undefined);
  if (!response || response.status >= 500) throw notAnswering(cmsUrl);
};

const errorMessage = async (response: Response) => {
  const body = (await response.json().catch(() => undefined)) as { error?: { message?: string } } | undefined;
  return body?.error?.message ?? `the CMS answered ${response.status} ${response.statusText}`;
};

export const sendFile = async (target: ImportTarget, file: string): Promise<ImportOutcome> => {
  const name = path.basename(file);
  const form = new FormData();
  form.set('file', new Blob([await readFile(file)]), name);
  if (target.type) form.set('type', target.type);
  if (target.locale) form.set('locale', target.locale);
  const response = await fetch(`${target.cmsUrl}/api/import`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${target.token}` },
    body: form,
  }).catch(() => {
    throw notAnswering(target.cmsUrl);
  });
  if (response.status === 401 || response.status === 403)
    throw new ImportCommandError(
      `The CMS refused the import token (${response.status}): it was revoked or made for another CMS. Restart the hub with \`npm start\`, which makes a new one, or set STRAPI_IMPORT_TOKEN to a token allowed "import.create".`,
    );
  if (!response.ok)
    return { status: 'failed', file: name, message: await errorMessage(response), check: [], suggestions: {} };
  return (await response.json()) as ImportOutcome;
};
