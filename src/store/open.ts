// Chooses the Store adapter from the --db value: a postgres:// URL selects PostgreSQL, anything
// else is a SQLite file path.
import { MarsadError } from '../core/errors.ts';
import type { Store } from './port.ts';
import { SqliteStore } from './sqlite/sqlite-store.ts';

export function isPostgresUrl(db: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(db);
}

export async function openStore(db: string): Promise<Store> {
  if (isPostgresUrl(db)) {
    throw new MarsadError('usage', 'PostgreSQL is not available in this version yet; use a SQLite file path', db);
  }
  return new SqliteStore(db);
}
