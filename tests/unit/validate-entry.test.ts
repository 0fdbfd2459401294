import { describe, expect, it } from 'vitest';
import { ContentValidationError, validateEntry } from '@resource-hub/content-types';

const image = {
  id: 7,
  name: 'cover.jpg',
  url: '/uploads/cover.jpg',
  mime: 'image/jpeg',
  size: 120.5,
  width: 1600,
  height: 900,
};
const pdf = { id: 8, name: 'report.pdf', url: '/uploads/report.pdf', mime: 'application/pdf', size: 80 };

const guide = (overrides: Record<string, unknown> = {}) => ({
  id: 12,
  documentId: 'x1y2z3',
  locale: 'fr',
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-02T00:00:00.000Z',
  publishedAt: '2024-01-02T00:00:00.000Z',
  title: 'Guide pour les maires',
  slug: 'guide-pour-les-maires',
  permanentId: 'k7m2p9qx',
  summary: 'Un guide pratique.',
  publicationDate: '2023-09-20',
  cover: { id: 1, image, alt: 'Des maires réunis' },
  body: [{ type: 'heading', level: 2, children: [{ type: 'text', text: 'Pourquoi' }] }],
  attachments: [{ id: 2, file: pdf, title: 'Rapport complet', language: 'fr' }],
  themes: [{ documentId: 't1', name: 'Discours de haine', slug: 'hate-speech' }],
  ...overrides,
});

const errorOf = (value: unknown): ContentValidationError => {
  try {
    validateEntry('guide', value);
  } catch (error) {
    return error as ContentValidationError;
  }
  throw new Error('expected the entry to be refused');
};

describe('validateEntry', () => {
  it('accepts a complete published guide as the REST API returns it', () => {
    expect(validateEntry('guide', guide()).title).toBe('Guide pour les maires');
  });

  it('names the document, the field as editors know it, the value, the rule and the fix', () => {
    const error = errorOf(guide({ summary: 'a'.repeat(412) }));
    expect(error).toBeInstanceOf(ContentValidationError);
    expect(error.message).toContain(
      'Guide (permanent id k7m2p9qx, slug "guide-pour-les-maires", locale fr) is invalid',
    );
    expect(error.message).toContain('"Summary" (summary) must be at most 300 characters; got "aaaa');
    expect(error.message).toContain('(412 characters)');
    expect(error.message).toContain('Fix: in the CMS, open this guide in French (fr) and correct "Summary"');
  });

  it('follows the path into components and lists every problem', () => {
    const error = errorOf(
      guide({ cover: { image, alt: '' }, attachments: [{ file: image, title: 'Photo', language: 'fr' }] }),
    );
    expect(error.issues.map((issue) => `${issue.label}: ${issue.problem}`)).toEqual([
      'Cover image › Image description (alt text): is required',
      'PDF attachments › #1 › PDF file: must be a file of type application/pdf',
    ]);
  });

  it('says a missing required field is required', () => {
    const { title: _title, ...withoutTitle } = guide();
    expect(errorOf(withoutTitle).issues[0]).toMatchObject({ field: 'title', problem: 'is required', value: 'nothing' });
  });

  it('refuses a draft (no publication time) and rich text Strapi blocks do not define', () => {
    expect(errorOf(guide({ publishedAt: null })).issues[0].problem).toBe('must be published');
    const html = errorOf(guide({ body: [{ type: 'html', value: '<script>alert(1)</script>' }] }));
    expect(html.issues[0].field).toBe('body.0');
  });

  it('checks taxonomy rules such as the ISO country code', () => {
    const city = {
      id: 1,
      documentId: 'c1',
      locale: 'en',
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:00.000Z',
      name: 'Sousse',
      slug: 'sousse',
      country: 'Tunisia',
      countryCode: 'tun',
      latitude: 35.8,
      longitude: 10.6,
    };
    expect(() => validateEntry('city', city)).toThrow(
      /"Country code" \(countryCode\) must be two capital letters, the ISO 3166-1 alpha-2 code \(e\.g\. TN, UG, ZA\); got "tun"/,
    );
  });
});
