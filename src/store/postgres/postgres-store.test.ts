import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import type { Article } from '../../core/types.ts';
import { indexTerms } from '../../search/index-terms.ts';
import { runStoreContract } from '../contract.ts';
import { runFrontierContract } from '../frontier-contract.ts';
import { openStore } from '../open.ts';
import { requirePostgres, startTestPostgres, type TestPostgres } from '../pg-test-server.ts';
import type { ArticleToStore } from '../port.ts';
import { PostgresStore } from './postgres-store.ts';

const { skip } = requirePostgres();
let server: TestPostgres;
let counter = 0;

before(async () => { if (!skip) server = await startTestPostgres(); });
after(async () => { await server?.stop(); });

async function freshStore(): Promise<PostgresStore> {
  return PostgresStore.open(await server.createDatabase(`contract_${counter++}`));
}

function item(id: string, paragraph: string): ArticleToStore {
  const article: Article = {
    id, title: `خبر ${id}`, authors: [], language: 'ar', paragraphs: [paragraph], text: paragraph, diagnostics: [],
    firstSeenAt: '2015-07-21T00:00:00.000Z',
  };
  return {
    article, titleTerms: indexTerms(article.title), bodyTerms: indexTerms(paragraph),
    raw: { id: `raw-${id}`, origin: `${id}.txt`, format: 'text', bytes: new TextEncoder().encode(paragraph) },
  };
}

