/** Media from the CMS: fetched only from allowed origins, named by Strapi's hash. */
import { describe, expect, it } from 'vitest';
import { MediaError, mediaFileName, mediaSourceUrl } from '../../site/src/cms/media.js';

const cms = 'http://127.0.0.1:1337';
const allowed = [cms, 'https://media.example-bucket.org'];

describe('media', () => {
  it('resolves CMS-relative files against the CMS and accepts allow-listed origins', () => {
    expect(mediaSourceUrl({ url: '/uploads/cover_a1.jpg', name: 'cover.jpg' }, cms, allowed)).toBe(
      `${cms}/uploads/cover_a1.jpg`,
    );
    expect(
      mediaSourceUrl({ url: 'https://media.example-bucket.org/cover_a1.jpg', name: 'cover.jpg' }, cms, allowed),
    ).toBe('https://media.example-bucket.org/cover_a1.jpg');
  });

  it('refuses a file from any other origin, naming it and the fix', () => {
    const fetchFromElsewhere = () =>
      mediaSourceUrl({ url: 'https://tracker.example.com/pixel.jpg', name: 'pixel.jpg' }, cms, allowed);
    expect(fetchFromElsewhere).toThrow(MediaError);
    expect(fetchFromElsewhere).toThrow(/"pixel\.jpg" is stored at https:\/\/tracker\.example\.com.*MEDIA_ORIGINS/);
  });

  it('names copies by Strapi hash and extension, and never lets a name leave the media folder', () => {
    expect(mediaFileName({ url: '/uploads/report_a1.pdf', name: 'Report.pdf', hash: 'report_a1', ext: '.PDF' })).toBe(
      'report_a1.pdf',
    );
    const hostile = mediaFileName({ url: '/uploads/x.pdf', name: 'x.pdf', hash: '../../etc/passwd', ext: '.pdf/../x' });
    expect(hostile).toMatch(/^[0-9a-f]{16}$/);
  });
});
