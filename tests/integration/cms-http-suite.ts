/**
 * What other sites' scripts may do with the CMS over HTTP, against the real Strapi on each
 * database the hub supports: the admin panel and its APIs answer their own origin only, the
 * content API the origins in CORS_ORIGINS, never with credentials.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startThrowawayCms, type DatabaseKind, type ThrowawayCms } from '../../scripts/lib/throwaway-cms.js';

const PARTNER = 'https://partner.example.org';
/** Sibling origins: another port on the same host, a sister subdomain, a look-alike of the partner. */
const FOREIGN = ['http://127.0.0.1:4321', 'http://localhost:9999', 'https://evil.example.org', 'https://partner.example.org.evil.example', 'null'];

export const cmsHttpSuite = (database: DatabaseKind) => {
  let cms: ThrowawayCms;

  beforeAll(async () => {
    cms = await startThrowawayCms(database, 'warn', { CORS_ORIGINS: `${PARTNER}, http://localhost:3000` });
  });

  afterAll(async () => {
    await cms?.stop();
  });

  /** The CORS headers of a preflight (OPTIONS) and of the request itself, as a browser would send them from origin. */
  const corsOf = async (origin: string, method: string, pathAndQuery: string) => {
    const preflight = await fetch(`${cms.url}${pathAndQuery}`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': 'content-type' },
    });
    const actual = await fetch(`${cms.url}${pathAndQuery}`, {
      method,
      headers: { Origin: origin, ...(method === 'POST' ? { 'Content-Type': 'application/json', Cookie: 'strapi_admin_refresh=stolen' } : {}) },
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
        expect({ preflight, actual }).toEqual({ preflight: { allowOrigin: null, allowCredentials: null }, actual: { allowOrigin: null, allowCredentials: null } });
      },
    );

    it.each(['POST /admin/access-token', 'GET /admin/users/me', 'GET /upload/files'])('keeps %s same-origin, even for an origin in CORS_ORIGINS', async (request) => {
      const [method, address] = request.split(' ');
      const { preflight, actual } = await corsOf(PARTNER, method, address);
      expect({ preflight, actual }).toEqual({ preflight: { allowOrigin: null, allowCredentials: null }, actual: { allowOrigin: null, allowCredentials: null } });
    });

    it.each([PARTNER, 'http://localhost:3000'])('lets %s, listed in CORS_ORIGINS, read the content API, without credentials', async (origin) => {
      const { preflight, actual, status } = await corsOf(origin, 'GET', '/api/guides');
      expect(status).toBe(200);
      expect({ preflight, actual }).toEqual({ preflight: { allowOrigin: origin, allowCredentials: null }, actual: { allowOrigin: origin, allowCredentials: null } });
    });
  });
};