describe('PostgreSQL store', { skip }, () => {
  runStoreContract('PostgreSQL', freshStore);
  runFrontierContract('PostgreSQL', freshStore);

  it('has one clustering writer at a time: a second is refused until the first releases', async () => {
    const url = await server.createDatabase(`writer_${counter++}`);
    const first = await PostgresStore.open(url);
    const second = await PostgresStore.open(url);
    const lease = await first.acquireClusteringWriter();
    await assert.rejects(second.acquireClusteringWriter(), /another Marsad process .* placing stories .*--queue/);
    await lease.release();
    await (await second.acquireClusteringWriter()).release();
    await first.close();
    await second.close();
  });

  it('is chosen by a postgres:// --db value', async () => {
    const store = await openStore(await server.createDatabase(`open_${counter++}`));
    assert.ok(store instanceof PostgresStore);
    await store.close();
  });

  it('the database down at start is a one-line database error naming the server', async () => {
    const url = server.urlFor('marsad').replace(`:${server.port}/`, ':1/');
    await assert.rejects(PostgresStore.open(url), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'database');
      assert.match(error.message, /127\.0\.0\.1:1.*cannot connect to PostgreSQL: connection refused/);
      assert.doesNotMatch(error.message, /\n/);
      return true;
    });
  });

  it('refuses a schema from a newer Marsad with a clear message', async () => {
    const url = await server.createDatabase(`future_${counter++}`);
    await (await PostgresStore.open(url)).close();
    const client = new pg.Client(url);
    await client.connect();
    await client.query('UPDATE schema_version SET version = 999');
    await client.end();
    await assert.rejects(PostgresStore.open(url), /schema version 999 is newer than this Marsad understands/);
  });

  it('a read replica opens without migrating (it cannot) and serves reading and search', async () => {
    const url = await server.createDatabase(`replicated_${counter}`);
    const primary = await PostgresStore.open(url);
    await primary.putArticles([item('ن1', 'افتتح المعرض الدولي للكتاب في الرياض.'), item('ن2', 'أمطار غزيرة على جدة.')]);
    const replicaUrl = (await server.startReplica())(`replicated_${counter++}`);
    const replica = await PostgresStore.open(replicaUrl);
    assert.equal((await replica.stats()).articles, 2);
    const hits = await replica.search({ raw: 'الكتاب', terms: [indexTerms('الكتاب')], phrases: [], excluded: [] });
    assert.deepEqual(hits.items.map((h) => h.id), ['ن1']);
    await assert.rejects(replica.putArticles([item('ن3', 'خبر ثالث.')]), /read-only/);
    await replica.close();
    await primary.close();
  });

  it('opens an existing database again without migrating twice', async () => {
    const url = await server.createDatabase(`reopen_${counter++}`);
    const first = await PostgresStore.open(url);
    await first.putArticles([item('ر1', 'وصل الوفد إلى الرياض.')]);
    await first.close();
    const again = await PostgresStore.open(url);
    assert.equal((await again.stats()).articles, 1);
    await again.close();
  });

  it('a batch larger than one INSERT binds is stored whole, its rows in batch order', async () => {
    const url = await server.createDatabase(`large_batch_${counter++}`);
    const store = await PostgresStore.open(url);
    // Over 1,000 rows (ROWS_PER_INSERT in write-articles.ts): the articles go in two INSERTs.
    const cities = ['الرياض', 'جدة', 'مكة المكرمة', 'المدينة المنورة', 'الدمام', 'تبوك', 'أبها'];
    const batch = Array.from({ length: 1203 }, (_, i) => item(`ك${i}`, `افتتح في ${cities[i % cities.length]} معرض الكتاب رقم ${i}.`));
    const result = await store.putArticles(batch);
    assert.equal(result.ingested.length, batch.length, 'every article of the batch is new');
    const client = new pg.Client(url);
    await client.connect();
    const { rows } = await client.query<{ id: string }>('SELECT id FROM articles ORDER BY rid');
    const { rows: [counts] } = await client.query<{ terms: number; raws: number }>(
      'SELECT (SELECT count(*) FROM article_terms)::int AS terms, (SELECT count(*) FROM raw_documents)::int AS raws');
    await client.end();
    assert.deepEqual(rows.map((r) => r.id), batch.map((b) => b.article.id), 'row ids follow the batch, as SQLite rowids do');
    assert.deepEqual(counts, { terms: batch.length, raws: batch.length }, 'each article indexed once, each raw document kept once');
    await store.close();
  });

  it('the per-article tables carry no foreign-key triggers: their rows are written with the rid their article INSERT returned', async () => {
    const store = await freshStore();
    const client = new pg.Client(store.url);
    await client.connect();
    const { rows } = await client.query<{ name: string }>(
      "SELECT conname AS name FROM pg_constraint WHERE contype = 'f' AND confrelid = 'articles'::regclass");
    await client.end();
    // Each one would cost a trigger and a lookup per mention, quote, index row and fingerprint (migration 4).
    assert.deepEqual(rows.map((r) => r.name), []);
    await store.close();
  });

  it('a connection dropped mid-batch is retried: every article stored once, none lost', async () => {
    const url = await server.createDatabase(`dropped_${counter++}`);
    const store = await PostgresStore.open(url);
    // The server ends the writing connection itself, once, after the batch's first article row:
    // the client sees the connection die in the middle of its transaction.
    const admin = new pg.Client(url);
    await admin.connect();
    // The flag is a sequence: nextval is not rolled back with the aborted transaction, so it fires once.
    await admin.query(`CREATE SEQUENCE drop_once_seq;
      CREATE FUNCTION drop_connection() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF nextval('drop_once_seq') = 1 THEN PERFORM pg_terminate_backend(pg_backend_pid()); END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER drop_connection AFTER INSERT ON article_terms FOR EACH ROW EXECUTE FUNCTION drop_connection();`);
    const batch = ['تونس', 'الجزائر', 'المغرب', 'موريتانيا'].map((city, i) => item(`م${i}`, `انعقد المؤتمر في ${city} اليوم.`));
    const result = await store.putArticles(batch);
    // The dropped attempt rolled back, so the retry stores all four as new.
    assert.deepEqual(result, { ingested: batch.map((b) => b.article.id), duplicates: [] });
    const stats = await store.stats();
    assert.equal(stats.articles, 4);
    assert.equal(stats.rawDocuments, 4);
    const hits = await store.search({ raw: 'المؤتمر', terms: [indexTerms('المؤتمر')], phrases: [], excluded: [] });
    assert.equal(hits.total, 4, 'each article indexed exactly once');
    // Four rows fire the trigger four times; more means the batch really ran again after the drop.
    const { rows: [fired] } = await admin.query('SELECT last_value FROM drop_once_seq');
    assert.ok(Number(fired.last_value) > 4, `the connection was not dropped (trigger fired ${fired.last_value} times)`);
    await admin.end();
    await store.close();
  });
});
