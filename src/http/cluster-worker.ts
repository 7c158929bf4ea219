// One worker of the cluster (cluster.ts): opens the archive, builds the app, listens on the shared
// port. Options arrive in the environment; the primary replaces this process if it dies.
import { serve } from '@hono/node-server';
import { openStore } from '../store/open.ts';
import { createApp } from './app.tsx';
import { CLUSTER_ENV, type ClusterOptions } from './cluster.ts';

const options = JSON.parse(process.env[CLUSTER_ENV] ?? '{}') as ClusterOptions;
const store = await openStore(options.db);
const server = serve({ fetch: createApp(store).fetch, hostname: options.host, port: options.port });
process.once('SIGTERM', () => server.close(() => { void store.close().then(() => process.exit(0)); }));
