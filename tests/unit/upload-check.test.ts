/**
 * The media library's upload check on its own: what a file holds, whether that agrees with its
 * name and declared type, and the size and pixel limits, each refusal in one friendly sentence.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UploadLimits } from '../../cms/src/env/read-env.js';
import { checkFile, type IncomingFile, UploadRefused } from '../../cms/src/uploads/check-file.js';
import { detectContent } from '../../cms/src/uploads/detect-content.js';

const limits: UploadLimits = { maxImageMb: 20, maxImageMegapixels: 40, maxPdfMb: 50 };
const colour = { r: 30, g: 110, b: 160 };
const image = (width = 64, height = 48) => sharp({ create: { width, height, channels: 3, background: colour } });
const pdf = () =>
  new Promise<Buffer>((resolve) => {
    const doc = new PDFDocument();
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.text('Safer cities, together.');
    doc.end();
  });

const SVG =
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script></svg>';
const HTML = '\uFEFF  <!DOCTYPE html><html><body><script>fetch("/admin")</script></body></html>';

let dir: string;
let samples: Record<'jpeg' | 'png' | 'webp' | 'avif' | 'gif' | 'pdf', Buffer>;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hub-upload-check-'));
  samples = {
    jpeg: await image().jpeg().toBuffer(),
    png: await image().png().toBuffer(),
    webp: await image().webp().toBuffer(),
    avif: await image().avif().toBuffer(),
    gif: await image().gif().toBuffer(),
    pdf: await pdf(),
  };
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Writes the bytes under a temporary name, as formidable does, and describes them as a client would. */
const incoming = async (name: string, bytes: Buffer | string, mimetype?: string): Promise<IncomingFile> => {
  const filepath = path.join(dir, `upload-${Math.random().toString(36).slice(2)}`);
  await writeFile(filepath, bytes);
  return { filepath, originalFilename: name, mimetype };
};

const refusalOf = async (file: IncomingFile, given = limits): Promise<UploadRefused> => {
  const error = await checkFile(file, given).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error, `expected "${file.originalFilename}" to be refused`).toBeInstanceOf(UploadRefused);
  return error as UploadRefused;
};

