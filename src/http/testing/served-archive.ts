// The test archive (archive.ts) in a temporary directory, served by the app, for a describe block:
// before() fills and opens it, after() closes and removes it. Read `store` and `app` inside tests.
import { after, before } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { SqliteStore } from '../../store/sqlite/sqlite-store.ts';
import { createApp } from '../app.tsx';
import { fillTestArchive } from './archive.ts';

export interface ServedArchive {
  store: SqliteStore;
  app: Hono;
}

/** `prepare` adds what one test file needs beyond the shared archive, before the app is made. */
export function servedTestArchive(name: string, prepare?: (store: SqliteStore) => Promise<void>): ServedArchive {
  const served = {} as ServedArchive;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), `marsad-${name}-`));
    await fillTestArchive(join(dir, `${name}.db`));
    served.store = new SqliteStore(join(dir, `${name}.db`));
    await prepare?.(served.store);
    served.app = createApp(served.store);
  });
  after(async () => {
    await served.store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return served;
}
