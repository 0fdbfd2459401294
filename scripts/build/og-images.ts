/**
 * Draws each document's sharing image (site/src/og/og-card.ts) with sharp: its cover, darkened,
 * under the network's accent colour, behind the type, city, title, and the network's logo and
 * name, 1200x630 JPEG. Text is SVG, set in Noto
 * Sans and Noto Sans Arabic from npm (TrueType: fontconfig, which sharp's SVG renderer uses, is
 * told where they are), so Arabic titles are shaped and run right to left. A card is drawn once
 * per name into the cache and linked into every release that shows it; cards no document has
 * shown for a week leave the cache (releases keep their own links to them).
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { BuildManifest, OgCard } from '@resource-hub/site/build/manifest';
import { mapLimit } from '../lib/map-limit.js';
import { linkOrCopy } from './reuse-pages.js';

// The size link previews expect (Open Graph, X, LinkedIn).
const [W, H] = [1200, 630];
const MARGIN = 64;
const TITLE_SIZE = 56;
const TITLE_LINES = 4;
// Characters a title line holds at TITLE_SIZE across the card, on average (Noto Sans Bold).
const LINE_CHARACTERS = 34;

// Long enough for a rollback or a build of another configuration to find its cards still drawn.
const UNUSED_CARD_DAYS = 7;

// The cover shows through the network's accent (the library's blue without one) at this opacity.
const SHADE = { rgb: [0x0b, 0x2f, 0x52], opacity: 0.72 };
// White space around the logo on its tile, and between the tile and the name.
const LOGO_PADDING = 10;
const LOGO_GAP = 20;
// Backgrounds kept while their cards are drawn: cards are drawn grouped by cover.
const KEPT_BACKGROUNDS = 4;

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Words into lines of at most LINE_CHARACTERS; the last line ends with an ellipsis when the title is longer. */
export const titleLines = (title: string): string[] => {
  const lines: string[] = [];
  for (const word of title.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= LINE_CHARACTERS) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= TITLE_LINES) return lines;
  return [...lines.slice(0, TITLE_LINES - 1), `${lines[TITLE_LINES - 1]!.replace(/\s*\S*$/, '')}…`];
};

const cardSvg = (card: OgCard): string => {
  const rtl = card.direction === 'rtl';
  const x = rtl ? W - MARGIN : MARGIN;
  // In right-to-left text, "start" is the right edge.
  const text = (y: number, size: number, weight: number, content: string) =>
    `<text x="${x}" y="${y}" font-family="Noto Sans, Noto Sans Arabic" font-weight="${weight}" font-size="${size}" fill="#ffffff" text-anchor="start" direction="${card.direction}">${escapeXml(content)}</text>`;
  const lines = titleLines(card.title);
  const tile = logoTile(card);
  // The title ends above the logo's tile when there is one.
  const bottom = tile ? tile.top - 28 : H - 120;
  const top = bottom - lines.length * (TITLE_SIZE + 14);
  // The name follows the logo's tile, on the same line.
  const nameX = tile ? (rtl ? tile.left - LOGO_GAP : tile.left + tile.width + LOGO_GAP) : x;
  const name = `<text x="${nameX}" y="${tile ? tile.top + tile.height / 2 + 10 : H - MARGIN}" font-family="Noto Sans, Noto Sans Arabic" font-weight="700" font-size="28" fill="#ffffff" text-anchor="start" direction="${card.direction}">${escapeXml(card.siteName)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">`,
    text(MARGIN + 36, 32, 400, card.label),
    ...lines.map((line, index) => text(top + (index + 1) * (TITLE_SIZE + 14), TITLE_SIZE, 700, line)),
    tile
      ? `<rect x="${tile.left}" y="${tile.top}" width="${tile.width}" height="${tile.height}" rx="8" fill="#ffffff"/>`
      : '',
    name,
    '</svg>',
  ].join('');
};

/** Where the logo's white tile sits: the bottom corner where lines start (the right one in Arabic). */
const logoTile = (card: OgCard) => {
  if (!card.logo) return undefined;
  const width = card.logo.width + 2 * LOGO_PADDING;
  const height = card.logo.height + 2 * LOGO_PADDING;
  return { left: card.direction === 'rtl' ? W - MARGIN - width : MARGIN, top: H - MARGIN - height + 12, width, height };
};

