// Chooses the Store adapter from the --db value: a postgres:// URL selects PostgreSQL, anything
// else is a SQLite file path.
import type { Store } from './port.ts';
import { PostgresStore } from './postgres/postgres-store.ts';
import { SqliteStore } from './sqlite/sqlite-store.ts';

export function isPostgresUrl(db: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(db);
}

export async function openStore(db: string): Promise<Store> {
  if (isPostgresUrl(db)) return PostgresStore.open(db);
  return new SqliteStore(db);
}
