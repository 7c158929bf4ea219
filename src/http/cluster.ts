// Serving on several cores: one Node process answers one request at a time, and a search costs a
// few milliseconds of CPU, so under many concurrent readers the queue, not the work, sets the
// latency. node:cluster forks workers that share the listening port; each opens the archive on
// its own connection (SQLite in WAL mode lets readers run side by side). A worker that dies is
// replaced, so the server stays up; a worker that keeps dying is not restarted forever.
//
// Start-up is all or nothing: the archive is opened once here first (so its migrations run once,
// not raced by every worker), and if any worker cannot listen, every worker is stopped and the
// caller gets the worker's own one-line reason, as a single process would give it.
import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MarsadError, type ErrorCode } from '../core/errors.ts';
import { RUNNING_SOURCES } from '../core/runtime.ts';
import { openStore } from '../store/open.ts';
import type { RunningServer, ServerOptions } from './server.ts';

export interface ClusterOptions extends ServerOptions {
  workers: number;
}

export type RunningCluster = RunningServer;

/** Passed to each worker in its environment. */
export const CLUSTER_ENV = 'MARSAD_CLUSTER_OPTIONS';
const MAX_RESTARTS_PER_MINUTE = 10;
const STARTUP_MESSAGE_GRACE_MS = 200;
/** More processes than this only add memory (each keeps its own caches and connections). */
const MAX_DEFAULT_WORKERS = 8;

/** What a worker tells the primary when it cannot start; `failure` marks the message as ours. */
export interface StartupFailure {
  failure: 'marsad-startup';
  code?: ErrorCode;
  message: string;
}

export function isStartupFailure(message: unknown): message is StartupFailure {
  return typeof message === 'object' && message !== null && (message as StartupFailure).failure === 'marsad-startup';
}

/** One process per core: a search page is CPU-bound, and a second core halves the queue in front of it. */
export function defaultWorkerCount(cores = availableParallelism()): number {
  return Math.max(1, Math.min(MAX_DEFAULT_WORKERS, cores));
}

function stopWorkers(): Promise<void> {
  return Promise.all(Object.values(cluster.workers ?? {}).map((worker) => new Promise<void>((done) => {
    if (!worker || worker.isDead()) return done();
    worker.once('exit', () => done());
    worker.kill('SIGTERM');
  }))).then(() => undefined);
}

export async function startCluster(options: ClusterOptions): Promise<RunningCluster> {
  // Opening runs the migrations and turns a bad --db into one clear error before any worker starts.
  await (await openStore(options.db)).close();
  // Built (lib/), the worker file is plain JavaScript (the build rewrites the .ts below); from src/
  // it needs tsx's loader.
  const execArgv = RUNNING_SOURCES ? ['--import', import.meta.resolve('tsx')] : [];
  cluster.setupPrimary({ exec: fileURLToPath(new URL('./cluster-worker.ts', import.meta.url)), execArgv, silent: false });
  let stopping = false;
  const restarts: number[] = [];
  const fork = (): Worker => cluster.fork({ [CLUSTER_ENV]: JSON.stringify(options) });

  return new Promise((resolve, reject) => {
    let listening = 0;
    let port = options.port;
    const detach = () => {
      cluster.off('listening', onListening);
      cluster.off('exit', onExit);
      cluster.off('message', onMessage);
    };
    const stop = async () => {
      stopping = true;
      detach();
      await stopWorkers();
    };
    const failStartup = (error: Error) => {
      if (stopping) return;
      void stop().then(() => reject(error));
    };
    const onListening = (_worker: Worker, address: { port: number }) => {
      port = address.port;
      if (++listening === options.workers) resolve({ port, stop });
    };
    const onMessage = (_worker: Worker, message: unknown) => {
      if (listening < options.workers && isStartupFailure(message)) {
        failStartup(message.code ? new MarsadError(message.code, message.message) : new Error(message.message));
      }
    };
    const onExit = (worker: Worker, code: number | null) => {
      if (stopping) return;
      if (listening < options.workers) {
        // A worker that could not start says why before it exits; give its message a moment to land.
        const reason = new Error(`a server worker exited before listening (code ${code ?? worker.process.signalCode})`);
        setTimeout(() => failStartup(reason), STARTUP_MESSAGE_GRACE_MS);
        return;
      }
      const now = Date.now();
      restarts.push(now);
      while (restarts.length > 0 && restarts[0] < now - 60_000) restarts.shift();
      if (restarts.length > MAX_RESTARTS_PER_MINUTE) {
        console.error(`marsad serve: workers keep exiting (${restarts.length} in a minute); not restarting`);
        return;
      }
      console.error(`marsad serve: worker ${worker.process.pid} exited (${code ?? worker.process.signalCode}); starting another`);
      fork();
    };
    cluster.on('listening', onListening);
    cluster.on('exit', onExit);
    cluster.on('message', onMessage);
    for (let i = 0; i < options.workers; i++) fork();
  });
}
