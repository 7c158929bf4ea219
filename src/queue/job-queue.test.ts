import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { RawDocument } from '../core/types.ts';
import { requirePostgres, startTestPostgres, type TestPostgres } from '../store/pg-test-server.ts';
import { PostgresStore } from '../store/postgres/postgres-store.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { enqueuePaths, queueOf } from './enqueue.ts';
import { JobQueue, MAX_ATTEMPTS } from './job-queue.ts';
import { encodeIngestPayload } from './payload.ts';
import { runIngestJob, runWorker } from './worker.ts';

const { skip } = requirePostgres();
let server: TestPostgres;
let counter = 0;

before(async () => { if (!skip) server = await startTestPostgres(); });
after(async () => { await server?.stop(); });

async function freshStore(): Promise<PostgresStore> {
  return PostgresStore.open(await server.createDatabase(`queue_${counter++}`));
}

const STORIES = [
  'وصل وزير الخارجية إلى الرياض\n\nوصل وزير الخارجية إلى الرياض اليوم في زيارة رسمية تستمر يومين يبحث خلالها العلاقات الثنائية.',
  'افتتاح معرض الكتاب في جدة\n\nافتتح أمير منطقة مكة المكرمة معرض الكتاب في جدة بمشاركة أكثر من أربعمئة دار نشر عربية.',
  'ارتفاع أسعار النفط\n\nارتفعت أسعار النفط في التعاملات الآسيوية بعد تراجع المخزونات الأمريكية للأسبوع الثالث على التوالي.',
];

function documents(): RawDocument[] {
  return STORIES.map((text, i) => ({ origin: `خبر-${i}.txt`, format: 'text', bytes: new TextEncoder().encode(text) }));
}

function payload(): Buffer {
  return encodeIngestPayload({ documents: documents(), now: '2015-07-23T12:00:00.000Z' });
}

describe('job queue', { skip }, () => {
  it('each job goes to one worker at a time (FOR UPDATE SKIP LOCKED)', async () => {
    const store = await freshStore();
    const queue = new JobQueue(store.pool);
    const ids = await queue.enqueue('ingest', [payload(), payload(), payload(), payload()]);
    const taken = await Promise.all(ids.map((_, i) => queue.take(`عامل-${i}`, 60_000)));
    assert.deepEqual(taken.map((job) => job?.id).sort(), [...ids].sort());
    assert.equal(await queue.take('متأخر', 60_000), undefined);
    assert.deepEqual(await queue.counts(), { queued: 0, running: 4, done: 0, failed: 0 });
    await store.close();
  });

  it("a worker's job is taken again once its lease runs out, and the first worker can no longer finish it", async () => {
    const store = await freshStore();
    const queue = new JobQueue(store.pool);
    const [id] = await queue.enqueue('ingest', [payload()]);
    const first = await queue.take('الأول', 200);
    assert.equal(first?.id, id);
    assert.equal(await queue.take('الثاني', 60_000), undefined, 'taken while the lease holds');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const second = await queue.take('الثاني', 60_000);
    assert.equal(second?.id, id);
    assert.equal(second?.attempts, 2);
    assert.equal(await queue.complete(id, 'الأول', {}), false, 'the first worker lost the job');
    assert.equal(await queue.complete(id, 'الثاني', {}), true);
    await store.close();
  });

  it('a job done twice is stored once', async () => {
    const store = await freshStore();
    const queue = new JobQueue(store.pool);
    await queue.enqueue('ingest', [payload()]);
    // A worker that stored the articles but died before marking the job done…
    const ghost = await queue.take('ميت', 1);
    assert.ok(ghost);
    const firstRun = await runIngestJob(store, ghost, {});
    assert.equal(firstRun.ingested, STORIES.length);
    const { stories: _unplaced, ...before } = await store.stats();
    // …so the next worker does the job again.
    const summary = await runWorker(store, { untilIdle: true, pollMs: 20 });
    assert.deepEqual(summary, { jobs: 1, ingested: 0, duplicates: STORIES.length, rejected: 0 });
    const { stories, ...afterwards } = await store.stats();
    assert.deepEqual(afterwards, before);
    // The articles the dead worker stored are still placed in stories, once each.
    assert.equal(stories, STORIES.length, 'three unrelated reports, three stories');
    const placed = await Promise.all(firstRun.articleIds.map((id) => store.getArticle(id)));
    assert.ok(placed.every((a) => a?.storyId), 'every article has its story');
    assert.deepEqual(await queue.counts(), { queued: 0, running: 0, done: 1, failed: 0 });
    await store.close();
  });

  it(`a job that fails ${MAX_ATTEMPTS} times is set aside as failed, not retried for ever`, async () => {
    const store = await freshStore();
    const queue = new JobQueue(store.pool);
    const [id] = await queue.enqueue('ingest', [Buffer.from('ليس حمولة صالحة')]);
    const summary = await runWorker(store, { untilIdle: true, pollMs: 20 });
    assert.equal(summary.jobs, 0);
    assert.deepEqual(await queue.counts(), { queued: 0, running: 0, done: 0, failed: 1 });
    const { rows: [job] } = await store.pool.query('SELECT attempts, error FROM jobs WHERE id = $1', [id]);
    assert.equal(job.attempts, MAX_ATTEMPTS);
    assert.ok(job.error);
    await store.close();
  });

  it('enqueueing needs PostgreSQL: a SQLite archive is a usage error', async () => {
    const sqlite = new SqliteStore(':memory:');
    assert.throws(() => queueOf(sqlite), /needs a PostgreSQL database/);
    await assert.rejects(enqueuePaths(['x'], sqlite), (error: Error & { code?: string }) => error.code === 'usage');
    await sqlite.close();
  });
});
