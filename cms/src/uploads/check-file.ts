/**
 * Decides whether one uploaded file may enter the media library: what it holds must be one of the
 * accepted kinds, agree with its name and declared type, and stay within the size and pixel limits.
 * Images are read by sharp twice: the header first, which gives the dimensions without decoding a
 * pixel (so a decompression bomb costs nothing), then one full decode under sharp's pixel limit, so
 * a damaged image is refused here by name instead of failing half-way through Strapi's resizing.
 */
import { open } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import type { UploadLimits } from '../env/read-env';
import { type Content, detectContent, HEAD_BYTES } from './detect-content';
import { ACCEPTED_LABELS, type FileKind, kindByExtension } from './file-kinds';
import { MB, MEGAPIXEL } from './limits';

/** What the check reads of an incoming file: formidable's, for HTTP uploads, or the seed's. */
export interface IncomingFile {
  filepath: string;
  originalFilename?: string | null;
  mimetype?: string | null;
}

export type RefusalReason =
  'empty' | 'content' | 'name' | 'declared-type' | 'too-large' | 'too-many-pixels' | 'unreadable';

export class UploadRefused extends Error {
  constructor(
    readonly fileName: string,
    readonly reason: RefusalReason,
    message: string,
  ) {
    super(message);
    this.name = 'UploadRefused';
  }
}

// What clients send when they do not know a file's type: its name and content decide then.
const UNDECLARED = new Set(['', 'application/octet-stream']);

/** Rounded up, so a file just over a limit never reads as equal to it. */
const roundUp = (value: number, decimals: number) => String(Math.ceil(value * 10 ** decimals) / 10 ** decimals);

const readHead = async (filepath: string): Promise<{ head: Uint8Array; size: number }> => {
  const handle = await open(filepath);
  try {
    const { size } = await handle.stat();
    const { buffer, bytesRead } = await handle.read(
      Buffer.alloc(Math.min(size, HEAD_BYTES)),
      0,
      Math.min(size, HEAD_BYTES),
      0,
    );
    return { head: buffer.subarray(0, bytesRead), size };
  } finally {
    await handle.close();
  }
};

type Refused = Exclude<Content, { is: 'accepted' }>;

// Formats file-type recognises that run, or install something, when opened.
const PROGRAMS = new Set([
  'exe',
  'elf',
  'macho',
  'dmg',
  'apk',
  'jar',
  'class',
  'wasm',
  'swf',
  'deb',
  'rpm',
  'lnk',
  'crx',
  'xpi',
]);

const isProgram = (content: Refused) => content.is === 'other' && PROGRAMS.has(content.ext);

const whatItIs = (content: Refused): string => {
  switch (content.is) {
    case 'svg':
      return 'an SVG image';
    case 'html':
      return 'an HTML page';
    case 'text':
      return 'text, such as a script';
    case 'other': {
      const format = content.ext.toUpperCase();
      const article = /^[AEIOU]/.test(format) ? 'an' : 'a';
      return isProgram(content) ? `a program (${format})` : `${article} ${format} file`;
    }
    case 'unknown':
      return 'in a format the library does not recognise';
  }
};

const refusedContent = (name: string, content: Refused): string => {
  const claimed = kindByExtension(path.extname(name));
  const subject =
    claimed && content.is !== 'svg'
      ? `is named as ${claimed.described} but is ${whatItIs(content)}`
      : `is ${whatItIs(content)}`;
  const why =
    content.is === 'svg'
      ? 'SVG can carry scripts, so '
      : content.is === 'html'
        ? 'web pages can carry scripts, so '
        : isProgram(content)
          ? 'programs can harm the computers that open them, so '
          : '';
  const fix =
    content.is === 'svg'
      ? 'Export it as PNG and upload again.'
      : isProgram(content)
        ? `Do not open it: ask whoever sent it for the real ${claimed?.label ?? 'document'} and upload that.`
        : claimed
          ? `Open it to see what it really is, save it as ${claimed.label}, and upload that.`
          : content.is === 'other' && content.mime.startsWith('image/')
            ? 'Convert it to PNG or JPEG and upload again.'
            : 'Save it as PDF and upload again.';
  return `${subject}: ${why}the library accepts ${ACCEPTED_LABELS} only. ${fix}`;
};

