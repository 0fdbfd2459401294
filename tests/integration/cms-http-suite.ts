/**
 * What other sites' scripts, and editors, may make the CMS do over HTTP, against the real Strapi
 * on each database the hub supports: the admin panel and its APIs answer their own origin only,
 * the content API the origins in CORS_ORIGINS, never with credentials; upload from URL, when
 * turned on, never reaches the hub's own services; a filter the database cannot apply gets a 400
 * that names it, never a 500.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_ACCOUNTS } from '../../cms/src/env/read-env.js';
import { drawCover } from '../../scripts/seed/assets.js';
import { startThrowawayCms, type DatabaseKind, type ThrowawayCms } from '../../scripts/lib/throwaway-cms.js';

const PARTNER = 'https://partner.example.org';
/** Sibling origins: another port on the same host, a sister subdomain, a look-alike of the partner. */
const FOREIGN = [
  'http://127.0.0.1:4321',
  'http://localhost:9999',
  'https://evil.example.org',
  'https://partner.example.org.evil.example',
  'null',
];

export const cmsHttpSuite = (database: DatabaseKind) => {
  let cms: ThrowawayCms;
  let adminToken: string;
  /** A service on the CMS's host, as the publisher and the site are: what reached it. */
  let internal: Server;
  const internalHits: string[] = [];

  beforeAll(async () => {
    cms = await startThrowawayCms(database, 'warn', {
      CORS_ORIGINS: `${PARTNER}, http://localhost:3000`,
      UPLOAD_FROM_URL: 'true',
    });
    // Sign-in is rate-limited per address, so once, before the CORS cases post to /admin/login.
    const login = await fetch(`${cms.url}/admin/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(LOCAL_ACCOUNTS.admin),
    });
    expect(login.status).toBe(200);
    adminToken = (await login.json()).data.token;
    const cover = await drawCover(200);
    internal = createServer((request, response) => {
      internalHits.push(request.url ?? '');
      response.writeHead(200, { 'Content-Type': 'image/jpeg' });
      response.end(cover);
    });
    await new Promise<void>((resolve) => internal.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    await cms?.stop();
    await new Promise((resolve) => internal?.close(resolve));
  });

  /** The CORS headers of a preflight (OPTIONS) and of the request itself, as a browser would send them from origin. */
  const corsOf = async (origin: string, method: string, pathAndQuery: string) => {
    const preflight = await fetch(`${cms.url}${pathAndQuery}`, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': method,
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    const actual = await fetch(`${cms.url}${pathAndQuery}`, {
      method,
      headers: {
        Origin: origin,
        ...(method === 'POST' ? { 'Content-Type': 'application/json', Cookie: 'strapi_admin_refresh=stolen' } : {}),
      },
      ...(method === 'POST' ? { body: '{}' } : {}),
    });
    const headersOf = (response: Response) => ({
      allowOrigin: response.headers.get('access-control-allow-origin'),
      allowCredentials: response.headers.get('access-control-allow-credentials'),
    });
    return { preflight: headersOf(preflight), actual: headersOf(actual), status: actual.status };
  };

  const ADDRESSES: [string, string][] = [
    ['POST', '/admin/access-token'],
    ['POST', '/admin/login'],
    ['GET', '/admin/users/me'],
    ['GET', '/content-manager/collection-types/api::guide.guide'],
    ['GET', '/upload/files'],
    ['GET', '/api/guides'],
    ['GET', '/API/guides'],
  ];

  describe('CORS', () => {
    it.each(FOREIGN.flatMap((origin) => ADDRESSES.map(([method, address]) => [origin, method, address] as const)))(
      'gives %s no access to %s %s: no origin reflected, no credentials',
      async (origin, method, address) => {
        const { preflight, actual } = await corsOf(origin, method, address);
        expect({ preflight, actual }).toEqual({
          preflight: { allowOrigin: null, allowCredentials: null },
          actual: { allowOrigin: null, allowCredentials: null },
        });
      },
    );

    it.each(['POST /admin/access-token', 'GET /admin/users/me', 'GET /upload/files'])(
      'keeps %s same-origin, even for an origin in CORS_ORIGINS',
      async (request) => {
        const [method, address] = request.split(' ');
        const { preflight, actual } = await corsOf(PARTNER, method, address);
        expect({ preflight, actual }).toEqual({
          preflight: { allowOrigin: null, allowCredentials: null },
          actual: { allowOrigin: null, allowCredentials: null },
        });
      },
    );

    it.each([PARTNER, 'http://localhost:3000'])(
      'lets %s, listed in CORS_ORIGINS, read the content API, without credentials',
      async (origin) => {
        const { preflight, actual, status } = await corsOf(origin, 'GET', '/api/guides');
        expect(status).toBe(200);
        expect({ preflight, actual }).toEqual({
          preflight: { allowOrigin: origin, allowCredentials: null },
          actual: { allowOrigin: origin, allowCredentials: null },
        });
      },
    );
  });

  describe('filters the database cannot apply', () => {
    // Each answered 500 on SQLite, on PostgreSQL or on both before they were checked.
    const REFUSED: [query: string, why: RegExp][] = [
      ['filters[title][$jsonSupersetOf]=1', /does not offer \$jsonSupersetOf/],
      ['filters[title][$between]=a', /\$between takes two values/],
      ['filters[title][$eq][$eq]=a', /compares with a value/],
      ['filters[$and]=1', /\$and takes a list of conditions/],
      ['filters[$or][0]=x', /\$or takes a list of conditions/],
      ['filters[id][$eq]=abc', /"id" holds whole numbers and "abc" is not one/],
      ['filters[id][$in][0]=a', /"id" holds whole numbers/],
      ['filters[id][$gt]=99999999999999999999', /"id" holds whole numbers/],
      ['filters[themes][id][$eq]=x', /"id" holds whole numbers/],
      ['filters[themes][$eq]=abc', /"id" holds whole numbers/],
      ['filters[createdAt][$startsWith]=2024', /\$startsWith searches text and "createdAt" is a date/],
      ['filters[publicationDate][$containsi]=x', /\$containsi searches text and "publicationDate" is a date/],
      ['filters[body][$eq]=x', /"body" is rich text/],
      ['populate[themes][filters][id][$eq]=abc', /"id" holds whole numbers/],
    ];
    const ANSWERED = [
      'filters[title][$eq]=Safer streets',
      'filters[title][$between][0]=A&filters[title][$between][1]=Z',
      'filters[$or][0][title][$containsi]=safer&filters[$or][1][id][$gt]=0',
      'filters[title][$not][$eq]=x',
      'filters[createdAt][$lt]=2099-01-01',
      'filters[publicationDate][$between][0]=2020-01-01&filters[publicationDate][$between][1]=2099-01-01',
      'filters[body][$notNull]=true',
    ];

    beforeAll(async () => {
      const guides = cms.strapi.documents('api::guide.guide' as never);
      const body = [{ type: 'paragraph', children: [{ type: 'text', text: 'Cities share what works.' }] }];
      const guide = (await guides.create({
        locale: 'en',
        data: { title: 'Safer streets', summary: 'A guide.', publicationDate: '2024-05-01', body },
      } as never)) as { documentId: string };
      await guides.publish({ documentId: guide.documentId, locale: 'en' } as never);
    });

    it.each(REFUSED)('answers 400 to %s, naming it and saying why', async (query, why) => {
      const response = await fetch(`${cms.url}/api/guides?${query}`);
      const body = await response.json();
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(body.error.message).toMatch(/^".*" is not allowed: /);
      expect(body.error.message).toMatch(why);
    });

    it('still answers the filters a reader would write', async () => {
      for (const query of ANSWERED) {
        const response = await fetch(`${cms.url}/api/guides?${query}`);
        expect(response.status, `${query}: ${await response.clone().text()}`).toBe(200);
        expect((await response.json()).data.length, query).toBeGreaterThan(0);
      }
    });
  });

  describe('upload from URL, turned on', () => {
    /** The events of the admin's upload-from-URL stream, by name. */
    const uploadFromUrls = async (urls: string[]) => {
      const response = await fetch(`${cms.url}/upload/actions/upload-from-urls`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${adminToken}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ urls }),
      });
      const text = await response.text();
      const events = [...text.matchAll(/^event: (\S+)\ndata: (.*)$/gm)].map(([, event, data]) => ({
        event,
        data: JSON.parse(data) as { message?: string },
      }));
      return { status: response.status, events };
    };

    it.each([
      'http://0.0.0.0:PORT/cover.jpg',
      'http://0:PORT/cover.jpg',
      'http://127.0.0.1:PORT/cover.jpg',
      'http://localhost:PORT/cover.jpg',
    ])("never fetches %s, a service on the CMS's own host, and stores nothing", async (template) => {
      internalHits.length = 0;
      const before = await cms.strapi.db.query('plugin::upload.file').count();
      const { port } = internal.address() as AddressInfo;
      const { status, events } = await uploadFromUrls([template.replace('PORT', String(port))]);
      expect(status).toBe(200);
      const errors = events.filter(({ event }) => event === 'file:error');
      expect(errors, JSON.stringify(events)).toHaveLength(1);
      expect(errors[0].data.message).toMatch(/not a public address|blocked address/);
      expect(events.map(({ event }) => event)).not.toContain('file:complete');
      expect(internalHits).toEqual([]);
      expect(await cms.strapi.db.query('plugin::upload.file').count()).toBe(before);
    });
  });
};
