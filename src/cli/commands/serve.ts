// marsad serve [--db D] [--host 127.0.0.1] [--port 8080] [--workers N]: the web reader and the JSON
// API. With --workers N > 1, N processes share the port (src/http/cluster.ts).
import { serve } from '@hono/node-server';
import { createApp } from '../../http/app.tsx';
import { startCluster } from '../../http/cluster.ts';
import { openStore } from '../../store/open.ts';
import { dbFlag, intFlag, parse } from '../args.ts';
import { warn } from '../output.ts';

export async function run(args: string[]): Promise<number> {
  const { values } = parse(args, {
    db: { type: 'string' }, host: { type: 'string', default: '127.0.0.1' }, port: { type: 'string' }, workers: { type: 'string' },
  }, 'marsad serve [--db D] [--host 127.0.0.1] [--port 8080] [--workers N]');
  const port = intFlag(values.port ?? process.env.PORT, 'port', 8080, 0, 65535);
  const workers = intFlag(values.workers, 'workers', 1, 1, 64);
  if (workers > 1) {
    const running = await startCluster({ db: dbFlag(values.db), host: values.host!, port, workers });
    process.stdout.write(`marsad: serving the reader at http://${values.host}:${running.port}/ with ${workers} workers (Ctrl-C to stop)\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await running.stop();
    return 0;
  }
  const store = await openStore(dbFlag(values.db));
  const app = createApp(store);
  const server = serve({ fetch: app.fetch, hostname: values.host, port }, (info) => {
    process.stdout.write(`marsad: serving the reader at http://${values.host}:${info.port}/ (Ctrl-C to stop)\n`);
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    warn(`cannot listen on ${values.host}:${port}: ${error.code === 'EADDRINUSE' ? 'the port is in use' : error.message}`);
    process.exit(2);
  });
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await store.close();
  return 0;
}
