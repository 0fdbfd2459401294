/**
 * The media library takes JPEG, PNG, WebP, AVIF and PDF only, checked by what each file holds, its
 * size and its pixels, however it arrives: the admin panel's upload (as the seeded editor), the
 * content API, replacements, and the server-side service the seed uses. A request with one bad
 * file stores nothing, and no refusal leaves a temporary file behind: the CMS runs with a
 * temporary folder of its own, which must be empty after each. Real Strapi, seeded, on each
 * database the hub supports.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeOnPostgres } from '../fixtures/on-postgres.js';
import { startThrowawayCms, type DatabaseKind, type ThrowawayCms } from '../../scripts/lib/throwaway-cms.js';
import { drawCover, writePdf } from '../../scripts/seed/assets.js';
import { sampleContent } from '../../scripts/seed/sample-content/index.js';
import { seedHub } from '../../scripts/seed/seed-hub.js';

// Limits lowered so oversized files stay small; the request body limit becomes twice the larger, 2 MB.
const LIMITS = { UPLOAD_MAX_IMAGE_MB: '1', UPLOAD_MAX_PDF_MB: '1' };
const EDITOR = { email: 'editor@example.org', password: 'Editor-Test-2026' };

interface Upload {
  name: string;
  type: string;
  bytes: Buffer;
}

const colour = { r: 40, g: 110, b: 150 };
const picture = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: colour } });
/** Random pixels do not compress: a PNG of 750 x 700 weighs about 1.5 MB. */
const noise = () =>
  sharp(randomBytes(750 * 700 * 3), { raw: { width: 750, height: 700, channels: 3 } })
    .png()
    .toBuffer();
const pdfWithImage = (image: Buffer) =>
  new Promise<Buffer>((resolve, reject) => {
    const doc = new PDFDocument();
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.image(image, { width: 400 });
    doc.end();
  });

const files: Record<string, Upload> = {};

beforeAll(async () => {
  const add = (name: string, type: string, bytes: Buffer) => (files[name] = { name, type, bytes });
  add('cover.jpg', 'image/jpeg', await drawCover(200));
  add('map.png', 'image/png', await picture(320, 200).png().toBuffer());
  add('photo.webp', 'image/webp', await picture(320, 200).webp().toBuffer());
  add('photo.avif', 'image/avif', await picture(320, 200).avif().toBuffer());
  add(
    'report.pdf',
    'application/pdf',
    await writePdf('Safer cities', [['## Together', 'Cities share what works.']], 'en'),
  );
  add(
    'poster.svg',
    'image/svg+xml',
    Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script></svg>',
    ),
  );
  add(
    'photo.jpg',
    'image/jpeg',
    Buffer.from('<!DOCTYPE html><html><body><script>fetch("/admin/users")</script></body></html>'),
  );
  add('chart.pdf', 'application/pdf', files['map.png']!.bytes);
  // A decompression bomb: one colour over 100 megapixels packs into about 300 KB.
  add('bomb.png', 'image/png', await picture(10_000, 10_000).png({ compressionLevel: 9 }).toBuffer());
  add('noise.png', 'image/png', await noise());
  add('scan.pdf', 'application/pdf', await pdfWithImage(await noise()));
  add('archive.pdf', 'application/pdf', randomBytes(Math.round(2.5 * 1024 * 1024)));
  for (const name of ['bomb.png', 'noise.png', 'scan.pdf'])
    expect(files[name]!.bytes.length, name).toBeLessThan(2 * 1024 * 1024);
  for (const name of ['noise.png', 'scan.pdf']) expect(files[name]!.bytes.length, name).toBeGreaterThan(1024 * 1024);
});

