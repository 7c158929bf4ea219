import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { runStoreContract } from '../contract.ts';
import { runFrontierContract } from '../frontier-contract.ts';
import { SqliteStore } from './sqlite-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'marsad-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;

runStoreContract('SQLite', async () => new SqliteStore(join(dir, `contract-${counter++}.db`)));
runFrontierContract('SQLite', async () => new SqliteStore(join(dir, `contract-${counter++}.db`)));

describe('SQLite store specifics', () => {
  it('refuses a database whose schema is newer than this Marsad', () => {
    const path = join(dir, 'future.db');
    const db = new Database(path);
    db.pragma('user_version = 999');
    db.close();
    assert.throws(() => new SqliteStore(path), /schema version 999 is newer/);
  });

  it('opens an existing database again without migrating twice', async () => {
    const path = join(dir, 'reopen.db');
    await new SqliteStore(path).close();
    const again = new SqliteStore(path);
    assert.equal((await again.stats()).articles, 0);
    await again.close();
  });

  it('uses WAL so readers do not wait for the writer', async () => {
    const path = join(dir, 'wal.db');
    const store = new SqliteStore(path);
    const db = new Database(path, { readonly: true });
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    db.close();
    await store.close();
  });
});