type Refuse = (reason: RefusalReason, text: string) => UploadRefused;

const checkImage = async (
  filepath: string,
  kind: FileKind,
  image: NonNullable<FileKind['image']>,
  limits: UploadLimits,
  refuse: Refuse,
) => {
  const unreadable = () =>
    refuse(
      'unreadable',
      `starts like ${kind.described} but cannot be read as one (it may be damaged or cut short): open it in an image editor, export it again as ${kind.label}, and upload that.`,
    );
  const meta = await sharp(filepath, { limitInputPixels: false })
    .metadata()
    .catch(() => {
      throw unreadable();
    });
  if (meta.format !== image.format || (image.compression && meta.compression !== image.compression)) throw unreadable();
  // Strapi resizes animations whole, every frame, so each counts.
  const frames = meta.pages ?? 1;
  const width = meta.width ?? 0;
  const height = meta.pageHeight ?? meta.height ?? 0;
  const megapixels = (width * height * frames) / MEGAPIXEL;
  if (megapixels > limits.maxImageMegapixels)
    throw refuse(
      'too-many-pixels',
      `is ${width} x ${height} pixels${frames > 1 ? ` in ${frames} frames` : ''} (${roundUp(megapixels, 1)} megapixels): the library accepts images up to ${limits.maxImageMegapixels} megapixels (UPLOAD_MAX_IMAGE_MEGAPIXELS), as larger ones take too much memory to resize. Scale it down (e.g. to 6000 x 4000 pixels) and upload again.`,
    );
  await sharp(filepath, { limitInputPixels: Math.floor(limits.maxImageMegapixels * MEGAPIXEL) })
    .stats()
    .catch(() => {
      throw unreadable();
    });
};

/** The kind of file it is, or an UploadRefused saying what is wrong, the value, why, and the fix. */
export const checkFile = async (file: IncomingFile, limits: UploadLimits): Promise<FileKind> => {
  const name = file.originalFilename || path.basename(file.filepath);
  const refuse: Refuse = (reason, text) => new UploadRefused(name, reason, `"${name}" ${text}`);
  const { head, size } = await readHead(file.filepath);
  if (size === 0)
    throw refuse('empty', 'is empty (0 bytes): check that the file opens on your computer, then upload it again.');

  const content = await detectContent(head);
  if (content.is !== 'accepted') throw refuse('content', refusedContent(name, content));
  const { kind } = content;

  const extension = path.extname(name);
  const named = kindByExtension(extension);
  if (named !== kind) {
    const claimed = extension ? `is named as ${named?.described ?? `a ${extension} file`}` : 'has no extension';
    throw refuse(
      'name',
      `${claimed} but is ${kind.described}: the library checks that a file's name matches what it holds. Rename it "${path.basename(name, extension)}${kind.extensions[0]}" and upload again.`,
    );
  }
  const declared = file.mimetype?.trim().toLowerCase() ?? '';
  if (!UNDECLARED.has(declared) && declared !== kind.mime)
    throw refuse(
      'declared-type',
      `was sent as "${declared}" but is ${kind.described}: the library checks that a file's declared type matches what it holds. Send it as "${kind.mime}" and upload again.`,
    );

  const maxMb = kind.image ? limits.maxImageMb : limits.maxPdfMb;
  if (size > maxMb * MB)
    throw refuse(
      'too-large',
      kind.image
        ? `is ${roundUp(size / MB, 2)} MB: the library accepts images up to ${maxMb} MB (UPLOAD_MAX_IMAGE_MB), so pages stay quick to load. Export it smaller (e.g. as JPEG at quality 80, at most 4000 pixels wide) and upload again.`
        : `is ${roundUp(size / MB, 2)} MB: the library accepts PDFs up to ${maxMb} MB (UPLOAD_MAX_PDF_MB), so readers can download them quickly. Compress it (most PDF tools have "Reduce file size") and upload again.`,
    );

  if (kind.image) await checkImage(file.filepath, kind, kind.image, limits, refuse);
  return kind;
};
