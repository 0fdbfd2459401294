/**
 * The publisher's door: an HTTP endpoint that takes content events from the CMS, but only signed
 * ones (see cms/src/publishing/sign-event.ts). Unsigned or badly signed requests, replays (a
 * timestamp outside ±5 minutes, or a signature already used) and bodies over 256 KB are refused
 * with a log line and nothing else happens. What a valid event says is only a hint.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listen, type Listening } from '../lib/listen.js';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, signatureMatches } from '@resource-hub/cms/publishing/sign-event';

export const MAX_BODY_BYTES = 256 * 1024;
export const MAX_CLOCK_SKEW_S = 300;

export interface ContentEvent {
  /** Unique per send, so two identical events are two requests, not a replay. */
  id: string;
  event: string;
  uid: string;
  documentId?: string;
  locale?: string | null;
}

export interface PublisherOptions {
  secret: string;
  onEvent: (event: ContentEvent) => void;
  /**
   * What GET /status answers (the live release, the last error, whether a build runs); nothing
   * secret. GET /status?document={documentId} adds where that document's versions are live.
   */
  status?: (documentId?: string) => Promise<unknown>;
  /** Answers /preview and everything under it (see preview.ts). */
  preview?: (request: IncomingMessage, response: ServerResponse) => Promise<void>;
  host?: string;
  port?: number;
  log?: (line: string) => void;
}

export type Publisher = Listening;

class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const readBody = (request: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES)
      return reject(
        new Refusal(413, `a body of ${request.headers['content-length']} bytes (the limit is ${MAX_BODY_BYTES})`),
      );
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Refusal(413, `a body over ${MAX_BODY_BYTES} bytes`));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });

export const startPublisher = async ({
  secret,
  onEvent,
  status,
  preview,
  host = '127.0.0.1',
  port = 0,
  log = console.log,
}: PublisherOptions): Promise<Publisher> => {
  // Signatures seen inside the replay window, with when they stop mattering.
  const seen = new Map<string, number>();

  const accept = async (request: IncomingMessage): Promise<ContentEvent> => {
    const body = await readBody(request);
    const timestamp = Number(request.headers[TIMESTAMP_HEADER]);
    const signature = String(request.headers[SIGNATURE_HEADER] ?? '');
    const now = Math.floor(Date.now() / 1000);
    if (!signature) throw new Refusal(401, 'an unsigned request');
    if (!Number.isInteger(timestamp) || Math.abs(now - timestamp) > MAX_CLOCK_SKEW_S)
      throw new Refusal(
        401,
        `a timestamp outside ±${MAX_CLOCK_SKEW_S} s (${request.headers[TIMESTAMP_HEADER] ?? 'none'})`,
      );
    if (!signatureMatches(secret, timestamp, body, signature)) throw new Refusal(401, 'a bad signature');
    for (const [old, expires] of seen) if (expires < now) seen.delete(old);
    if (seen.has(signature)) throw new Refusal(401, 'a replayed request');
    seen.set(signature, timestamp + MAX_CLOCK_SKEW_S);
    try {
      const event = JSON.parse(body) as ContentEvent;
      if (typeof event.event !== 'string') throw new Error('no event name');
      return event;
    } catch {
      throw new Refusal(400, 'a signed body that is not an event');
    }
  };

  const answer = (response: ServerResponse, status: number, text: string) => {
    response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(text);
  };

  const server = createServer((request, response) => {
    const { pathname, searchParams } = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'GET' && pathname === '/status' && status)
      return void status(searchParams.get('document') ?? undefined).then(
        (body) => {
          response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
          response.end(JSON.stringify(body));
        },
        () => answer(response, 500, 'The status could not be read'),
      );
    if (request.method === 'GET' && preview && (pathname === '/preview' || pathname.startsWith('/preview/')))
      return void preview(request, response).catch(() => {
        if (!response.headersSent) answer(response, 500, 'The preview could not be served');
        else response.end();
      });
    if (request.method !== 'POST' || pathname !== '/events') return answer(response, 404, 'Not found');
    accept(request).then(
      (event) => {
        answer(response, 202, 'Accepted');
        onEvent(event);
      },
      (error: unknown) => {
        const status = error instanceof Refusal ? error.status : 500;
        log(
          `publisher: refused ${error instanceof Refusal ? error.message : 'a request it could not read'} from ${request.socket.remoteAddress} (HTTP ${status})`,
        );
        if (!response.headersSent)
          answer(
            response,
            status,
            status === 413 ? 'Payload too large' : status === 400 ? 'Bad request' : 'Unauthorized',
          );
      },
    );
  });

  return listen(server, port, host);
};
