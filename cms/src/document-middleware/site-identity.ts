/**
 * The network's identity as editors set it in the home page settings: an accent colour the site
 * can use for text and for buttons with white text (WCAG AA, 4.5:1 against white), and a logo in
 * PNG or WebP, which the site sizes with sharp. Checked on every save, so a bad one never reaches a build.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const AA_CONTRAST = 4.5;
const LOGO_TYPES = ['image/png', 'image/webp'];

/** WCAG 2 relative luminance of #RRGGBB. */
const luminance = (hex: string): number => {
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};

/** The WCAG contrast ratio of a colour against white, from 1 (white) to 21 (black). */
export const contrastWithWhite = (hex: string): number => 1.05 / (luminance(hex) + 0.05);

export const checkAccentColour = (value: unknown): void => {
  if (typeof value !== 'string' || !/^#[0-9A-Fa-f]{6}$/.test(value)) return;
  const ratio = contrastWithWhite(value);
  if (ratio < AA_CONTRAST)
    throw new errors.ValidationError(
      `Accent colour ${value} has a contrast of ${ratio.toFixed(2)}:1 against white; readers need at least ${AA_CONTRAST}:1 (WCAG AA) to read text in it or white text on it. Choose a darker colour.`,
    );
};

const mediaId = (value: unknown): number | undefined => {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  if (value && typeof value === 'object' && 'id' in value) return mediaId((value as { id: unknown }).id);
  return undefined;
};

export const checkLogo = async (strapi: Core.Strapi, value: unknown): Promise<void> => {
  const id = mediaId(value);
  if (id === undefined) return;
  const file = await strapi.db.query('plugin::upload.file').findOne({ select: ['name', 'mime'], where: { id } });
  if (file && !LOGO_TYPES.includes(file.mime))
    throw new errors.ValidationError(
      `The logo "${file.name}" is ${file.mime}; the site takes a PNG or WebP logo only. Export the logo as PNG (at least 240 pixels wide) and choose that file.`,
    );
};

/** Checks the identity fields of data about to be saved. */
export const checkSiteIdentity = async (
  strapi: Core.Strapi,
  data: Record<string, unknown> | undefined,
): Promise<void> => {
  if (!data) return;
  if ('accentColour' in data) checkAccentColour(data.accentColour);
  if ('logo' in data) await checkLogo(strapi, data.logo);
};
