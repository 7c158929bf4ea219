// A real PostgreSQL server for tests and benchmarks: initdb in a temporary directory, the server on
// a free port of 127.0.0.1, a database created, everything removed by stop(). PostgreSQL refuses to
// run as root, so when we are root (CI) the server runs as the `postgres` user and owns its directory.
import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface TestPostgres {
  /** postgres://postgres@127.0.0.1:PORT/marsad */
  url: string;
  port: number;
  /** The postmaster's process id (benchmarks read its CPU time, which includes its finished backends). */
  pid: number;
  /** A URL for another database on the same server, created on demand by createDatabase. */
  urlFor(database: string): string;
  createDatabase(name: string): Promise<string>;
  /** A streaming read replica (pg_basebackup of the server now, kept up to date); gives its URL for a database. */
  startReplica(): Promise<(database: string) => string>;
  /** Stops the replicas and the server and removes their directories. */
  stop(): Promise<void>;
}

export interface TestPostgresOptions {
  /**
   * Skip fsync and synchronous commit: tests do not need durability and run faster without it.
   * Benchmarks pass true to measure what a real deployment does.
   */
  durable?: boolean;
}

const POSTGRES_USER = 'postgres';
const READY_TIMEOUT_MS = 30_000;

/** The directory holding initdb and postgres: $MARSAD_PG_BIN, else the newest /usr/lib/postgresql/N/bin, else pg_config. */
export function findPostgresBin(): string | undefined {
  const fromEnv = process.env.MARSAD_PG_BIN;
  if (fromEnv) return existsSync(join(fromEnv, 'initdb')) ? fromEnv : undefined;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    for (const version of versions) {
      const bin = join(root, version, 'bin');
      if (existsSync(join(bin, 'initdb'))) return bin;
    }
  }
  const config = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  const bin = config.status === 0 ? config.stdout.trim() : '';
  return bin && existsSync(join(bin, 'initdb')) ? bin : undefined;
}

/**
 * Why PostgreSQL tests cannot run here, or undefined when they can. In CI a missing server is a
 * failure, not a skip: tests call requirePostgres() and it throws there.
 */
export function postgresUnavailable(): string | undefined {
  return findPostgresBin() ? undefined : 'PostgreSQL binaries not found (install postgresql or set MARSAD_PG_BIN)';
}

export function requirePostgres(): { skip: string | false } {
  const reason = postgresUnavailable();
  if (reason && process.env.CI === 'true') throw new Error(`${reason}; CI=true, so this is a failure`);
  return { skip: reason ?? false };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Spawn options that run a PostgreSQL binary as the postgres user when we are root. */
function asServerUser(): Pick<SpawnOptions, 'uid' | 'gid'> & { owner?: { uid: number; gid: number } } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(spawnSync('id', [flag, POSTGRES_USER], { encoding: 'utf8' }).stdout.trim());
  const uid = id('-u');
  const gid = id('-g');
  if (!Number.isInteger(uid) || !Number.isInteger(gid)) throw new Error(`running as root but there is no ${POSTGRES_USER} user to run PostgreSQL`);
  return { uid, gid, owner: { uid, gid } };
}

async function waitUntilReady(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`PostgreSQL exited at start (code ${server.exitCode}): ${log()}`);
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      await client.end();
      return;
    } catch {
      await client.end().catch(() => {});
      if (Date.now() > deadline) throw new Error(`PostgreSQL did not accept connections within ${READY_TIMEOUT_MS} ms: ${log()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

interface RunningServer {
  port: number;
  pid: number;
  stop(): Promise<void>;
}

/** postgres on DIR/data, on a free port of 127.0.0.1; stop() shuts it down and removes DIR. */
async function runServer(bin: string, dir: string, spawnAs: SpawnOptions, options: TestPostgresOptions): Promise<RunningServer> {
  const port = await freePort();
  const settings = ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=100', '-c', 'shared_buffers=128MB'];
  if (!options.durable) settings.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const server = spawn(join(bin, 'postgres'), ['-D', join(dir, 'data'), '-p', String(port), '-k', join(dir, 'sockets'), ...settings],
    { ...spawnAs, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  server.stderr?.on('data', (chunk: Buffer) => { log = (log + chunk.toString()).slice(-4000); });
  // A test process that dies must not leave a server behind.
  const killOnExit = () => { server.kill('SIGQUIT'); };
  process.once('exit', killOnExit);
  const stop = async () => {
    process.removeListener('exit', killOnExit);
    if (server.exitCode === null) {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGINT'); // fast shutdown: roll back open transactions, disconnect, stop
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(`postgres://${POSTGRES_USER}@127.0.0.1:${port}/postgres`, server, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, pid: server.pid!, stop };
}

/** A temporary directory with a sockets/ subdirectory, owned by the server's user. */
function serverDirectory(owner: { uid: number; gid: number } | undefined): string {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-pg-'));
  mkdirSync(join(dir, 'sockets'));
  if (owner) for (const path of [dir, join(dir, 'sockets')]) chownSync(path, owner.uid, owner.gid);
  return dir;
}

export async function startTestPostgres(options: TestPostgresOptions = {}): Promise<TestPostgres> {
  const bin = findPostgresBin();
  if (!bin) throw new Error(postgresUnavailable());
  const user = asServerUser();
  const dir = serverDirectory(user.owner);
  const spawnAs: SpawnOptions = { uid: user.uid, gid: user.gid, env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' } };

  const init = spawnSync(join(bin, 'initdb'), ['-D', join(dir, 'data'), '-A', 'trust', '-U', POSTGRES_USER, '-E', 'UTF8',
    '--locale=C.UTF-8', '--no-sync'], { ...spawnAs, encoding: 'utf8' });
  if (init.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed (exit ${init.status}): ${init.stderr || init.error?.message}`);
  }
  const primary = await runServer(bin, dir, spawnAs, options);
  const replicas: RunningServer[] = [];
  const urlAt = (port: number, database: string) => `postgres://${POSTGRES_USER}@127.0.0.1:${port}/${database}`;
  const urlFor = (database: string) => urlAt(primary.port, database);
  const stop = async () => {
    for (const replica of replicas.splice(0)) await replica.stop();
    await primary.stop();
  };
  const createDatabase = async (name: string) => {
    const admin = new pg.Client({ connectionString: urlFor('postgres') });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
    } finally {
      await admin.end();
    }
    return urlFor(name);
  };
  const startReplica = async () => {
    const replicaDir = serverDirectory(user.owner);
    const backup = spawnSync(join(bin, 'pg_basebackup'), ['-D', join(replicaDir, 'data'), '-R', '-X', 'stream', '--no-sync',
      '-h', '127.0.0.1', '-p', String(primary.port), '-U', POSTGRES_USER], { ...spawnAs, encoding: 'utf8' });
    if (backup.status !== 0) {
      rmSync(replicaDir, { recursive: true, force: true });
      throw new Error(`pg_basebackup failed (exit ${backup.status}): ${backup.stderr || backup.error?.message}`);
    }
    const replica = await runServer(bin, replicaDir, spawnAs, options);
    replicas.push(replica);
    return (database: string) => urlAt(replica.port, database);
  };

  try {
    await createDatabase('marsad');
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: urlFor('marsad'), port: primary.port, pid: primary.pid, urlFor, createDatabase, startReplica, stop };
}
