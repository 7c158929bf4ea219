// Connections to PostgreSQL: a pool, errors a user can act on turned into one-line MarsadErrors,
// and retries for the failures that pass (a dropped connection, a deadlock between two workers, a
// server restarting). Every write is one transaction of idempotent statements, so running it
// again after a failure can neither lose nor double anything.
import pg from 'pg';
import { MarsadError } from '../../core/errors.ts';

export interface RetryPolicy {
  attempts: number;
  /** Wait before attempt n+1 is delays[n] (the last one repeats). */
  delaysMs: number[];
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 6, delaysMs: [50, 200, 500, 1000, 2000] };

/** SQLSTATE classes and codes that mean "try again", not "this is wrong". */
const TRANSIENT_SQLSTATES = new Set([
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  '57P01', // admin_shutdown (the backend was terminated)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up)
  '53300', // too_many_connections
  '55P03', // lock_not_available
]);
const TRANSIENT_NODE_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

export function isTransient(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | undefined;
  if (!e) return false;
  if (e.code && (TRANSIENT_SQLSTATES.has(e.code) || e.code.startsWith('08') || TRANSIENT_NODE_CODES.has(e.code))) return true;
  return /Connection terminated|Client has encountered a connection error|not queryable|timeout exceeded when trying to connect/i
    .test(e.message ?? '');
}

/** The URL without its password, for messages. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the PostgreSQL URL';
  }
}

/** A failure to reach or open the database, as the one line a user needs. */
export function connectionError(error: unknown, url: string): MarsadError {
  const e = error as { code?: string; message?: string };
  const where = displayUrl(url);
  let reason: string;
  switch (e.code) {
    case 'ECONNREFUSED': reason = 'connection refused; is PostgreSQL running and listening there?'; break;
    case 'ENOTFOUND': case 'EAI_AGAIN': reason = 'unknown host'; break;
    case 'ETIMEDOUT': reason = 'connection timed out'; break;
    case '3D000': reason = `${e.message}; create it first (createdb)`; break;
    case '28P01': case '28000': reason = `${e.message} (check the user and password in the URL)`; break;
    default: reason = e.message ?? String(error);
  }
  return new MarsadError('database', `cannot connect to PostgreSQL: ${reason}`, where);
}

export async function withRetry<T>(work: () => Promise<T>, policy: RetryPolicy = DEFAULT_RETRY): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= policy.attempts || !isTransient(error)) throw error;
      const delay = policy.delaysMs[Math.min(attempt - 1, policy.delaysMs.length - 1)];
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

export function createPool(url: string, max = 4): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 30_000 });
  // An idle connection the server closes is dropped by the pool and replaced when next needed.
  pool.on('error', () => {});
  return pool;
}

/**
 * Runs `work` on one pooled connection. A connection that failed is destroyed rather than put
 * back, and its late 'error' events are caught instead of crashing the process.
 */
export async function withClient<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let failure: Error | undefined;
  const onError = (error: Error) => { failure = error; };
  client.on('error', onError);
  try {
    return await work(client);
  } catch (error) {
    failure ??= error as Error;
    throw error;
  } finally {
    client.removeListener('error', onError);
    if (failure && isTransient(failure)) {
      client.on('error', () => {});
      client.release(failure);
    } else {
      client.release();
    }
  }
}

/** One transaction, retried whole when the connection drops or it loses a deadlock. */
export function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>, policy?: RetryPolicy): Promise<T> {
  return withRetry(() => withClient(pool, async (client) => {
    await client.query('BEGIN');
    try {
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    }
  }), policy);
}
