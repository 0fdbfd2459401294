/**
 * Sample media made on this machine, never downloaded: covers drawn with sharp, PDFs written
 * with PDFKit (real, extractable text: later features search inside and save them offline).
 */
import PDFDocument from 'pdfkit';
import sharp from 'sharp';

export const COVER_SIZE = { width: 1600, height: 900 } as const;

/** A calm geometric cover in one hue; no text, so no font is needed. */
export const drawCover = async (hue: number): Promise<Buffer> => {
  const { width, height } = COVER_SIZE;
  const circles = Array.from({ length: 6 }, (_, index) => {
    const r = 120 + index * 70;
    return `<circle cx="${width * 0.78}" cy="${height * 0.62}" r="${r}" fill="none" stroke="hsl(${hue} 60% ${88 - index * 6}%)" stroke-width="28" opacity="0.55"/>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
<stop offset="0" stop-color="hsl(${hue} 55% 28%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360} 60% 45%)"/>
</linearGradient></defs>
<rect width="100%" height="100%" fill="url(#g)"/>${circles}
<rect x="80" y="${height - 140}" width="${width * 0.35}" height="16" fill="hsl(${hue} 70% 85%)"/>
</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80, mozjpeg: true }).toBuffer();
};

/**
 * A placeholder logo in one hue: a ring and three bars, no text and nothing of any real
 * organisation's mark (the seeds hold no logo files). PNG, as logos are uploaded.
 */
export const drawPlaceholderLogo = async (hue: number): Promise<Buffer> => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="240">
<rect width="480" height="240" rx="24" fill="hsl(${hue} 30% 96%)"/>
<circle cx="120" cy="120" r="64" fill="none" stroke="hsl(${hue} 65% 35%)" stroke-width="20"/>
${[0, 1, 2].map((row) => `<rect x="220" y="${78 + row * 32}" width="${200 - row * 50}" height="18" rx="9" fill="hsl(${hue} 55% ${35 + row * 12}%)"/>`).join('')}
</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
};

/** A PDF whose pages hold the given lines ("## " starts a heading). */
export const writePdf = (title: string, pages: string[][], language: string): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 64,
      info: { Title: title, Author: 'Strong Cities Network' },
      lang: language,
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font('Helvetica-Bold').fontSize(20).text(title).moveDown();
    pages.forEach((lines, index) => {
      if (index > 0) doc.addPage();
      for (const line of lines) {
        if (line.startsWith('## ')) doc.font('Helvetica-Bold').fontSize(14).text(line.slice(3)).moveDown(0.5);
        else doc.font('Helvetica').fontSize(11).text(line, { align: 'left' }).moveDown(0.6);
      }
    });
    doc.end();
  });
