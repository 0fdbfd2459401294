/**
 * What the site's own server answers to hostile request lines: no redirect ever leaves the site,
 * and every answer, whatever its status, carries the security headers. Requests go over a raw
 * socket, because fetch normalises a path before sending it.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../scripts/lib/security-headers.js';
import { ROUTING_FILE, startStaticServer, type StaticServer } from '../../scripts/lib/static-server.js';

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
}

/** Sends one request line exactly as written and reads the status and headers of the answer. */
const sendRaw = (serverUrl: string, method: string, target: string): Promise<RawAnswer> =>
  new Promise((resolve, reject) => {
    const { hostname, port } = new URL(serverUrl);
    const socket = connect(Number(port), hostname);
    let received = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const [head] = received.split('\r\n\r\n');
      const [statusLine, ...lines] = head.split('\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(statusLine)?.[1]);
      if (!status)
        return reject(new Error(`No HTTP answer to ${method} ${target}: ${JSON.stringify(received.slice(0, 200))}`));
      const headers = Object.fromEntries(
        lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      resolve({ status, headers });
    });
    socket.write(`${method} ${target} HTTP/1.1\r\nHost: site.test\r\nConnection: close\r\n\r\n`);
  });

/** A Location stays on the site when it is one path on the same origin: one leading slash, no scheme, no other host. */
const staysOnSite = (location: string) =>
  /^\/(?![/\\])/.test(location) &&
  !/[\t\n\r\\]/.test(location) &&
  new URL(location, 'http://site.test/').origin === 'http://site.test';

const missingSecurityHeaders = (answer: RawAnswer) =>
  Object.keys(SECURITY_HEADERS).filter((name) => !answer.headers[name.toLowerCase()]);

const HOSTILE_TARGETS = [
  '/.//evil.example/..%2fguides',
  '//evil.example/..%2fguides',
  '//evil.example/%2e%2e/guides',
  '///evil.example/../guides',
  '//guides',
  '///guides',
  '/%2fevil.example/..%2fguides',
  '/%2F%2Fevil.example%2F..%2Fguides',
  '/%5cevil.example/..%2fguides',
  '/\\evil.example/..%2fguides',
  '/\\/evil.example/..%2fguides',
  '/./%2f/evil.example/..%2f..%2fguides',
  '/.%2e/%2fevil.example/..%2fguides',
  '/%2e%2e//evil.example/..%2fguides',
  '/%09/evil.example/..%2fguides',
  '//evil.example/guides/old-name/',
  '//evil.example/..%2fguides/old-name',
  '/guides/..%2f..%2f..%2fetc%2fpasswd',
  'http://evil.example/guides',
  '//evil.example/..%2fguides?next=//evil.example',
  '/%E0%A4%A/..%2f%2fevil.example',
];

let siteDir: string;
const servers: Record<string, StaticServer> = {};

beforeAll(async () => {
  siteDir = await mkdtemp(path.join(tmpdir(), 'hub-site-answers-'));
  await mkdir(path.join(siteDir, 'guides', 'a-guide'), { recursive: true });
  await writeFile(path.join(siteDir, 'index.html'), '<h1>Home</h1>');
  await writeFile(path.join(siteDir, 'guides', 'index.html'), '<h1>Guides</h1>');
  await writeFile(path.join(siteDir, 'guides', 'a-guide', 'index.html'), '<h1>A guide</h1>');
  await writeFile(path.join(siteDir, '404.html'), 'Not here');
  await writeFile(
    path.join(siteDir, ROUTING_FILE),
    JSON.stringify({ redirects: { '/guides/old-name/': '/guides/a-guide/' }, gone: [] }),
  );
  servers['/'] = await startStaticServer({ root: siteDir });
  servers['/library/'] = await startStaticServer({ root: siteDir, prefix: '/library/' });
  servers.failing = await startStaticServer({
    root: () => Promise.reject(new Error('the release folder cannot be read')),
  });
});

afterAll(async () => {
  await Promise.all(Object.values(servers).map((server) => server.close()));
  await rm(siteDir, { recursive: true, force: true });
});

describe('site server answers to hostile request lines', () => {
  it.each(['/', '/library/'])('never redirects off the site, with the site under %s', async (prefix) => {
    const targets = [
      ...HOSTILE_TARGETS,
      ...HOSTILE_TARGETS.filter((target) => target.startsWith('/')).map((target) => `${prefix}${target.slice(1)}`),
    ];
    const offSite: string[] = [];
    const bare: string[] = [];
    for (const target of targets) {
      const answer = await sendRaw(servers[prefix].url, 'GET', target);
      if (answer.headers.location !== undefined && !staysOnSite(answer.headers.location))
        offSite.push(`${target} -> ${answer.status} ${answer.headers.location}`);
      if (missingSecurityHeaders(answer).length > 0) bare.push(`${target} -> ${answer.status}`);
    }
    expect(targets.length).toBeGreaterThanOrEqual(HOSTILE_TARGETS.length);
    expect({ offSite, bare }).toEqual({ offSite: [], bare: [] });
  });

  it('still leads a folder to its slash form and a moved address to where it is now, on the site', async () => {
    const folder = await sendRaw(servers['/'].url, 'GET', '/.//evil.example/..%2fguides');
    expect([folder.status, folder.headers.location]).toEqual([301, '/guides/']);
    const moved = await sendRaw(servers['/'].url, 'GET', '//guides/old-name?ref=partner');
    expect([moved.status, moved.headers.location]).toEqual([301, '/guides/a-guide/?ref=partner']);
    const underPrefix = await sendRaw(servers['/library/'].url, 'GET', '/library//guides');
    expect([underPrefix.status, underPrefix.headers.location]).toEqual([301, '/library/guides/']);
  });

  it.each([
    ['POST', '/'],
    ['PUT', '/guides/'],
    ['DELETE', '//evil.example/..%2fguides'],
    ['OPTIONS', '*'],
    ['PATCH', '/index.html'],
  ])('answers %s %s with 405 and the security headers', async (method, target) => {
    const answer = await sendRaw(servers['/'].url, method, target);
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, HEAD');
    expect(missingSecurityHeaders(answer)).toEqual([]);
  });

  it('answers 404 and 500 with the security headers', async () => {
    const missing = await sendRaw(servers['/'].url, 'GET', '/guides/never-was/');
    expect(missing.status).toBe(404);
    expect(missingSecurityHeaders(missing)).toEqual([]);
    const failed = await sendRaw(servers.failing.url, 'GET', '/guides/');
    expect(failed.status).toBe(500);
    expect(missingSecurityHeaders(failed)).toEqual([]);
  });
});
