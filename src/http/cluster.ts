// Serving on several cores: one Node process answers one request at a time, and a search costs a
// few milliseconds of CPU, so under many concurrent readers the queue, not the work, sets the
// latency. node:cluster forks workers that share the listening port; each opens the archive on
// its own connection (SQLite in WAL mode lets readers run side by side). A worker that dies is
// replaced, so the server stays up; a worker that keeps dying is not restarted forever.
import cluster, { type Worker } from 'node:cluster';
import { fileURLToPath } from 'node:url';

export interface ClusterOptions {
  db: string;
  host: string;
  port: number;
  workers: number;
}

export interface RunningCluster {
  /** The port the workers share (the one the OS chose when 0 was asked for). */
  port: number;
  stop(): Promise<void>;
}

/** Passed to each worker in its environment. */
export const CLUSTER_ENV = 'MARSAD_CLUSTER_OPTIONS';
const MAX_RESTARTS_PER_MINUTE = 10;

export function startCluster(options: ClusterOptions): Promise<RunningCluster> {
  cluster.setupPrimary({ exec: fileURLToPath(new URL('./cluster-worker.ts', import.meta.url)), execArgv: ['--import', import.meta.resolve('tsx')], silent: false });
  let stopping = false;
  const restarts: number[] = [];
  const fork = (): Worker => cluster.fork({ [CLUSTER_ENV]: JSON.stringify(options) });

  return new Promise((resolve, reject) => {
    let listening = 0;
    let port = options.port;
    const onListening = (_worker: Worker, address: { port: number }) => {
      port = address.port;
      if (++listening === options.workers) resolve({ port, stop });
    };
    const onExit = (worker: Worker, code: number | null) => {
      if (stopping) return;
      const now = Date.now();
      restarts.push(now);
      while (restarts.length > 0 && restarts[0] < now - 60_000) restarts.shift();
      if (listening < options.workers) {
        stopping = true;
        cluster.off('listening', onListening);
        reject(new Error(`a server worker exited before listening (code ${code ?? worker.process.signalCode})`));
        return;
      }
      if (restarts.length > MAX_RESTARTS_PER_MINUTE) {
        console.error(`marsad serve: workers keep exiting (${restarts.length} in a minute); not restarting`);
        return;
      }
      console.error(`marsad serve: worker ${worker.process.pid} exited (${code ?? worker.process.signalCode}); starting another`);
      fork();
    };
    const stop = async () => {
      stopping = true;
      cluster.off('exit', onExit);
      cluster.off('listening', onListening);
      await Promise.all(Object.values(cluster.workers ?? {}).map((worker) => new Promise<void>((done) => {
        if (!worker || worker.isDead()) return done();
        worker.once('exit', () => done());
        worker.kill('SIGTERM');
      })));
    };
    cluster.on('listening', onListening);
    cluster.on('exit', onExit);
    for (let i = 0; i < options.workers; i++) fork();
  });
}
