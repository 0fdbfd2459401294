/**
 * A result's cover in the explorer, small: one WebP at the width a row shows it and one at twice
 * that, the same at build (search-view.astro) and in the card files the browser fetches.
 */
import { getImage } from 'astro:assets';
import { mediaSourceUrl } from '../cms/media.js';
import { siteConfig } from '../config/site-config.js';
import { coverOf } from '../library/json-ld.js';
import type { LibraryDocument } from '../library/library-types.js';
import type { ExplorerThumbnail } from './explorer-format.js';

// CSS pixels across a result's thumbnail (.search-result-thumb in global.css).
const THUMBNAIL_WIDTH = 96;

export const explorerThumbnail = async (doc: LibraryDocument): Promise<ExplorerThumbnail | undefined> => {
  const cover = coverOf(doc);
  if (!cover) return undefined;
  const config = siteConfig();
  const width = cover.media.width ?? THUMBNAIL_WIDTH;
  const height = cover.media.height ?? width * 0.5625;
  const thumbnailHeight = Math.round((THUMBNAIL_WIDTH * height) / width);
  const image = await getImage({
    src: mediaSourceUrl(cover.media, config.cmsUrl, config.mediaOrigins),
    width: THUMBNAIL_WIDTH,
    height: thumbnailHeight,
    densities: [1, 2],
    format: 'webp',
  });
  return [image.src, image.srcSet.attribute, THUMBNAIL_WIDTH, thumbnailHeight];
};
