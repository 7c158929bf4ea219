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
