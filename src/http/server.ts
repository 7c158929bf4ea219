// One server process: open the archive, build the app, listen. `marsad serve --workers 1` runs
// this in its own process; each cluster worker (cluster-worker.ts) runs it too, so a port in use
// or an archive that cannot be opened is told in the same words either way.
import type { AddressInfo, Socket } from 'node:net';
import { serve } from '@hono/node-server';
import { MarsadError } from '../core/errors.ts';
import { openStore } from '../store/open.ts';
import { createApp } from './app.tsx';
import { MAX_HEADER_BYTES } from './params.ts';

export interface ServerOptions {
  db: string;
  host: string;
  port: number;
  /** The public origin for absolute links (RSS), e.g. https://marsad.example; default the address listened on. */
  baseUrl?: string;
}

/** `http://host:port`, with IPv6 hosts in brackets and the wildcard addresses as localhost. */
export function listeningOrigin(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}

export interface RunningServer {
  /** The port listened on (the one the OS chose when 0 was asked for). */
  port: number;
  stop(): Promise<void>;
}

/** The one line a user sees when the port cannot be had. */
export function cannotListen(host: string, port: number, error: NodeJS.ErrnoException): MarsadError {
  const reason = error.code === 'EADDRINUSE' ? 'the port is in use'
    : error.code === 'EACCES' ? 'permission denied (ports below 1024 need privileges)'
      : error.code === 'EADDRNOTAVAIL' ? 'no such address on this machine'
        : error.message;
  return new MarsadError('network', `cannot listen on ${host}:${port}: ${reason}`);
}

/**
 * Node answers a request whose headers pass maxHeaderSize with a bare 431 and no body; this one says
 * why, in Arabic and in the API's JSON error shape (the path is unknown here: either may be reading).
 */
const HEADERS_TOO_LARGE = (() => {
  const body = JSON.stringify({ error: { code: 'request_too_long', message: 'الطلب أطول مما يقبله الخادم؛ اختصر نص البحث. The request is too long: shorten the search text.' } });
  return `HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Type: application/json; charset=utf-8\r\n`
    + `Content-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`;
})();

/** As Node answers without a listener (408 for a timeout, 400 otherwise), but with a body for 431. */
function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable || error.code === 'ECONNRESET') return void socket.destroy();
  if (error.code === 'HPE_HEADER_OVERFLOW') return void socket.end(HEADERS_TOO_LARGE);
  const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const store = await openStore(options.db);
  let origin = options.baseUrl?.replace(/\/+$/, '');
  const app = createApp(store, { origin: () => origin ?? listeningOrigin(options.host, options.port) });
  const server = serve({
    fetch: app.fetch, hostname: options.host, port: options.port, serverOptions: { maxHeaderSize: MAX_HEADER_BYTES },
  });
  server.on('clientError', answerClientError);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', (error: NodeJS.ErrnoException) => reject(cannotListen(options.host, options.port, error)));
    });
  } catch (error) {
    await store.close();
    throw error;
  }
  // In the background: searches are answered meanwhile, and are right whether it is done or not.
  void store.warmSearch?.().catch((error: Error) => console.error(`marsad: search warm-up stopped: ${error.message}`));
  const stop = () => new Promise<void>((resolve) => server.close(() => resolve())).then(() => store.close());
  const port = (server.address() as AddressInfo).port;
  origin ??= listeningOrigin(options.host, port);
  return { port, stop };
}