const BAD: [string, RegExp][] = [
  [
    'poster.svg',
    /^"poster\.svg" is an SVG image: SVG can carry scripts, so the library accepts JPEG, PNG, WebP, AVIF or PDF only\. Export it as PNG/,
  ],
  ['photo.jpg', /^"photo\.jpg" is named as a JPEG image but is an HTML page: web pages can carry scripts/],
  ['chart.pdf', /^"chart\.pdf" is named as a PDF but is a PNG image: .* Rename it "chart\.png"/],
  [
    'bomb.png',
    /^"bomb\.png" is 10000 x 10000 pixels \(100 megapixels\): the library accepts images up to 40 megapixels/,
  ],
  ['noise.png', /^"noise\.png" is 1\.\d+ MB: the library accepts images up to 1 MB \(UPLOAD_MAX_IMAGE_MB\)/],
  ['scan.pdf', /^"scan\.pdf" is 1\.\d+ MB: the library accepts PDFs up to 1 MB \(UPLOAD_MAX_PDF_MB\)/],
];

/** The machine's temporary folder, before the file gives the CMS its own. */
const SYSTEM_TMP = tmpdir();
/**
 * One folder for every CMS this file starts: Strapi's body parser (formidable) reads the temporary
 * folder once, when first loaded, so a second CMS in this process writes where the first did.
 */
let cmsTmp: string;

beforeAll(async () => {
  cmsTmp = await mkdtemp(path.join(SYSTEM_TMP, 'hub-cms-tmp-'));
});

afterAll(async () => {
  await rm(cmsTmp, { recursive: true, force: true });
});

