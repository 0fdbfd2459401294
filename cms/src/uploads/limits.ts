/** The upload limits in bytes and pixels, from the megabytes and megapixels the environment gives. */
import type { UploadLimits } from '../env/read-env';

export const MB = 1024 * 1024;
export const MEGAPIXEL = 1_000_000;

/** The largest file of any kind: Strapi's own per-file limit, behind the check's per-kind ones. */
export const largestFileBytes = ({ maxImageMb, maxPdfMb }: UploadLimits): number =>
  Math.ceil(Math.max(maxImageMb, maxPdfMb) * MB);

/**
 * Where Strapi's body parser stops reading an upload request (all its files together). Twice the
 * largest file: one a little too big is still read, so its refusal can name it and its size,
 * while a huge one is cut off before it fills the disk.
 */
export const requestBodyBytes = (limits: UploadLimits): number => 2 * largestFileBytes(limits);
