// Worker processes (`marsad worker`) against a real PostgreSQL, on real SaudiNewsNet records: the
// archive they build matches what SQLite gets from `marsad ingest` of the same input, and a worker
// killed with SIGKILL in the middle of a batch loses nothing and stores nothing twice.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { ingestPaths } from '../pipeline/ingest.ts';
import { requirePostgres, startTestPostgres, type TestPostgres } from '../store/pg-test-server.ts';
import { PostgresStore } from '../store/postgres/postgres-store.ts';
import { archiveSnapshot as snapshot, requireSample, SAMPLE_NOW, writeSampleJsonl } from '../store/postgres/test-data.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { enqueuePaths } from './enqueue.ts';

const CLI = resolve(import.meta.dirname, '../cli/main.ts');
const RECORDS = 240;
const JOB_SIZE = 20;

function startWorker(url: string, extra: string[] = [], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', CLI, 'worker', '--db', url, ...extra],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

function finished(child: ChildProcess): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => { stdout += chunk; });
  child.stderr?.on('data', (chunk) => { stderr += chunk; });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

const skip = requirePostgres().skip || requireSample().skip;

describe('marsad worker processes on PostgreSQL', { skip }, () => {
  let server: TestPostgres;
  let dir: string;
  let input: string;
  let expected: Awaited<ReturnType<typeof snapshot>>;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'marsad-workers-'));
    input = join(dir, 'sample.jsonl');
    writeSampleJsonl(input, RECORDS);
    const sqlite = new SqliteStore(join(dir, 'reference.db'));
    await ingestPaths([input], sqlite, { now: SAMPLE_NOW, workers: 0 });
    expected = await snapshot(sqlite);
    await sqlite.close();
    server = await startTestPostgres();
  });
  after(async () => {
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('two workers build exactly the archive that SQLite gets from the same input', async () => {
    const url = await server.createDatabase('two_workers');
    const store = await PostgresStore.open(url);
    const queued = await enqueuePaths([input], store, { jobSize: JOB_SIZE, now: SAMPLE_NOW });
    assert.ok(queued.jobs >= 4, `only ${queued.jobs} jobs: too few to share`);
    const runs = await Promise.all([finished(startWorker(url, ['--until-idle'])), finished(startWorker(url, ['--until-idle']))]);
    for (const run of runs) assert.equal(run.code, 0, run.stderr);
    const jobsPerWorker = runs.map((run) => Number(/jobs (\d+)/.exec(run.stdout)?.[1] ?? 0));
    assert.equal(jobsPerWorker[0] + jobsPerWorker[1], queued.jobs);
    const actual = await snapshot(store);
    assert.ok(expected.ids.length > RECORDS / 2, 'the reference archive is nearly empty');
    assert.deepEqual(actual.ids, expected.ids);
    assert.deepEqual(actual.articles, expected.articles);
    assert.deepEqual(actual.entities, expected.entities);
    assert.deepEqual(actual.stats, expected.stats);
    assert.deepEqual(actual.stories, expected.stories);
    await store.close();
  });

  /**
   * Starts a worker named "victim", holds it inside the transaction of its second insert into `table`
   * (a trigger makes it sleep; the server notices the dead client within 100 ms), SIGKILLs it there,
   * and returns an admin connection and the number of jobs the victim had finished.
   */
  async function killVictimInside(database: string, table: string) {
    const url = await server.createDatabase(database);
    const store = await PostgresStore.open(url);
    await enqueuePaths([input], store, { jobSize: JOB_SIZE, now: SAMPLE_NOW });
    const admin = new pg.Client(url);
    admin.on('error', () => {}); // a failed test leaves it open until the server stops
    await admin.connect();
    await admin.query(`ALTER DATABASE ${database} SET client_connection_check_interval = 100;
      CREATE SEQUENCE victim_writes;
      CREATE FUNCTION hold_victim() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('application_name') = 'victim' AND nextval('victim_writes') = 2 THEN PERFORM pg_sleep(30); END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER hold_victim AFTER INSERT ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION hold_victim();`);
    const victim = startWorker(url, ['--lease-seconds', '2'], { PGAPPNAME: 'victim' });
    const victimExit = finished(victim);
    for (;;) {
      const { rows: [seq] } = await admin.query('SELECT last_value FROM victim_writes');
      const { rows: [held] } = await admin.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'victim' AND wait_event = 'PgSleep'");
      if (Number(seq.last_value) >= 2 && held.n === 1) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const { rows: [{ done }] } = await admin.query("SELECT count(*)::int AS done FROM jobs WHERE state = 'done'");
    victim.kill('SIGKILL');
    assert.equal((await victimExit).code, null, 'the victim was killed, not finished');
    return { url, store, admin, done: done as number };
  }

  /** A second worker finishes the queue; at least `retaken` jobs were done again after the victim's leases ran out. */
  async function finishAndCompare(url: string, store: PostgresStore, admin: pg.Client, retaken: number): Promise<void> {
    const survivor = await finished(startWorker(url, ['--until-idle']));
    assert.equal(survivor.code, 0, survivor.stderr);
    const { rows: [terms] } = await admin.query('SELECT (SELECT count(*) FROM article_terms)::int AS indexed, (SELECT count(*) FROM articles)::int AS stored');
    assert.equal(terms.indexed, terms.stored, 'every article indexed exactly once');
    const { rows: [again] } = await admin.query("SELECT count(*)::int AS n FROM jobs WHERE attempts = 2 AND state = 'done'");
    assert.ok(again.n >= retaken, `the victim's unfinished jobs are taken again once their leases run out (${again.n} retaken)`);
    await admin.end();
    const actual = await snapshot(store);
    assert.deepEqual(actual.ids, expected.ids);
    assert.deepEqual(actual.articles, expected.articles, 'articles whole, with their stories and duplicate groups');
    assert.deepEqual(actual.entities, expected.entities);
    assert.deepEqual(actual.stats, expected.stats);
    assert.deepEqual(actual.stories, expected.stories);
    await store.close();
  }

  it('a worker killed with SIGKILL mid-batch loses nothing and duplicates nothing', async () => {
    const { url, store, admin, done } = await killVictimInside('killed_in_batch', 'article_terms');
    assert.equal(done, 1, 'the victim had finished one job and was inside the batch of its second');
    await finishAndCompare(url, store, admin, 1);
  });

  it('the clustering writer killed mid-placement: the next one resumes, stories as one process makes them', async () => {
    const { url, store, admin, done } = await killVictimInside('killed_placing', 'stories');
    const { rows: [placed] } = await admin.query("SELECT value FROM dedup_state WHERE key = 'placed_through_job'");
    const placedThrough = Number(placed.value);
    assert.ok(placedThrough > 0 && placedThrough < done,
      `the victim had placed a first group of jobs (through job ${placedThrough}) and was placing the next of its ${done} stored jobs`);
    // Articles that only the interrupted placement's jobs hold have no story: it was rolled back whole.
    const { rows: [leaked] } = await admin.query(`SELECT count(*)::int AS n FROM articles WHERE story_id IS NOT NULL
      AND id IN (SELECT jsonb_array_elements_text(result -> 'articleIds') FROM jobs WHERE id > $1)
      AND id NOT IN (SELECT jsonb_array_elements_text(result -> 'articleIds') FROM jobs WHERE id <= $1)`, [placedThrough]);
    assert.equal(leaked.n, 0, 'the interrupted placement was rolled back whole');
    await finishAndCompare(url, store, admin, 0);
  });

  it('the database down at start is one line on stderr and exit 2, for workers and for ingest --queue', async () => {
    const down = server.urlFor('marsad').replace(`:${server.port}/`, ':1/');
    for (const args of [['worker', '--db', down, '--until-idle'], ['ingest', '--queue', '--db', down, input]]) {
      const run = await finished(spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }));
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, /^marsad: postgres:\/\/postgres@127\.0\.0\.1:1\/marsad: cannot connect to PostgreSQL: connection refused/);
      assert.equal(run.stderr.trim().split('\n').length, 1);
    }
  });
});
