// Matching agrees with search: an alert matches a new article exactly when `store.search` finds it
// for the alert's query — checked on SQLite and on PostgreSQL, through runAlerts as the pipeline
// calls it. And the alert's own conditions: its entity, and only articles that arrive after it.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { tempDir } from '../../test/helpers.ts';
import { parseQuery } from '../search/query.ts';
import { requirePostgres, startTestPostgres, type TestPostgres } from '../store/pg-test-server.ts';
import type { Store } from '../store/port.ts';
import { PostgresStore } from '../store/postgres/postgres-store.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { addAlert, runAlerts } from './index.ts';
import { compileQuery, IndexedArticle } from './match.ts';
import { AGREEMENT_QUERIES, alertTestArticles, SARRAJ, toStore, TRIPOLI } from './testing/articles.ts';

const NOW = () => new Date('2026-05-20T12:00:00.000Z');

async function searchIds(store: Store, query: string): Promise<string[]> {
  const parsed = parseQuery(query);
  if (compileQuery(parsed) === undefined) return [];
  return (await store.search(parsed, { limit: 1000 })).items.map((hit) => hit.id).sort();
}

async function matchedIds(store: Store, alert: string): Promise<string[]> {
  return (await store.alerts.matches(alert, { limit: 1000 })).items.map((m) => m.id).sort();
}

function agreementCases(open: () => Promise<Store>): void {
  it('an alert matches a new article exactly when search finds it for the same query', async () => {
    const store = await open();
    const names = AGREEMENT_QUERIES.map((_, i) => `q${i}`);
    for (const [i, query] of AGREEMENT_QUERIES.entries()) {
      await store.alerts.add({ name: names[i], query, createdAt: NOW().toISOString() });
    }
    await store.putArticles(alertTestArticles().map(toStore));
    const run = await runAlerts(store, { now: NOW });
    let total = 0;
    for (const [i, query] of AGREEMENT_QUERIES.entries()) {
      const expected = await searchIds(store, query);
      assert.deepEqual(await matchedIds(store, names[i]), expected, `query ${JSON.stringify(query)}: alert matches differ from search hits`);
      total += expected.length;
    }
    assert.equal(run.matched, total);
    // The cases must exercise both answers, or agreement proves little.
    assert.ok(total > 20, `only ${total} matches over all queries`);
    await store.close();
  });

  it('an entity alert matches only articles that mention the entity', async () => {
    const store = await open();
    await store.alerts.add({ name: 'طرابلس-ليبيا', query: 'طرابلس', entityId: TRIPOLI, createdAt: NOW().toISOString() });
    await store.alerts.add({ name: 'السراج', query: 'الانتخابات', entityId: SARRAJ, createdAt: NOW().toISOString() });
    const articles = alertTestArticles();
    await store.putArticles(articles.map(toStore));
    await runAlerts(store, { now: NOW });
    const mentioning = (entityId: string, query: string) => articles
      .filter((a) => a.entities?.some((e) => e.entityId === entityId))
      .filter((a) => new IndexedArticle(a).matches(compileQuery(parseQuery(query))!)).map((a) => a.id).sort();
    const tripoli = await matchedIds(store, 'طرابلس-ليبيا');
    assert.deepEqual(tripoli, mentioning(TRIPOLI, 'طرابلس'));
    const searched = await searchIds(store, 'طرابلس');
    assert.ok(searched.length > tripoli.length, 'the Lebanese Tripoli article is found by search but is not the entity');
    assert.deepEqual(await matchedIds(store, 'السراج'), mentioning(SARRAJ, 'الانتخابات'));
    assert.equal((await matchedIds(store, 'السراج')).length, 1);
    await store.close();
  });

  it('an alert added now matches what arrives after it; --backfill adds what search finds already stored', async () => {
    const store = await open();
    const [first, ...rest] = alertTestArticles().map(toStore);
    await store.putArticles(rest);
    await addAlert(store, { name: 'بعد', query: 'الانتخابات', now: NOW() });
    const backfilled = await addAlert(store, { name: 'مع-السابق', query: 'الانتخابات', backfill: true, now: NOW() });
    assert.deepEqual(await matchedIds(store, 'مع-السابق'), await searchIds(store, 'الانتخابات'));
    assert.equal(backfilled.backfilled, (await searchIds(store, 'الانتخابات')).length);
    await store.putArticles([first]);
    await runAlerts(store, { now: NOW });
    assert.deepEqual(await matchedIds(store, 'بعد'), [first.article.id]);
    assert.ok((await matchedIds(store, 'مع-السابق')).includes(first.article.id));
    await store.close();
  });
}

describe('alert matching on SQLite', () => {
  const dir = tempDir('marsad-alert-match-');
  let counter = 0;
  after(() => dir.cleanup());
  agreementCases(async () => new SqliteStore(join(dir.path, `match-${counter++}.db`)));
});

const { skip } = requirePostgres();
describe('alert matching on PostgreSQL', { skip }, () => {
  let server: TestPostgres;
  let counter = 0;
  before(async () => { server = await startTestPostgres(); });
  after(async () => { await server?.stop(); });
  agreementCases(async () => PostgresStore.open(await server.createDatabase(`alert_match_${counter++}`)));
});
