/**
 * The deployment docs/deployment.md describes, as configuration the real CMS boots with: media on an
 * S3-compatible bucket through Strapi's own provider. No bucket runs here, so the test proves
 * Strapi loads the provider with the hub's settings, sends an upload to the bucket's address (and,
 * finding nothing there, stores nothing), and lets the admin panel show media from it.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawCover } from '../../scripts/seed/assets.js';
import { startThrowawayCms, type ThrowawayCms } from '../../scripts/lib/throwaway-cms.js';

const writeTemp = async (bytes: Buffer) => {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'hub-s3-')), 'cover.jpg');
  await writeFile(file, bytes);
  return file;
};

describe('media on an S3-compatible bucket', () => {
  let cms: ThrowawayCms;
  // Stands where the bucket would be and refuses every request, recording what reached it.
  const received: IncomingMessage[] = [];
  const bucket = createServer((request, response) => {
    received.push(request);
    response.writeHead(503, { 'Content-Type': 'application/xml' });
    response.end('<Error><Code>ServiceUnavailable</Code><Message>No bucket here</Message></Error>');
  });
  let endpoint: string;

  beforeAll(async () => {
    await new Promise<void>((resolve) => bucket.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(bucket.address() as AddressInfo).port}`;
    cms = await startThrowawayCms('sqlite', 'error', {
      UPLOAD_PROVIDER: 's3',
      S3_BUCKET: 'hub-media',
      S3_REGION: 'eu-west-3',
      S3_ENDPOINT: endpoint,
      S3_PUBLIC_URL: 'https://media.example.org',
      S3_ACCESS_KEY_ID: 'AKIAHUBTEST',
      S3_SECRET_ACCESS_KEY: 'hub-test-secret-key-0123456789',
    });
  });

  afterAll(async () => {
    await cms?.stop();
    bucket.close();
  });

  it("loads Strapi's S3 provider with the bucket, region, endpoint and public address", () => {
    const config = cms.strapi.config.get('plugin::upload') as {
      provider: string;
      providerOptions: { baseUrl: string; s3Options: Record<string, unknown> };
    };
    expect(config.provider).toBe('aws-s3');
    expect(config.providerOptions.baseUrl).toBe('https://media.example.org');
    expect(config.providerOptions.s3Options).toMatchObject({
      region: 'eu-west-3',
      endpoint,
      forcePathStyle: true,
      params: { Bucket: 'hub-media' },
    });
  });

  it('sends an upload to the bucket, and stores nothing when the bucket refuses it', async () => {
    const before = await cms.strapi.db.query('plugin::upload.file').count();
    const upload = cms.strapi.plugin('upload').service('upload');
    const bytes = await drawCover(120);
    await expect(
      upload.upload({
        data: {},
        files: {
          originalFilename: 'cover.jpg',
          mimetype: 'image/jpeg',
          size: bytes.length,
          filepath: await writeTemp(bytes),
        },
      }),
    ).rejects.toThrow();
    expect(received.some((request) => request.method === 'PUT' && request.url?.startsWith('/hub-media/'))).toBe(true);
    expect(await cms.strapi.db.query('plugin::upload.file').count()).toBe(before);
  });

  it("lets the admin panel show media from the bucket's public address", async () => {
    const response = await fetch(`${cms.url}/admin/`);
    expect(response.headers.get('content-security-policy')).toMatch(/img-src[^;]*https:\/\/media\.example\.org/);
  });
});
