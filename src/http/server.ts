// One server process: open the archive, build the app, listen. `marsad serve --workers 1` runs
// this in its own process; each cluster worker (cluster-worker.ts) runs it too, so a port in use
// or an archive that cannot be opened is told in the same words either way.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { MarsadError } from '../core/errors.ts';
import { openStore } from '../store/open.ts';
import { createApp } from './app.tsx';

export interface ServerOptions {
  db: string;
  host: string;
  port: number;
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

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const store = await openStore(options.db);
  const server = serve({ fetch: createApp(store).fetch, hostname: options.host, port: options.port });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', (error: NodeJS.ErrnoException) => reject(cannotListen(options.host, options.port, error)));
    });
  } catch (error) {
    await store.close();
    throw error;
  }
  const stop = () => new Promise<void>((resolve) => server.close(() => resolve())).then(() => store.close());
  return { port: (server.address() as AddressInfo).port, stop };
}
