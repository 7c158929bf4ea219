// marsad serve [--db D] [--host 127.0.0.1] [--port 8080] [--workers N] [--base-url URL]: the web reader and the JSON
// API. By default one process per core shares the port (src/http/cluster.ts); --workers 1 serves
// from this process alone (src/http/server.ts).
import { defaultWorkerCount, startCluster } from '../../http/cluster.ts';
import { MarsadError } from '../../core/errors.ts';
import { requireArchive } from '../archive.ts';
import { dbFlag, intFlag, parse } from '../args.ts';

export async function run(args: string[]): Promise<number> {
  const { values } = parse(args, {
    db: { type: 'string' }, host: { type: 'string', default: '127.0.0.1' }, port: { type: 'string' }, workers: { type: 'string' },
    'base-url': { type: 'string' },
  }, 'marsad serve [--db D] [--host 127.0.0.1] [--port 8080] [--workers N] [--base-url https://marsad.example]');
  const port = intFlag(values.port ?? process.env.PORT, 'port', 8080, 0, 65535);
  const workers = intFlag(values.workers, 'workers', defaultWorkerCount(), 1, 64);
  const baseUrl = values['base-url'] ?? process.env.MARSAD_BASE_URL;
  if (baseUrl !== undefined && !/^https?:\/\/[^/\s]+\/?$/i.test(baseUrl)) {
    throw new MarsadError('usage', `--base-url wants an origin like https://marsad.example, got ${JSON.stringify(baseUrl)}`);
  }
  const options = { db: dbFlag(values.db), host: values.host!, port, baseUrl };
  // Serving a mistyped path would create an empty archive there and serve that.
  requireArchive(options.db);
  // The primary of a cluster only watches its workers: it does not load the app it never serves.
  const running = workers > 1 ? await startCluster({ ...options, workers }) : await (await import('../../http/server.ts')).startServer(options);
  const processes = workers > 1 ? ` with ${workers} workers` : '';
  process.stdout.write(`marsad: serving the reader at http://${values.host}:${running.port}/${processes} (Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await running.stop();
  return 0;
}