describe('detectContent', () => {
  it('recognises the five accepted kinds by their bytes', async () => {
    const found = await Promise.all(
      (['jpeg', 'png', 'webp', 'avif', 'pdf'] as const).map((key) => detectContent(samples[key])),
    );
    expect(found.map((content) => content.is === 'accepted' && content.kind.mime)).toEqual([
      'image/jpeg',
      'image/png',
      'image/webp',
      'image/avif',
      'application/pdf',
    ]);
  });

  it('names SVG (with or without an XML declaration), HTML, plain text and other formats for what they are', async () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(await detectContent(bytes(SVG))).toEqual({ is: 'svg' });
    expect(await detectContent(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toEqual({ is: 'svg' });
    expect(await detectContent(bytes(HTML))).toEqual({ is: 'html' });
    expect(await detectContent(bytes('<p>Hello'))).toEqual({ is: 'html' });
    expect(await detectContent(bytes('alert(document.cookie);\n'))).toEqual({ is: 'text' });
    expect(await detectContent(bytes('<?xml version="1.0"?><rss/>'))).toEqual({ is: 'text' });
    expect(await detectContent(samples.gif)).toEqual({ is: 'other', mime: 'image/gif', ext: 'gif' });
    expect(await detectContent(new Uint8Array([0, 159, 146, 150, 1, 2, 3]))).toEqual({ is: 'unknown' });
  });
});

describe('checkFile', () => {
  it('accepts each kind under its own name and type, or with no declared type', async () => {
    const accepted = [
      await checkFile(await incoming('cover.jpg', samples.jpeg, 'image/jpeg'), limits),
      await checkFile(await incoming('Cover.JPEG', samples.jpeg, 'image/jpeg'), limits),
      await checkFile(await incoming('map.png', samples.png, 'image/png'), limits),
      await checkFile(await incoming('photo.webp', samples.webp, 'image/webp'), limits),
      await checkFile(await incoming('photo.avif', samples.avif, 'image/avif'), limits),
      await checkFile(await incoming('report.pdf', samples.pdf, 'application/pdf'), limits),
      await checkFile(await incoming('report.pdf', samples.pdf, 'application/octet-stream'), limits),
      await checkFile(await incoming('report.pdf', samples.pdf), limits),
    ];
    expect(accepted.map((kind) => kind.label)).toEqual(['JPEG', 'JPEG', 'PNG', 'WebP', 'AVIF', 'PDF', 'PDF', 'PDF']);
  });

  it('refuses SVG, whatever it is called, saying why and what to do instead', async () => {
    const poster = await refusalOf(await incoming('poster.svg', SVG, 'image/svg+xml'));
    expect(poster.message).toBe(
      '"poster.svg" is an SVG image: SVG can carry scripts, so the library accepts JPEG, PNG, WebP, AVIF or PDF only. Export it as PNG and upload again.',
    );
    expect(poster.reason).toBe('content');
    expect((await refusalOf(await incoming('logo.png', SVG, 'image/png'))).message).toMatch(
      /^"logo\.png" is an SVG image: SVG can carry scripts/,
    );
  });

  it('refuses a web page or a script named as an image, saying what it really is', async () => {
    expect((await refusalOf(await incoming('photo.jpg', HTML, 'image/jpeg'))).message).toBe(
      '"photo.jpg" is named as a JPEG image but is an HTML page: web pages can carry scripts, so the library accepts JPEG, PNG, WebP, AVIF or PDF only. Open it to see what it really is, save it as JPEG, and upload that.',
    );
    expect((await refusalOf(await incoming('photo.jpg', 'alert(document.cookie)', 'image/jpeg'))).message).toMatch(
      /^"photo\.jpg" is named as a JPEG image but is text, such as a script: the library accepts JPEG, PNG, WebP, AVIF or PDF only\./,
    );
    expect((await refusalOf(await incoming('animation.gif', samples.gif, 'image/gif'))).message).toBe(
      '"animation.gif" is a GIF file: the library accepts JPEG, PNG, WebP, AVIF or PDF only. Convert it to PNG or JPEG and upload again.',
    );
  });

  it('refuses a program named as a PDF, telling the editor not to open it and to ask for the real PDF', async () => {
    // A Windows program starts "MZ", whatever it is called.
    const program = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510, 0x90)]);
    expect((await refusalOf(await incoming('report.pdf', program, 'application/pdf'))).message).toBe(
      '"report.pdf" is named as a PDF but is a program (EXE): programs can harm the computers that open them, so the library accepts JPEG, PNG, WebP, AVIF or PDF only. Do not open it: ask whoever sent it for the real PDF and upload that.',
    );
  });

  it('refuses a file whose name or declared type disagrees with what it holds, with the right name to use', async () => {
    const chart = await refusalOf(await incoming('chart.pdf', samples.png, 'application/pdf'));
    expect(chart.reason).toBe('name');
    expect(chart.message).toBe(
      '"chart.pdf" is named as a PDF but is a PNG image: the library checks that a file\'s name matches what it holds. Rename it "chart.png" and upload again.',
    );
    expect((await refusalOf(await incoming('scan', samples.png))).message).toMatch(
      /^"scan" has no extension but is a PNG image: .* Rename it "scan\.png"/,
    );
    expect((await refusalOf(await incoming('photo.jfif', samples.jpeg))).message).toMatch(
      /^"photo\.jfif" is named as a \.jfif file but is a JPEG image: .* Rename it "photo\.jpg"/,
    );
    const declared = await refusalOf(await incoming('map.png', samples.png, 'application/pdf'));
    expect(declared.reason).toBe('declared-type');
    expect(declared.message).toBe(
      '"map.png" was sent as "application/pdf" but is a PNG image: the library checks that a file\'s declared type matches what it holds. Send it as "image/png" and upload again.',
    );
  });

  it("refuses files over their kind's size limit, with the exact size and the limit", async () => {
    const small: UploadLimits = { ...limits, maxImageMb: 0.0001, maxPdfMb: 0.0005 };
    const cover = await refusalOf(await incoming('cover.jpg', samples.jpeg, 'image/jpeg'), small);
    expect(cover.reason).toBe('too-large');
    expect(cover.message).toMatch(
      /^"cover\.jpg" is 0\.01 MB: the library accepts images up to 0\.0001 MB \(UPLOAD_MAX_IMAGE_MB\)/,
    );
    expect((await refusalOf(await incoming('report.pdf', samples.pdf, 'application/pdf'), small)).message).toMatch(
      /^"report\.pdf" is 0\.01 MB: the library accepts PDFs up to 0\.0005 MB \(UPLOAD_MAX_PDF_MB\).*Compress it/,
    );
  });

  it('refuses an image with too many pixels from its header alone, frames counted', async () => {
    const tight: UploadLimits = { ...limits, maxImageMegapixels: 1 };
    const wide = await refusalOf(
      await incoming('mural.png', await image(2000, 600).png().toBuffer(), 'image/png'),
      tight,
    );
    expect(wide.reason).toBe('too-many-pixels');
    expect(wide.message).toBe(
      '"mural.png" is 2000 x 600 pixels (1.2 megapixels): the library accepts images up to 1 megapixels (UPLOAD_MAX_IMAGE_MEGAPIXELS), as larger ones take too much memory to resize. Scale it down (e.g. to 6000 x 4000 pixels) and upload again.',
    );
    // Five frames of 500 x 500, each a different grey (WebP merges identical frames into one).
    const frames = Buffer.alloc(500 * 500 * 3 * 5);
    for (let frame = 0; frame < 5; frame += 1)
      frames.fill(frame * 50, frame * 500 * 500 * 3, (frame + 1) * 500 * 500 * 3);
    const animation = await sharp(frames, { raw: { width: 500, height: 2500, channels: 3, pageHeight: 500 } })
      .webp()
      .toBuffer();
    expect((await refusalOf(await incoming('loop.webp', animation, 'image/webp'), tight)).message).toMatch(
      /^"loop\.webp" is 500 x 500 pixels in 5 frames \(1\.3 megapixels\)/,
    );
  });

  it('refuses a damaged image, and an empty file, by name', async () => {
    const cut = samples.jpeg.subarray(0, Math.floor(samples.jpeg.length / 2));
    const damaged = await refusalOf(await incoming('cover.jpg', cut, 'image/jpeg'));
    expect(damaged.reason).toBe('unreadable');
    expect(damaged.message).toMatch(/^"cover\.jpg" starts like a JPEG image but cannot be read as one/);
    expect((await refusalOf(await incoming('cover.jpg', Buffer.alloc(0), 'image/jpeg'))).message).toMatch(
      /^"cover\.jpg" is empty \(0 bytes\)/,
    );
  });
});