/** fontconfig reads FONTCONFIG_FILE when sharp first draws text: the npm fonts, and nothing of the machine's. */
const useNpmFonts = async (cacheDir: string): Promise<void> => {
  if (process.env.FONTCONFIG_FILE?.startsWith(cacheDir)) return;
  const require = createRequire(import.meta.url);
  const dirs = ['noto-sans', 'noto-sans-arabic'].flatMap((family) => {
    const root = path.dirname(require.resolve(`@expo-google-fonts/${family}/package.json`));
    return ['400Regular', '700Bold'].map((weight) => path.join(root, weight));
  });
  const file = path.join(cacheDir, 'fonts.conf');
  await mkdir(cacheDir, { recursive: true });
  await writeFile(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n${dirs.map((dir) => `  <dir>${dir}</dir>`).join('\n')}\n  <cachedir>${path.join(cacheDir, 'fontconfig')}</cachedir>\n</fontconfig>\n`,
  );
  process.env.FONTCONFIG_FILE = file;
};

/**
 * A cover at card size under a shade, as raw pixels: the same for every card on that cover, so it
 * is made once for them (about 70 ms of the 110 ms a card took). The shade is a
 * linear map of each channel, which costs far less than blending a translucent layer.
 */
const backgroundOf = (() => {
  const kept = new Map<string, Promise<Buffer>>();
  return (cover: string | undefined, shade: string | undefined): Promise<Buffer> => {
    const key = `${shade ?? ''} ${cover ?? ''}`;
    let background = kept.get(key);
    if (!background) {
      const { opacity } = SHADE;
      const rgb = shade ? [1, 3, 5].map((at) => parseInt(shade.slice(at, at + 2), 16)) : SHADE.rgb;
      background = (
        cover
          ? sharp(cover)
              .resize(W, H, { fit: 'cover' })
              .removeAlpha()
              .linear(
                [1 - opacity, 1 - opacity, 1 - opacity],
                rgb.map((channel) => channel * opacity),
              )
          : sharp({ create: { width: W, height: H, channels: 3, background: { r: rgb[0]!, g: rgb[1]!, b: rgb[2]! } } })
      )
        .raw()
        .toBuffer();
      kept.set(key, background);
      if (kept.size > KEPT_BACKGROUNDS) kept.delete(kept.keys().next().value!);
    }
    return background;
  };
})();

interface CardFiles {
  cover?: string;
  logo?: string;
}

const draw = async (card: OgCard, { cover, logo }: CardFiles, file: string): Promise<void> => {
  const background = await backgroundOf(cover, card.shade);
  const tile = logoTile(card);
  const partial = `${file}.partial`;
  // libjpeg-turbo, not mozjpeg: mozjpeg's smaller file took 60 ms more a card, for an image only
  // link-preview crawlers fetch.
  await sharp(background, { raw: { width: W, height: H, channels: 3 } })
    .composite([
      { input: Buffer.from(cardSvg(card)) },
      ...(logo && tile ? [{ input: logo, left: tile.left + LOGO_PADDING, top: tile.top + LOGO_PADDING }] : []),
    ])
    .jpeg({ quality: 82 })
    .toFile(partial);
  await rename(partial, file);
};

/** Draws the cards not drawn yet and links every document's card into the site; returns how many were drawn. */
export const writeOgImages = async ({
  outDir,
  manifest,
  cacheDir,
}: {
  outDir: string;
  manifest: BuildManifest;
  cacheDir: string;
}): Promise<{ drawn: number; cards: number }> => {
  const ogCache = path.join(cacheDir, 'og');
  await useNpmFonts(ogCache);
  const cards = new Map(manifest.documents.flatMap((doc) => (doc.og ? [[doc.og.file, doc.og] as const] : [])));
  const siteFile = (sitePath: string | undefined) => {
    const file = sitePath && path.join(outDir, decodeURIComponent(sitePath.slice(manifest.base.length)));
    return file && existsSync(file) ? file : undefined;
  };
  const byCover = [...cards]
    .map(([sitePath, card]) => ({
      sitePath,
      card,
      files: { cover: siteFile(card.cover), logo: siteFile(card.logo?.file) },
    }))
    .sort((a, b) => (a.files.cover ?? '').localeCompare(b.files.cover ?? ''));
  await mkdir(path.join(outDir, 'og'), { recursive: true });
  let drawn = 0;
  // One card per core at a time: libvips spreads one drawing thinly, so two overlap well.
  await mapLimit(byCover, Math.max(1, availableParallelism()), async ({ sitePath, card, files }) => {
    const cached = path.join(ogCache, path.basename(sitePath));
    if (!existsSync(cached)) {
      await draw(card, files, cached);
      drawn += 1;
    } else {
      await utimes(cached, new Date(), new Date());
    }
    const target = path.join(outDir, decodeURIComponent(sitePath.slice(manifest.base.length)));
    await linkOrCopy(cached, target);
  });
  await pruneUnusedCards(ogCache, new Set([...cards.keys()].map((sitePath) => path.basename(sitePath))));
  return { drawn, cards: cards.size };
};

/** Every edit of a title draws a new card: the old ones would otherwise pile up build after build. */
const pruneUnusedCards = async (ogCache: string, used: Set<string>): Promise<void> => {
  const cutoff = Date.now() - UNUSED_CARD_DAYS * 24 * 60 * 60 * 1000;
  for (const name of await readdir(ogCache)) {
    if (!name.endsWith('.jpg') || used.has(name)) continue;
    const file = path.join(ogCache, name);
    // Each build that shows a card touches it: an old time means no build has used it since.
    if ((await stat(file)).mtimeMs < cutoff) await unlink(file);
  }
};
