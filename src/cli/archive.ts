// Commands that only read the archive open it with openArchive: a mistyped --db must be an error,
// not a new empty archive created at the typo (which then answered "0 results" with exit 0).
// ingest and migrate create the archive; they keep openStore.
import { existsSync } from 'node:fs';
import { MarsadError } from '../core/errors.ts';
import { isPostgresUrl, openStore } from '../store/open.ts';
import type { Store } from '../store/port.ts';

/** A SQLite path that names no file (PostgreSQL URLs and :memory: are the server's or SQLite's business). */
export function missingArchive(db: string): boolean {
  return !isPostgresUrl(db) && db !== ':memory:' && !db.startsWith('file:') && !existsSync(db);
}

/** Throws the one-line `no archive at PATH` (exit 2) before anything is created. */
export function requireArchive(db: string): void {
  if (missingArchive(db)) throw new MarsadError('not_found', `no archive at ${db} (create one with marsad ingest PATH --db ${db})`);
}

export async function openArchive(db: string): Promise<Store> {
  requireArchive(db);
  return openStore(db);
}
