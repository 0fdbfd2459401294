/**
 * `npm run import`'s API token: allowed to call POST /api/import (one file into one draft) and
 * nothing else: no reading, publishing or deleting. `npm start` makes it and keeps it in the data
 * directory, where the import reads it; revoking it in Settings > API Tokens stops imports.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { createApiToken } from './build-token.js';

export const IMPORT_TOKEN_NAME = 'Import (drafts only)';
export const IMPORT_TOKEN_VARIABLE = 'STRAPI_IMPORT_TOKEN';
const IMPORT_TOKEN_FILE = 'import.env';

export const importTokenFile = (dataDir: string) => path.join(dataDir, IMPORT_TOKEN_FILE);

/** Makes the token and writes it to the data directory (owner-only); returns its secret. */
export const createImportToken = async (strapi: Core.Strapi, dataDir: string): Promise<string> => {
  const token = await createApiToken(strapi, {
    name: IMPORT_TOKEN_NAME,
    description: 'Used by `npm run import` to turn files into drafts. Creates and updates drafts only.',
    permissions: ['api::import.import.create'],
  });
  await writeFile(
    importTokenFile(dataDir),
    `# API token for \`npm run import\`: creates and updates drafts only. Keep private.\n${IMPORT_TOKEN_VARIABLE}=${token}\n`,
    { mode: 0o600 },
  );
  return token;
};

/** The token from the environment, else the one `npm start` wrote; undefined when neither is there. */
export const readImportToken = async (dataDir: string): Promise<string | undefined> => {
  const fromEnv = process.env[IMPORT_TOKEN_VARIABLE]?.trim();
  if (fromEnv) return fromEnv;
  const saved = await readFile(importTokenFile(dataDir), 'utf8').catch(() => '');
  return new RegExp(`^${IMPORT_TOKEN_VARIABLE}=(\\S+)$`, 'm').exec(saved)?.[1];
};
