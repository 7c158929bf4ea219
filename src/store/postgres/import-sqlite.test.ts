import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import type { Article } from '../../core/types.ts';
import { ingestPaths } from '../../pipeline/ingest.ts';
import { indexTerms } from '../../search/index-terms.ts';
import { parseQuery } from '../../search/query.ts';
import { requirePostgres, startTestPostgres, type TestPostgres } from '../pg-test-server.ts';
import { SqliteStore } from '../sqlite/sqlite-store.ts';
import { PostgresStore } from './postgres-store.ts';
import { requireSample, SAMPLE_NOW, writeSampleJsonl } from './test-data.ts';

const CLI = resolve(import.meta.dirname, '../../cli/main.ts');

function marsad(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** An article with a story, a copy it duplicates, an entity and a quote: every table has a row. */
function annotated(): Article {
  const text = 'وقال وزير الخارجية فيصل بن فرحان إن “المملكة تدعم الحل السياسي”.';
  return {
    id: 'مقال-موسوم', title: 'وزير الخارجية يدعو إلى الحل السياسي', authors: [], language: 'ar', paragraphs: [text], text,
    diagnostics: [], publishedAt: '2015-07-23T10:00:00Z', storyId: 'قصة-1', duplicateOf: 'مقال-أصلي',
    entities: [{ text: 'فيصل بن فرحان', type: 'PER', start: 19, end: 32, entityId: 'per:faisal', canonical: 'فيصل بن فرحان' }],
    quotes: [{ text: '“المملكة تدعم الحل السياسي”', start: 36, end: 63, direct: true, cue: 'وقال',
      speaker: { text: 'فيصل بن فرحان', entityId: 'per:faisal', canonical: 'فيصل بن فرحان' } }],
  };
}

const skip = requirePostgres().skip || requireSample().skip;

describe('marsad migrate from SQLite to PostgreSQL', { skip }, () => {
  let server: TestPostgres;
  let dir: string;
  let sqlitePath: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'marsad-migrate-'));
    sqlitePath = join(dir, 'marsad.db');
    const input = join(dir, 'sample.jsonl');
    writeSampleJsonl(input, 120);
    const sqlite = new SqliteStore(sqlitePath);
    await ingestPaths([input], sqlite, { now: SAMPLE_NOW, workers: 0 });
    const article = annotated();
    await sqlite.alerts.add({ name: 'الخارجية', query: 'الخارجية', webhook: 'https://hooks.example/x', createdAt: '2015-07-22T00:00:00Z' });
    await sqlite.putArticles([{ article, titleTerms: indexTerms(article.title), bodyTerms: indexTerms(article.text) }]);
    await sqlite.alerts.addMatches('الخارجية', [article.id], '2015-07-23T11:00:00Z');
    await sqlite.frontier.add([{ url: 'https://alriyadh.example/rss', kind: 'feed', source: 'الرياض' }], '2015-07-23T09:00:00Z');
    await sqlite.frontier.record('https://alriyadh.example/rss', { state: 'done', etag: '"v7"', fetchedAt: '2015-07-23T09:00:01Z' });
    await sqlite.close();
    // Stories have no writer in the port yet: the row goes in as the clusterer would leave it.
    const db = new Database(sqlitePath);
    db.prepare(`INSERT INTO stories (id, title, first_seen, last_seen, size, sources, state)
      VALUES ('قصة-1', 'الحل السياسي', '2015-07-23', '2015-07-23', 1, '["الرياض"]', '{"centroid":[]}')`).run();
    db.close();
    server = await startTestPostgres();
  });
  after(async () => {
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('moves the archive: marsad stats --json reports the same counts on both', async () => {
    const url = await server.createDatabase('migrated');
    const moved = marsad('migrate', '--from', sqlitePath, '--to', url);
    assert.equal(moved.code, 0, moved.stderr);
    assert.match(moved.stdout, /^migrated articles \d+ rawDocuments \d+ entities \d+ mentions \d+ quotes \d+ stories \d+ crawlUrls \d+ alerts \d+\n$/);
    const before = JSON.parse(marsad('stats', '--json', '--db', sqlitePath).stdout);
    const afterwards = JSON.parse(marsad('stats', '--json', '--db', url).stdout);
    assert.ok(before.articles > 100 && before.entities > 0 && before.quotes > 0 && before.stories > 0 && before.duplicates > 0);
    assert.deepEqual(afterwards, before);
  });

  it('the moved archive reads back the same: articles, raw inputs, entities, quotes, stories and search', async () => {
    const url = await server.createDatabase('compared');
    assert.equal(marsad('migrate', '--from', sqlitePath, '--to', url).code, 0);
    const sqlite = new SqliteStore(sqlitePath);
    const postgres = await PostgresStore.open(url);
    const first = await sqlite.listArticles({ limit: 1000 });
    assert.deepEqual(await postgres.listArticles({ limit: 1000 }), first);
    for (const { id } of first.items.slice(0, 20)) assert.deepEqual(await postgres.getArticle(id), await sqlite.getArticle(id));
    const withRaw = (await sqlite.getArticle(first.items[5].id))!;
    assert.deepEqual(await postgres.getRaw(withRaw.rawId!), await sqlite.getRaw(withRaw.rawId!));
    assert.deepEqual(await postgres.listEntities({ limit: 50 }), await sqlite.listEntities({ limit: 50 }));
    assert.deepEqual(await postgres.frontier.get('https://alriyadh.example/rss'), await sqlite.frontier.get('https://alriyadh.example/rss'));
    assert.deepEqual(await postgres.alerts.list(), await sqlite.alerts.list());
    assert.deepEqual(await postgres.alerts.matches('الخارجية'), await sqlite.alerts.matches('الخارجية'));
    assert.deepEqual(await postgres.listQuotes({ speaker: 'فيصل' }), await sqlite.listQuotes({ speaker: 'فيصل' }));
    assert.deepEqual(await postgres.getStory('قصة-1'), await sqlite.getStory('قصة-1'));
    const query = parseQuery('الخارجية');
    assert.deepEqual((await postgres.search(query)).items.map((h) => h.id), (await sqlite.search(query)).items.map((h) => h.id));
    // New articles after the move get fresh ids that do not collide with the moved ones.
    const extra: Article = { ...annotated(), id: 'بعد-النقل', storyId: undefined, duplicateOf: undefined };
    assert.deepEqual(await postgres.putArticles([{ article: extra, titleTerms: indexTerms(extra.title), bodyTerms: indexTerms(extra.text) }]),
      { ingested: ['بعد-النقل'], duplicates: [] });
    await sqlite.close();
    await postgres.close();
  });

  it('refuses to move into a database that already holds articles, and writes nothing', async () => {
    const url = await server.createDatabase('occupied');
    assert.equal(marsad('migrate', '--from', sqlitePath, '--to', url).code, 0);
    const again = marsad('migrate', '--from', sqlitePath, '--to', url);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /already holds \d+ articles; migrate into an empty database/);
    assert.equal(again.stderr.trim().split('\n').length, 1);
  });

  it('a missing SQLite file or a PostgreSQL server that is down is a one-line error, exit 2', async () => {
    const missing = marsad('migrate', '--from', join(dir, 'nothing.db'), '--to', await server.createDatabase('unused'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nothing\.db: no such SQLite archive/);
    const down = marsad('migrate', '--from', sqlitePath, '--to', server.urlFor('marsad').replace(`:${server.port}/`, ':1/'));
    assert.equal(down.code, 2);
    assert.match(down.stderr, /^marsad: .*cannot connect to PostgreSQL: connection refused/);
    assert.equal(down.stderr.trim().split('\n').length, 1);
  });
});
