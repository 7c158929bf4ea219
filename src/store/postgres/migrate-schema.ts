// Brings a PostgreSQL database to this Marsad's schema. Many workers may start at once, so the
// check-and-migrate runs under an advisory lock; a schema newer than this Marsad is refused, not
// guessed at.
import type pg from 'pg';
import { MarsadError } from '../../core/errors.ts';
import { displayUrl, withClient } from './connection.ts';
import { MIGRATION_LOCK } from './locks.ts';
import { POSTGRES_FUNCTIONS, POSTGRES_MIGRATIONS, POSTGRES_SCHEMA_VERSION } from './schema.ts';


/** A read replica (hot standby) cannot be migrated: it serves reads when its schema is this Marsad's. */
async function checkReplica(client: pg.PoolClient, url: string): Promise<number> {
  const { rows: [table] } = await client.query<{ exists: boolean }>("SELECT to_regclass('schema_version') IS NOT NULL AS exists");
  const { rows: [row] } = table.exists
    ? await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_version')
    : { rows: [{ version: 0 }] };
  const version = row?.version ?? 0;
  if (version !== POSTGRES_SCHEMA_VERSION) {
    throw new MarsadError('database', `this read replica has schema version ${version}, this Marsad needs ${POSTGRES_SCHEMA_VERSION}; ` +
      (version > POSTGRES_SCHEMA_VERSION ? 'upgrade Marsad' : 'open the primary with this Marsad first'), displayUrl(url));
  }
  return version;
}

export async function migrateSchema(pool: pg.Pool, url: string): Promise<number> {
  return withClient(pool, async (client) => {
    const { rows: [standby] } = await client.query<{ replica: boolean }>('SELECT pg_is_in_recovery() AS replica');
    if (standby.replica) return checkReplica(client, url);
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await client.query('CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)');
      const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_version');
      const version = rows[0]?.version ?? 0;
      if (version > POSTGRES_SCHEMA_VERSION) {
        throw new MarsadError('database',
          `schema version ${version} is newer than this Marsad understands (${POSTGRES_SCHEMA_VERSION}); upgrade Marsad`, displayUrl(url));
      }
      for (let v = version; v < POSTGRES_SCHEMA_VERSION; v++) {
        await client.query('BEGIN');
        try {
          await client.query(POSTGRES_MIGRATIONS[v]);
          await client.query('DELETE FROM schema_version');
          await client.query('INSERT INTO schema_version (version) VALUES ($1)', [v + 1]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK').catch(() => {});
          throw error;
        }
      }
      await client.query(POSTGRES_FUNCTIONS);
      return POSTGRES_SCHEMA_VERSION;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    }
  });
}