const uploadsSuite = (database: DatabaseKind) => {
  let cms: ThrowawayCms;
  let editorToken: string;
  /** What is left in the CMS's temporary folder. */
  const leftovers = () => readdir(cmsTmp);

  const form = (uploads: Upload[], withInfo = false) => {
    const body = new FormData();
    for (const upload of uploads) {
      body.append('files', new Blob([new Uint8Array(upload.bytes)], { type: upload.type }), upload.name);
      if (withInfo)
        body.append(
          'fileInfo',
          JSON.stringify({ name: upload.name, alternativeText: `About ${upload.name}`, caption: null, folder: null }),
        );
    }
    return body;
  };
  const post = async (pathAndQuery: string, uploads: Upload[], token = editorToken, withInfo = false) => {
    const response = await fetch(`${cms.url}${pathAndQuery}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: form(uploads, withInfo),
    });
    return { status: response.status, body: await response.json() };
  };
  /** Rows in the media library, and files in the uploads folder (originals and their resized copies). */
  const stored = async () => ({
    rows: await cms.strapi.db.query('plugin::upload.file').count(),
    files: (await readdir(path.join(cms.dataDir, 'public', 'uploads'))).length,
  });

  /** As the seed uploads: files on disk handed to the upload plugin's service, in this order. */
  const serverSideUpload = async (uploads: Upload[]) => {
    const dir = await mkdtemp(path.join(SYSTEM_TMP, 'hub-upload-'));
    try {
      const incoming = [];
      for (const upload of uploads) {
        const filepath = path.join(dir, `${incoming.length}`);
        await writeFile(filepath, upload.bytes);
        incoming.push({ filepath, originalFilename: upload.name, mimetype: upload.type, size: upload.bytes.length });
      }
      return await cms.strapi
        .plugin('upload')
        .service('upload')
        .upload({ data: { fileInfo: uploads.map((upload) => ({ name: upload.name })) }, files: incoming });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };

  beforeAll(async () => {
    cms = await startThrowawayCms(database, 'warn', { ...LIMITS, TMPDIR: cmsTmp });
    await seedHub(cms.strapi, sampleContent, { editor: EDITOR });
    // Sign-in is rate-limited per address, so once for the whole suite.
    const login = await fetch(`${cms.url}/admin/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(EDITOR),
    });
    expect(login.status).toBe(200);
    editorToken = (await login.json()).data.token;
  });

  afterAll(async () => {
    await cms?.stop();
    // The next CMS keeps its data outside the folder that must stay empty.
    process.env.TMPDIR = SYSTEM_TMP;
  });

  it("stored the seed's JPEG covers, PNG partner logos and PDFs, which pass the check like any upload", async () => {
    const seeded = (await cms.strapi.db.query('plugin::upload.file').findMany({ select: ['name', 'mime'] })) as {
      name: string;
      mime: string;
    }[];
    expect(seeded.filter((file) => file.mime === 'image/jpeg').length).toBeGreaterThan(0);
    expect(seeded.filter((file) => file.mime === 'application/pdf').length).toBeGreaterThan(0);
    expect(new Set(seeded.map((file) => file.mime))).toEqual(new Set(['image/jpeg', 'image/png', 'application/pdf']));
  });

  it('lets an editor upload JPEG, PNG, WebP, AVIF and PDF from the admin panel, several at once', async () => {
    const good = ['cover.jpg', 'map.png', 'photo.webp', 'photo.avif', 'report.pdf'].map((name) => files[name]!);
    const { status, body } = await post('/upload', good, editorToken, true);
    expect(status, JSON.stringify(body)).toBe(201);
    const byName = new Map(
      (body as { name: string; mime: string; alternativeText: string }[]).map((file) => [file.name, file]),
    );
    for (const upload of good) {
      expect(byName.get(upload.name)?.mime, upload.name).toBe(upload.type);
      expect(byName.get(upload.name)?.alternativeText, upload.name).toBe(`About ${upload.name}`);
    }
  });

  it('keeps a wide photo and its admin thumbnail only: the site makes its own sizes from the original', async () => {
    const wide = { name: 'wide.jpg', type: 'image/jpeg', bytes: await picture(1600, 900).jpeg().toBuffer() };
    const before = await stored();
    const { status, body } = await post('/upload', [wide], editorToken, true);
    expect(status, JSON.stringify(body)).toBe(201);
    const [file] = body as { width: number; formats: Record<string, unknown> }[];
    expect(file!.width).toBe(1600);
    expect(Object.keys(file!.formats)).toEqual(['thumbnail']);
    expect((await stored()).files - before.files).toBe(2);
  });

  it.each(BAD)(
    'refuses %s with a 400 that names it, says why and how to fix it, and stores nothing',
    async (name, expected) => {
      const before = await stored();
      const { status, body } = await post('/upload', [files[name]!]);
      expect(status, JSON.stringify(body)).toBe(400);
      expect(body.error.message).toMatch(expected);
      expect(body.error.details.refused).toEqual([expect.objectContaining({ file: name })]);
      expect(await stored()).toEqual(before);
      expect(await leftovers()).toEqual([]);
    },
  );

  it('still answers after the decompression bomb', async () => {
    expect((await fetch(`${cms.url}/_health`)).status).toBe(204);
    expect((await fetch(`${cms.url}/api/guides`)).status).toBe(200);
  });

  it('refuses a request of several files whole when one is bad: nothing in the library, nothing in the uploads folder', async () => {
    const before = await stored();
    const { status, body } = await post(
      '/upload',
      [files['cover.jpg']!, files['map.png']!, files['poster.svg']!, files['report.pdf']!],
      editorToken,
      true,
    );
    expect(status).toBe(400);
    expect(body.error.message).toMatch(
      /^"poster\.svg" is an SVG image: .* Nothing from this upload was stored: upload the 4 files again once this one is fixed\.$/,
    );
    expect(await stored()).toEqual(before);
    expect(await leftovers()).toEqual([]);
  });

  it('checks a replacement the same way, and leaves the file it would have replaced as it was', async () => {
    const {
      body: [original],
    } = await post('/upload', [files['map.png']!]);
    const before = await stored();
    const { status, body } = await post(`/upload?id=${original.id}`, [files['poster.svg']!]);
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/^"poster\.svg" is an SVG image/);
    expect(await stored()).toEqual(before);
    const after = await cms.strapi.db.query('plugin::upload.file').findOne({ where: { id: original.id } });
    expect({ mime: after.mime, hash: after.hash, size: after.size }).toEqual({
      mime: original.mime,
      hash: original.hash,
      size: original.size,
    });
    expect(await leftovers()).toEqual([]);
  });

  it('checks uploads through the content API the same way', async () => {
    const token = await cms.strapi.service('admin::api-token-content-api').create({
      name: `Uploads test ${database}`,
      description: 'May upload to the media library, nothing else.',
      type: 'custom',
      lifespan: null,
      permissions: ['plugin::upload.content-api.upload'],
    });
    const refused = await post('/api/upload', [files['photo.jpg']!], token.accessKey);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/^"photo\.jpg" is named as a JPEG image but is an HTML page/);
    expect(await leftovers()).toEqual([]);
    const accepted = await post('/api/upload', [files['photo.webp']!], token.accessKey);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
    expect(accepted.body[0].mime).toBe('image/webp');
  });

  it("checks server-side uploads (the seed's and the bench's way in) the same way", async () => {
    const before = await stored();
    await expect(serverSideUpload([files['poster.svg']!])).rejects.toThrow(
      /^"poster\.svg" is an SVG image: SVG can carry scripts/,
    );
    expect(await stored()).toEqual(before);
    expect(await leftovers()).toEqual([]);
  });

  it('removes what it stored when Strapi itself refuses a later file of the same upload', async () => {
    const before = await stored();
    // Passes the hub's check, but Strapi refuses "<" in a file name, after storing the cover before it.
    await expect(serverSideUpload([files['cover.jpg']!, { ...files['map.png']!, name: 'map<1>.png' }])).rejects.toThrow(
      'File name contains invalid characters',
    );
    expect(await stored()).toEqual(before);
  });

  it('refuses upload from URL with a plain 403 unless UPLOAD_FROM_URL=true, and fetches nothing', async () => {
    let hits = 0;
    const internal = createServer((_request, response) => {
      hits += 1;
      response.end('internal');
    });
    await new Promise<void>((resolve) => internal.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = internal.address() as AddressInfo;
      const response = await fetch(`${cms.url}/upload/actions/upload-from-urls`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${editorToken}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ urls: [`http://0.0.0.0:${port}/cover.jpg`, 'https://example.org/cover.jpg'] }),
      });
      expect(response.status).toBe(403);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect((await response.json()).error.message).toBe(
        'Uploading from a URL is turned off on this hub: download the file and upload it from your computer, or ask the administrator to set UPLOAD_FROM_URL=true.',
      );
      expect(hits).toBe(0);
    } finally {
      await new Promise((resolve) => internal.close(resolve));
    }
  });

  it('cuts off a request body past twice the largest limit, saying what the limits are', async () => {
    const before = await stored();
    const { status, body } = await post('/upload', [files['archive.pdf']!]);
    expect(status).toBe(413);
    expect(body.error.message).toBe(
      'This upload is over 2 MB, so the CMS stopped reading it: a file may be at most 1 MB for an image or 1 MB for a PDF. Make the file smaller, send large files one at a time, and upload again.',
    );
    expect(await stored()).toEqual(before);
    expect(await leftovers()).toEqual([]);
  });

  it('leaves no temporary file when the files come under another field name, or the uploader is not allowed', async () => {
    const other = new FormData();
    other.append(
      'attachment',
      new Blob([new Uint8Array(files['poster.svg']!.bytes)], { type: 'image/svg+xml' }),
      'poster.svg',
    );
    const refused = await fetch(`${cms.url}/upload`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${editorToken}` },
      body: other,
    });
    expect(refused.status).toBe(400);
    expect(await leftovers()).toEqual([]);
    const anonymous = await fetch(`${cms.url}/upload`, { method: 'POST', body: form([files['cover.jpg']!]) });
    expect(anonymous.status).toBe(401);
    const publicApi = await fetch(`${cms.url}/api/upload`, { method: 'POST', body: form([files['cover.jpg']!]) });
    expect(publicApi.status).toBe(403);
    expect(await leftovers()).toEqual([]);
  });
};

describe('uploads on SQLite', () => uploadsSuite('sqlite'));

describeOnPostgres('uploads on PostgreSQL', () => uploadsSuite('postgres'));
