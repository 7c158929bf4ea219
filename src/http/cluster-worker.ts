// One worker of the cluster (cluster.ts): the same server a single process runs (server.ts), on the
// shared port. Options arrive in the environment; the primary replaces this process if it dies.
import { isMarsadError } from '../core/errors.ts';
import { CLUSTER_ENV, type ClusterOptions, type StartupFailure } from './cluster.ts';
import { startServer } from './server.ts';

const options = JSON.parse(process.env[CLUSTER_ENV] ?? '{}') as ClusterOptions;
// Ctrl-C reaches the whole process group; the primary decides when workers stop (with SIGTERM),
// so a worker must not die first and be mistaken for a crash to replace.
process.on('SIGINT', () => {});
try {
  const running = await startServer(options);
  process.once('SIGTERM', () => { void running.stop().then(() => process.exit(0)); });
} catch (error) {
  const failure: StartupFailure = {
    failure: 'marsad-startup', message: (error as Error).message, ...(isMarsadError(error) ? { code: error.code } : {}),
  };
  process.send!(failure, () => process.exit(2));
}
