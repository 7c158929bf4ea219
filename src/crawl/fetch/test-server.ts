// Real HTTP servers for the fetcher's tests, on 127.0.0.1 and an ephemeral port. Every request is
// recorded with the server's own clock, so politeness is checked where it matters: on arrival.
import type dns from 'node:dns';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  path: string;
  /** Server clock (ms) when the request arrived. */
  at: number;
  headers: http.IncomingHttpHeaders;
}

export interface TestServer {
  origin: string;
  url(path: string): string;
  requests: RecordedRequest[];
  /** Requests for one path (query included), in arrival order. */
  hits(path: string): RecordedRequest[];
  /** Most requests in flight at once. */
  peakConcurrency(): number;
  close(): Promise<void>;
}

export type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => void;

export async function startTestServer(handler: Handler): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  let inFlight = 0;
  let peak = 0;
  const server = http.createServer((request, response) => {
    requests.push({ path: request.url ?? '/', at: performance.now(), headers: request.headers });
    inFlight++;
    peak = Math.max(peak, inFlight);
    response.on('close', () => { inFlight--; });
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    requests,
    hits: (path) => requests.filter((r) => r.path === path),
    peakConcurrency: () => peak,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** A resolver that knows only the given names; anything else does not resolve. */
export function fakeLookup(addresses: Record<string, string>): typeof dns.lookup {
  const lookup = (hostname: string, options: unknown, callback: (error: Error | null, answers: unknown, family?: number) => void) => {
    const address = addresses[hostname];
    if (!address) return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), undefined);
    const family = address.includes(':') ? 6 : 4;
    const all = typeof options === 'object' && options !== null && (options as { all?: boolean }).all;
    return all ? callback(null, [{ address, family }]) : callback(null, address, family);
  };
  return lookup as unknown as typeof dns.lookup;
}
