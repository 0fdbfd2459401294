/**
 * Strapi's secrets (app keys, JWT secrets, token salts). Locally they are made on first start
 * and kept in the data directory, never in the repository; in production every instance must
 * share them, so a missing one stops start-up instead.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { ConfigError, type Env, SECRET_NAMES, type SecretName } from './read-env';

export type Secrets = Record<SecretName, string>;

const fresh = (name: SecretName): string => {
  const key = () => randomBytes(16).toString('base64');
  if (name === 'APP_KEYS') return [key(), key(), key(), key()].join(',');
  if (name === 'ENCRYPTION_KEY' || name === 'PUBLISHER_SECRET') return randomBytes(32).toString('base64');
  return key();
};

// Strapi's own .env.example and the usual stand-ins: values anyone can read are no secret.
const PLACEHOLDER =
  /tobemodified|changeme|change[-_]me|replace[-_]?me|^(secret|password|example|default|null|undefined)$|^(.)\2+$/i;
const MIN_LENGTH = 16;

/** Why a production secret is unsafe, or undefined; never repeats a value that might be real. */
const weakness = (name: SecretName, value: string): string | undefined => {
  for (const key of name === 'APP_KEYS' ? value.split(',').map((part) => part.trim()) : [value]) {
    if (PLACEHOLDER.test(key)) return `${name} holds the placeholder "${key}", which anyone can read`;
    if (key.length < MIN_LENGTH)
      return `${name} has a value of ${key.length} characters, too short to be random (at least ${MIN_LENGTH})`;
  }
  if (name === 'APP_KEYS' && value.split(',').length < 2)
    return 'APP_KEYS holds one key: give four, comma-separated, so they can be rotated';
  return undefined;
};

export const secretsFile = (dataDir: string) => path.join(dataDir, 'secrets.env');

export const loadSecrets = (env: Env, dataDir: string, production: boolean): Secrets => {
  const missing = SECRET_NAMES.filter((name) => !env[name]?.trim());
  if (production) {
    if (missing.length > 0)
      throw new ConfigError(
        `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set: in production every instance must share the same secrets, so set them in the environment (generate each with \`openssl rand -base64 32\`; APP_KEYS takes four, comma-separated).`,
      );
    const weak = SECRET_NAMES.map((name) => weakness(name, env[name]!.trim())).filter(Boolean);
    if (weak.length > 0)
      throw new ConfigError(
        `${weak.join('; ')}. In production set each secret to a random value of its own (\`openssl rand -base64 32\`; APP_KEYS takes four, comma-separated).`,
      );
    return Object.fromEntries(SECRET_NAMES.map((name) => [name, env[name]!.trim()])) as Secrets;
  }
  const file = secretsFile(dataDir);
  const stored: Env = existsSync(file) ? parseEnv(readFileSync(file, 'utf8')) : {};
  const toWrite = missing.filter((name) => !stored[name]);
  if (toWrite.length > 0) {
    mkdirSync(dataDir, { recursive: true });
    const lines = SECRET_NAMES.map((name) => `${name}=${stored[name] ?? fresh(name)}`);
    writeFileSync(
      file,
      `# Made by the Resource Hub on first start. Keep private; deleting it signs everyone out.\n${lines.join('\n')}\n`,
      { mode: 0o600 },
    );
    Object.assign(stored, parseEnv(readFileSync(file, 'utf8')));
  }
  return Object.fromEntries(SECRET_NAMES.map((name) => [name, env[name]?.trim() || stored[name]!])) as Secrets;
};
