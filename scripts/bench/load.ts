/**
 * A bounded local load (autocannon on 127.0.0.1): a fixed number of connections for a fixed time
 * against a set of addresses, recording throughput, latency and every answer that was not a 2xx.
 * The figures show that the server keeps answering under load, not a capacity plan: client and
 * server share this machine's cores.
 */
import autocannon from 'autocannon';
import type { Figures } from './figures.js';

export const LOAD = { connections: 16, seconds: 10 };

export const recordLoad = async (figures: Figures, key: string, label: string, urls: string[]): Promise<void> => {
  const target = new URL(urls[0]);
  const result = await autocannon({
    url: target.origin,
    connections: LOAD.connections,
    duration: LOAD.seconds,
    // Each connection walks the addresses in turn.
    requests: urls.map((url) => ({ method: 'GET', path: new URL(url).pathname + new URL(url).search })),
  });
  const failed = result.errors + result.timeouts + result.non2xx;
  const detail = `${LOAD.connections} connections, ${LOAD.seconds} s`;
  figures.add(`${key}.rps`, `${label}: requests/s (${detail})`, Math.round(result.requests.average), 'req/s');
  figures.add(`${key}.p50`, `${label}: latency p50`, result.latency.p50, 'ms');
  figures.add(`${key}.p99`, `${label}: latency p99`, result.latency.p99, 'ms');
  figures.add(`${key}.failed`, `${label}: errors, timeouts and non-2xx of ${result.requests.total}`, failed, 'answers');
};
