// Advisory locks Marsad takes in PostgreSQL, by name. Arbitrary constants, chosen not to collide
// with each other; one place so no two uses pick the same number.
import type pg from 'pg';
import { MarsadError } from '../../core/errors.ts';
import type { WriterLease } from '../port.ts';
import { displayUrl } from './connection.ts';

/** Schema migrations: one process migrates, the others wait. */
export const MIGRATION_LOCK = 4_740_021_001;
/** The clustering writer: whoever places articles into duplicate groups and stories. */
export const CLUSTERING_LOCK = 4_740_021_002;

/**
 * Holds the clustering lock on a connection of its own until released (or until the process dies,
 * which ends the session and frees it). Refused when a worker or another ingest holds it.
 */
export async function acquireClusteringLock(pool: pg.Pool, url: string): Promise<WriterLease> {
  const client = await pool.connect();
  client.on('error', () => {});
  try {
    const { rows: [lock] } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [CLUSTERING_LOCK]);
    if (!lock.ok) {
      client.release();
      throw new MarsadError('database', 'another Marsad process (a worker, or an ingest) is placing stories in this database; ' +
        'with workers running, ingest with --queue', displayUrl(url));
    }
  } catch (error) {
    if (!(error instanceof MarsadError)) client.release(error as Error);
    throw error;
  }
  return {
    release: async () => {
      await client.query('SELECT pg_advisory_unlock($1)', [CLUSTERING_LOCK]).catch(() => {});
      client.release();
    },
  };
}
