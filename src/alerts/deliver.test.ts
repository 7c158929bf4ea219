// Webhook delivery against a real receiver on 127.0.0.1: retried until accepted, each match
// accepted once, across restarts too; Retry-After honoured; answers that retrying cannot change,
// and deliveries that never get through, end as failed and stay visible.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { tempDir } from '../../test/helpers.ts';
import type { AlertStore } from '../store/alerts-port.ts';
import type { Store } from '../store/port.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { DEFAULT_DELIVERY_POLICY, deliveryKey, type WebhookPayload } from './deliver.ts';
import { runAlerts } from './index.ts';
import { alertTestArticles, toStore } from './testing/articles.ts';
import { startReceiver, type Answer } from './testing/receiver.ts';

const START = Date.parse('2026-05-20T12:00:00.000Z');
const MINUTE = 60_000;

/** A clock the test moves by hand, so waiting for a retry takes no time. */
function clock() {
  let now = START;
  return { now: () => new Date(now), advance: (ms: number) => { now += ms; } };
}

/** The articles mentioning elections (three of them share the word in the test set). */
function electionArticles() {
  return alertTestArticles().filter((a) => /انتخابات/.test(a.title + a.text)).map(toStore);
}

describe('webhook delivery', () => {
  const dir = tempDir('marsad-alert-deliver-');
  let counter = 0;
  after(() => dir.cleanup());
  const dbPath = () => join(dir.path, `deliver-${counter++}.db`);

  async function storeWithAlert(path: string, webhook: string): Promise<Store> {
    const store = new SqliteStore(path);
    await store.alerts.add({ name: 'انتخابات-ليبيا', query: 'الانتخابات', webhook, createdAt: new Date(START).toISOString() });
    return store;
  }

  it('a receiver that fails twice (503, then a dropped connection) gets exactly one accepted POST per match', async () => {
    const receiver = await startReceiver((attempt): Answer => (attempt === 1 ? { status: 503 } : attempt === 2 ? 'drop' : { status: 204 }));
    const time = clock();
    const store = await storeWithAlert(dbPath(), receiver.url);
    const articles = electionArticles();
    await store.putArticles(articles);

    const first = await runAlerts(store, { now: time.now });
    assert.deepEqual(first, { matched: articles.length, delivered: 0, failed: 0 });
    time.advance(10 * MINUTE);
    assert.deepEqual(await runAlerts(store, { now: time.now }), { matched: 0, delivered: 0, failed: 0 });
    time.advance(10 * MINUTE);
    assert.deepEqual(await runAlerts(store, { now: time.now }), { matched: 0, delivered: articles.length, failed: 0 });
    time.advance(24 * 60 * MINUTE);
    assert.deepEqual(await runAlerts(store, { now: time.now }), { matched: 0, delivered: 0, failed: 0 });

    const keys = articles.map((a) => deliveryKey('انتخابات-ليبيا', a.article.id)).sort();
    assert.deepEqual(receiver.accepted().map((r) => r.key).sort(), keys, 'one accepted POST per match');
    assert.equal(receiver.received.length, 3 * articles.length, 'each match tried three times, no more');
    const [post] = receiver.accepted();
    assert.equal(post.contentType, 'application/json');
    const body = post.body as WebhookPayload;
    const sent = articles.find((a) => deliveryKey('انتخابات-ليبيا', a.article.id) === post.key)!.article;
    assert.equal(body.alert, 'انتخابات-ليبيا');
    assert.deepEqual({ ...body.article, snippet: undefined }, {
      id: sent.id, url: sent.url, title: sent.title, source: sent.source, publishedAt: sent.publishedAt, snippet: undefined,
    });
    assert.match(body.article.snippet, /انتخابات/);
    assert.doesNotMatch(body.article.snippet, /<mark>|&[a-z]+;/, 'the snippet is plain text');
    assert.equal(body.matchedAt, new Date(START).toISOString());
    assert.deepEqual((await store.alerts.list())[0].deliveries, { pending: 0, sent: articles.length, failed: 0 });
    await store.close();
    await receiver.close();
  });

  it('a restart sends nothing twice and loses nothing', async () => {
    const receiver = await startReceiver(() => ({ status: 200 }));
    const time = clock();
    const path = dbPath();
    const articles = electionArticles();
    let store = await storeWithAlert(path, receiver.url);
    await store.putArticles(articles);
    // Stored, then the process stops before matching: the inbox keeps the articles.
    await store.close();
    store = new SqliteStore(path);
    assert.equal((await runAlerts(store, { now: time.now, deliver: false })).matched, articles.length);
    // Matched, then it stops before delivering: the outbox keeps the deliveries.
    await store.close();
    store = new SqliteStore(path);
    assert.deepEqual(await runAlerts(store, { now: time.now }), { matched: 0, delivered: articles.length, failed: 0 });
    await store.close();
    store = new SqliteStore(path);
    time.advance(60 * MINUTE);
    assert.deepEqual(await runAlerts(store, { now: time.now }), { matched: 0, delivered: 0, failed: 0 });
    assert.equal(receiver.received.length, articles.length);
    assert.equal(new Set(receiver.received.map((r) => r.key)).size, articles.length);
    await store.close();
    await receiver.close();
  });

  it('a delivery claimed by a process that died is sent once its lease runs out', async () => {
    const receiver = await startReceiver(() => ({ status: 200 }));
    const time = clock();
    const path = dbPath();
    let store = await storeWithAlert(path, receiver.url);
    const articles = electionArticles();
    await store.putArticles(articles);
    await runAlerts(store, { now: time.now, deliver: false });
    const at = time.now();
    const claimed = await store.alerts.claimDeliveries({
      now: at.toISOString(), leaseUntil: new Date(at.getTime() + DEFAULT_DELIVERY_POLICY.leaseMs).toISOString(), limit: 100,
    });
    assert.equal(claimed.length, articles.length);
    await store.close();
    store = new SqliteStore(path);
    assert.equal((await runAlerts(store, { now: time.now })).delivered, 0, 'still leased to the process that died');
    time.advance(DEFAULT_DELIVERY_POLICY.leaseMs);
    assert.equal((await runAlerts(store, { now: time.now })).delivered, articles.length);
    assert.equal(receiver.received.length, articles.length);
    await store.close();
    await receiver.close();
  });

  it('a crash between the receiver\'s 2xx and our record sends again with the same Marsad-Delivery key', async () => {
    const receiver = await startReceiver(() => ({ status: 200 }));
    const time = clock();
    const store = await storeWithAlert(dbPath(), receiver.url);
    const [article] = electionArticles();
    await store.putArticles([article]);
    // A store whose record of the 2xx is lost, as if the process died right after the POST.
    const alerts: AlertStore = Object.create(store.alerts, { recordDelivery: { value: async () => { throw new Error('crash'); } } });
    const crashing: Store = Object.create(store, { alerts: { value: alerts } });
    await assert.rejects(runAlerts(crashing, { now: time.now }), /crash/);
    time.advance(DEFAULT_DELIVERY_POLICY.leaseMs);
    assert.equal((await runAlerts(store, { now: time.now })).delivered, 1);
    assert.equal(receiver.received.length, 2);
    assert.equal(receiver.received[0].key, receiver.received[1].key);
    await store.close();
    await receiver.close();
  });

  it('Retry-After is honoured: the next attempt waits as long as the receiver asked', async () => {
    const receiver = await startReceiver((attempt): Answer => (attempt === 1 ? { status: 429, headers: { 'Retry-After': '1800' } } : { status: 200 }));
    const time = clock();
    const store = await storeWithAlert(dbPath(), receiver.url);
    const [article] = electionArticles();
    await store.putArticles([article]);
    await runAlerts(store, { now: time.now });
    const [pending] = await store.alerts.deliveries('انتخابات-ليبيا', 'pending');
    assert.equal(pending.nextAttemptAt, new Date(START + 30 * MINUTE).toISOString());
    assert.equal(pending.lastError, 'HTTP 429');
    time.advance(29 * MINUTE);
    await runAlerts(store, { now: time.now });
    assert.equal(receiver.received.length, 1, 'not before the time the receiver gave');
    time.advance(MINUTE);
    assert.equal((await runAlerts(store, { now: time.now })).delivered, 1);
    await store.close();
    await receiver.close();
  });

  it('an answer retrying cannot change (404) fails at once and is kept with its error', async () => {
    const receiver = await startReceiver(() => ({ status: 404 }));
    const time = clock();
    const store = await storeWithAlert(dbPath(), receiver.url);
    const [article] = electionArticles();
    await store.putArticles([article]);
    assert.deepEqual(await runAlerts(store, { now: time.now }), { matched: 1, delivered: 0, failed: 1 });
    time.advance(24 * 60 * MINUTE);
    await runAlerts(store, { now: time.now });
    assert.equal(receiver.received.length, 1);
    const [failed] = await store.alerts.deliveries('انتخابات-ليبيا', 'failed');
    assert.deepEqual([failed.articleId, failed.attempts, failed.lastError], [article.article.id, 1, 'HTTP 404']);
    await store.close();
    await receiver.close();
  });

  it('a receiver that never gets it right is given up after the last attempt, with backoff between attempts', async () => {
    const receiver = await startReceiver(() => ({ status: 500 }));
    const time = clock();
    const store = await storeWithAlert(dbPath(), receiver.url);
    const [article] = electionArticles();
    await store.putArticles([article]);
    const policy = { maxAttempts: 4, firstRetryMs: MINUTE };
    const waits: number[] = [];
    let failed = 0;
    for (let round = 0; round < 10 && failed === 0; round++) {
      failed = (await runAlerts(store, { now: time.now, policy })).failed;
      const [pending] = await store.alerts.deliveries('انتخابات-ليبيا', 'pending');
      if (pending) {
        waits.push(Date.parse(pending.nextAttemptAt) - time.now().getTime());
        time.advance(Date.parse(pending.nextAttemptAt) - time.now().getTime());
      }
    }
    assert.equal(receiver.received.length, 4);
    assert.deepEqual(waits, [MINUTE, 2 * MINUTE, 4 * MINUTE], 'each wait twice the one before');
    const [gaveUp] = await store.alerts.deliveries('انتخابات-ليبيا', 'failed');
    assert.equal(gaveUp.lastError, 'gave up after 4 attempts: HTTP 500');
    await store.close();
    await receiver.close();
  });

  it('a receiver that does not answer in time is tried again later', async () => {
    const receiver = await startReceiver((attempt): Answer => (attempt === 1 ? 'hang' : { status: 200 }));
    const time = clock();
    const store = await storeWithAlert(dbPath(), receiver.url);
    const [article] = electionArticles();
    await store.putArticles([article]);
    const policy = { timeoutMs: 300 };
    assert.equal((await runAlerts(store, { now: time.now, policy })).delivered, 0);
    const [pending] = await store.alerts.deliveries('انتخابات-ليبيا', 'pending');
    assert.equal(pending.lastError, 'no answer within 0.3 s');
    time.advance(10 * MINUTE);
    assert.equal((await runAlerts(store, { now: time.now, policy })).delivered, 1);
    await store.close();
    await receiver.close();
  });
});
