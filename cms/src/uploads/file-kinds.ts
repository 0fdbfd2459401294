/**
 * The only files the media library takes: the image formats browsers display without plug-ins
 * and can carry no script, and PDF for documents. SVG is left out on purpose (it can carry scripts).
 */
export interface FileKind {
  /** The format's usual name: "JPEG". */
  label: string;
  /** With its article, for sentences: "a JPEG image". */
  described: string;
  mime: string;
  /** The first is the one to suggest when a file is misnamed. */
  extensions: readonly string[];
  /** How sharp names the format once it has read the header; PDFs are not images. */
  image?: { format: string; compression?: string };
}

export const FILE_KINDS: readonly FileKind[] = [
  {
    label: 'JPEG',
    described: 'a JPEG image',
    mime: 'image/jpeg',
    extensions: ['.jpg', '.jpeg'],
    image: { format: 'jpeg' },
  },
  { label: 'PNG', described: 'a PNG image', mime: 'image/png', extensions: ['.png'], image: { format: 'png' } },
  { label: 'WebP', described: 'a WebP image', mime: 'image/webp', extensions: ['.webp'], image: { format: 'webp' } },
  // libvips reads AVIF with libheif and reports it as HEIF; the AV1 compression is what makes it AVIF.
  {
    label: 'AVIF',
    described: 'an AVIF image',
    mime: 'image/avif',
    extensions: ['.avif'],
    image: { format: 'heif', compression: 'av1' },
  },
  { label: 'PDF', described: 'a PDF', mime: 'application/pdf', extensions: ['.pdf'] },
];

/** "JPEG, PNG, WebP, AVIF or PDF". */
export const ACCEPTED_LABELS = `${FILE_KINDS.slice(0, -1)
  .map((kind) => kind.label)
  .join(', ')} or ${FILE_KINDS.at(-1)!.label}`;

export const kindByMime = (mime: string | undefined): FileKind | undefined =>
  FILE_KINDS.find((kind) => kind.mime === mime);

export const kindByExtension = (extension: string): FileKind | undefined =>
  FILE_KINDS.find((kind) => kind.extensions.includes(extension.toLowerCase()));
