/**
 * Draws the synthetic corpus's shared covers with sharp: a gradient and one motif (circles,
 * diagonal bands, blocks, waves or a skyline) in the image's hue, placed by a generator seeded
 * with the image's variant, so each of the 50 is distinct and the same on every run.
 */
import sharp from 'sharp';
import { COVER_SIZE } from '../seed/assets.js';
import { Random } from './random.js';
import type { SyntheticImage } from './synthetic-corpus.js';

const { width, height } = COVER_SIZE;
const hsl = (hue: number, saturation: number, lightness: number) =>
  `hsl(${Math.round(hue) % 360}, ${saturation}%, ${lightness}%)`;

const circles = (rng: Random, hue: number) =>
  Array.from({ length: rng.int(5, 9) }, () => {
    const r = rng.int(60, 380);
    return `<circle cx="${rng.int(0, width)}" cy="${rng.int(0, height)}" r="${r}" fill="${hsl(hue + rng.int(-20, 20), 60, rng.int(55, 85))}" opacity="${(0.25 + rng.next() * 0.35).toFixed(2)}"/>`;
  }).join('');

const stripes = (rng: Random, hue: number) => {
  const angle = rng.int(-50, -20);
  let x = -width;
  const bands: string[] = [];
  while (x < width * 2) {
    const band = rng.int(40, 180);
    bands.push(
      `<rect x="${x}" y="${-height}" width="${band}" height="${height * 3}" fill="${hsl(hue, 55, rng.int(40, 80))}" opacity="${(0.3 + rng.next() * 0.4).toFixed(2)}"/>`,
    );
    x += band + rng.int(20, 120);
  }
  return `<g transform="rotate(${angle} ${width / 2} ${height / 2})">${bands.join('')}</g>`;
};

const blocks = (rng: Random, hue: number) => {
  const size = rng.int(90, 150);
  const gap = rng.int(12, 28);
  const squares: string[] = [];
  for (let y = gap; y < height; y += size + gap)
    for (let x = gap; x < width; x += size + gap)
      if (rng.chance(0.7))
        squares.push(
          `<rect x="${x}" y="${y}" width="${size}" height="${size}" rx="6" fill="${hsl(hue + rng.int(-15, 15), 50, rng.int(35, 80))}" opacity="0.8"/>`,
        );
  return squares.join('');
};

const waves = (rng: Random, hue: number) => {
  const count = rng.int(4, 6);
  return Array.from({ length: count }, (_, index) => {
    const base = (height * (index + 1)) / (count + 1);
    const lift = () => base + rng.int(-140, 140);
    return `<path d="M0 ${lift()} C ${width * 0.3} ${lift()}, ${width * 0.6} ${lift()}, ${width} ${lift()} L ${width} ${height} L 0 ${height} Z" fill="${hsl(hue, 60, 30 + index * 9)}" opacity="0.55"/>`;
  }).join('');
};

const skyline = (rng: Random, hue: number) => {
  const parts = [
    `<circle cx="${rng.int(200, width - 200)}" cy="${rng.int(120, 320)}" r="${rng.int(60, 130)}" fill="${hsl(hue + 40, 80, 85)}" opacity="0.8"/>`,
  ];
  for (let x = 0; x < width;) {
    const w = rng.int(60, 170);
    const h = rng.int(150, 600);
    parts.push(`<rect x="${x}" y="${height - h}" width="${w}" height="${h}" fill="${hsl(hue, 40, rng.int(12, 30))}"/>`);
    for (let wy = height - h + 24; wy < height - 30; wy += 44)
      for (let wx = x + 14; wx < x + w - 24; wx += 34)
        if (rng.chance(0.35))
          parts.push(
            `<rect x="${wx}" y="${wy}" width="14" height="20" fill="${hsl(hue + 50, 90, 80)}" opacity="0.8"/>`,
          );
    x += w + rng.int(0, 12);
  }
  return parts.join('');
};

const MOTIF_DRAWERS = { circles, stripes, blocks, waves, skyline };

export const drawSyntheticImage = (image: SyntheticImage): Promise<Buffer> => {
  const rng = new Random(`synthetic-image:${image.variant}`);
  const turn = rng.int(0, 1);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<defs><linearGradient id="g" x1="${turn}" y1="0" x2="${1 - turn}" y2="1">
<stop offset="0" stop-color="${hsl(image.hue, 55, 22)}"/><stop offset="1" stop-color="${hsl(image.hue + rng.int(20, 60), 60, 48)}"/>
</linearGradient></defs>
<rect width="100%" height="100%" fill="url(#g)"/>${MOTIF_DRAWERS[image.motif](rng, image.hue)}
</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80, mozjpeg: true }).toBuffer();
};
