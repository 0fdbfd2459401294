/**
 * Which addresses upload from URL may fetch from, and an agent that checks each connection it
 * opens, redirects included, against real servers on loopback.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublicAddress } from '../../cms/src/uploads/public-address.js';
import { checkedAgent, NotPublicAddress } from '../../cms/src/uploads/upload-from-url.js';

const NOT_PUBLIC = [
  ['0.0.0.0', 'this host, "any address"'],
  ['0.1.2.3', '0.0.0.0/8'],
  ['127.0.0.1', 'loopback'],
  ['127.255.255.254', 'loopback, end of 127/8'],
  ['10.0.0.1', 'private'],
  ['172.16.0.1', 'private'],
  ['172.31.255.255', 'private, end of 172.16/12'],
  ['192.168.1.1', 'private'],
  ['100.64.0.1', 'carrier-grade NAT'],
  ['100.127.255.254', 'carrier-grade NAT, end'],
  ['169.254.169.254', 'link-local, cloud metadata'],
  ['192.0.0.8', 'IETF protocol assignments'],
  ['192.0.2.1', 'documentation'],
  ['198.18.0.1', 'benchmarking'],
  ['224.0.0.1', 'multicast'],
  ['239.255.255.250', 'multicast'],
  ['240.0.0.1', 'reserved'],
  ['255.255.255.255', 'broadcast'],
  ['::', 'IPv6 unspecified'],
  ['::1', 'IPv6 loopback'],
  ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
  ['::ffff:7f00:1', 'IPv4-mapped loopback, hex'],
  ['::ffff:10.0.0.1', 'IPv4-mapped private'],
  ['::ffff:0.0.0.0', 'IPv4-mapped 0.0.0.0'],
  ['::ffff:169.254.169.254', 'IPv4-mapped metadata'],
  ['::7f00:1', 'IPv4-compatible loopback'],
  ['::8.8.8.8', 'IPv4-compatible, deprecated'],
  ['64:ff9b::7f00:1', 'NAT64 of loopback'],
  ['2002:7f00:1::1', '6to4 of loopback'],
  ['2001::1', 'Teredo'],
  ['fe80::1', 'link-local'],
  ['fe80::1%eth0', 'link-local with a zone'],
  ['fec0::1', 'site-local, deprecated'],
  ['fc00::1', 'unique local'],
  ['fd00:ec2::254', 'unique local, cloud metadata'],
  ['ff02::1', 'multicast'],
  ['2001:db8::1', 'documentation'],
  ['100::1', 'discard'],
  ['localhost', 'a name, not an address'],
  ['', 'nothing'],
  ['127.1', 'a short form the resolver would expand'],
  ['0x7f000001', 'a hex form the resolver would expand'],
] as const;

const PUBLIC = [
  ['8.8.8.8', 'Google DNS'],
  ['1.1.1.1', 'Cloudflare DNS'],
  ['93.184.215.14', 'a web server'],
  ['172.32.0.1', 'just past 172.16/12'],
  ['100.128.0.1', 'just past carrier-grade NAT'],
  ['11.0.0.1', 'just past 10/8'],
  ['2606:4700:4700::1111', 'Cloudflare DNS, IPv6'],
  ['2001:4860:4860::8888', 'Google DNS, IPv6'],
  ['::ffff:8.8.8.8', 'IPv4-mapped public'],
] as const;

describe('public addresses', () => {
  it.each(NOT_PUBLIC)('refuses %s (%s)', (address) => expect(isPublicAddress(address)).toBe(false));
  it.each(PUBLIC)('accepts %s (%s)', (address) => expect(isPublicAddress(address)).toBe(true));
});

describe('an agent that checks every connection', () => {
  const hits: string[] = [];
  const servers: Server[] = [];
  let internal: string;
  let redirecting: string;

  const serve = async (host: string, answer: (response: ServerResponse) => void) => {
    const server = createServer((request, response) => {
      hits.push(`${host} ${request.url}`);
      answer(response);
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, host, resolve));
    return (server.address() as AddressInfo).port;
  };

  beforeAll(async () => {
    const internalPort = await serve('127.0.0.1', (response) => response.end('internal secret'));
    internal = `127.0.0.1:${internalPort}`;
    const redirectPort = await serve('127.0.0.2', (response) => {
      response.writeHead(302, { Location: `http://${internal}/admin` });
      response.end();
    });
    redirecting = `127.0.0.2:${redirectPort}`;
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  });

  /** Why fetching url through a checked agent failed (the cause fetch wraps in "fetch failed"). */
  const refusal = (url: string, isAllowed?: (address: string) => boolean) =>
    fetch(url, { dispatcher: checkedAgent(isAllowed) } as RequestInit).then(
      () => undefined,
      (failure: Error) => failure.cause,
    );

  it.each([
    'http://0.0.0.0:PORT/',
    'http://localhost:PORT/',
    'http://127.0.0.1:PORT/',
    'http://[::ffff:127.0.0.1]:PORT/',
    'http://127.1:PORT/',
    'http://0x7f000001:PORT/',
  ])('never connects to %s', async (template) => {
    hits.length = 0;
    const cause = await refusal(template.replace('PORT', internal.split(':')[1]));
    expect(cause).toBeInstanceOf(NotPublicAddress);
    expect((cause as Error).message).toMatch(
      /is (0\.0\.0\.0|127\.0\.0\.1|::ffff:7f00:1|::1), which is not a public address: the CMS fetches files from public addresses only/,
    );
    expect(hits).toEqual([]);
  });

  it('checks the address a redirect leads to, and never connects to it', async () => {
    hits.length = 0;
    // Only the redirecting server's address counts as allowed here, standing in for a public one.
    const cause = await refusal(`http://${redirecting}/picture.png`, (address) => address === '127.0.0.2');
    expect(cause).toBeInstanceOf(NotPublicAddress);
    expect((cause as Error).message).toMatch(/^127\.0\.0\.1 is 127\.0\.0\.1, which is not a public address/);
    expect(hits).toEqual([`127.0.0.2 /picture.png`]);
  });

  it('fetches from an allowed address', async () => {
    const response = await fetch(`http://${internal}/`, {
      dispatcher: checkedAgent((address) => address === '127.0.0.1'),
    } as RequestInit);
    expect(await response.text()).toBe('internal secret');
  });
});
