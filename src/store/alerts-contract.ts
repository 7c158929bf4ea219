// The alert store's contract (./alerts-port.ts), run against every Store adapter: the same
// matches, inbox and outbox behaviour on SQLite and on PostgreSQL.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from '../core/types.ts';
import { indexTerms } from '../search/index-terms.ts';
import type { InboxArticle, MatchToRecord } from './alerts-port.ts';
import type { ArticleToStore, Store } from './port.ts';

const T0 = '2026-04-01T08:00:00.000Z';
const T1 = '2026-04-01T08:10:00.000Z';
const T2 = '2026-04-01T09:00:00.000Z';
const T3 = '2026-04-01T10:00:00.000Z';
const RECEIVER = 'http://127.0.0.1:9/marsad';

const HEADLINES = [
  'البرلمان الليبي يناقش قانون الانتخابات في جلسة طارئة',
  'أمطار غزيرة على طرابلس وتحذيرات من السيول',
  'مفوضية الانتخابات تعلن موعد فتح باب الترشح',
  'ارتفاع أسعار النفط بعد قرار أوبك',
];

function stored(n: number, publishedAt = `2026-03-${String(10 + n).padStart(2, '0')}T10:00:00Z`): ArticleToStore {
  const title = HEADLINES[n % HEADLINES.length];
  const text = `${title}. وقال مراسلنا إن التفاصيل ستعلن لاحقا (الخبر رقم ${n}).`;
  const article: Article = {
    id: `تنبيه-${n}`, url: `https://akhbar.example/news/${n}`, source: 'الأخبار', title, authors: [], language: 'ar',
    paragraphs: [text], text, diagnostics: [], publishedAt, firstSeenAt: T0,
  };
  return { article, titleTerms: indexTerms(title), bodyTerms: indexTerms(text) };
}

/** A chooser that matches every article with every alert allowed to see it, remembering what it was shown. */
function matchEverything(seen: InboxArticle[] = []): (items: InboxArticle[]) => MatchToRecord[] {
  return (items) => {
    seen.push(...items);
    return items.flatMap(({ article, alerts }) => alerts.map((alert) => ({ alert: alert.name, articleId: article.id })));
  };
}

export function runAlertStoreContract(name: string, open: () => Promise<Store>): void {
  describe(`Alert store contract: ${name}`, () => {
    it('adds, lists and removes alerts; a name is taken once', async () => {
      const store = await open();
      await store.alerts.add({ name: 'ليبيا-الانتخابات', query: 'الانتخابات ليبيا', entityId: 'loc:ليبيا', createdAt: T0 });
      await store.alerts.add({ name: 'oil', query: 'النفط', webhook: RECEIVER, createdAt: T1 });
      await assert.rejects(store.alerts.add({ name: 'oil', query: 'أوبك', createdAt: T1 }), /exists already/);
      const got = await store.alerts.get('ليبيا-الانتخابات');
      assert.deepEqual(got, { name: 'ليبيا-الانتخابات', query: 'الانتخابات ليبيا', entityId: 'loc:ليبيا', createdAt: T0 });
      const listed = await store.alerts.list();
      assert.deepEqual(listed.map((a) => a.name).sort(), ['oil', 'ليبيا-الانتخابات'].sort());
      const oil = listed.find((a) => a.name === 'oil')!;
      assert.deepEqual([oil.webhook, oil.matches, oil.deliveries], [RECEIVER, 0, { pending: 0, sent: 0, failed: 0 }]);
      assert.equal(await store.alerts.remove('oil'), true);
      assert.equal(await store.alerts.remove('oil'), false);
      assert.equal(await store.alerts.get('oil'), undefined);
      await store.close();
    });

    it('an alert is shown only articles stored after it was added', async () => {
      const store = await open();
      await store.putArticles([stored(1)]);
      await store.alerts.add({ name: 'أول', query: 'الانتخابات', createdAt: T0 });
      await store.putArticles([stored(2)]);
      await store.alerts.add({ name: 'ثان', query: 'الانتخابات', createdAt: T1 });
      await store.putArticles([stored(3)]);
      const seen: InboxArticle[] = [];
      const run = await store.alerts.matchNew(matchEverything(seen), { limit: 100, matchedAt: T2 });
      assert.deepEqual(seen.map((i) => [i.article.id, i.alerts.map((a) => a.name).sort()]),
        [['تنبيه-2', ['أول']], ['تنبيه-3', ['أول', 'ثان'].sort()]]);
      assert.deepEqual(run, { articles: 2, matched: 3 });
      await store.close();
    });

    it('articles stored while there are no alerts never reach the inbox', async () => {
      const store = await open();
      await store.putArticles([stored(1), stored(2)]);
      await store.alerts.add({ name: 'x', query: 'النفط', createdAt: T0 });
      assert.deepEqual(await store.alerts.matchNew(matchEverything(), { limit: 100, matchedAt: T1 }), { articles: 0, matched: 0 });
      await store.close();
    });

    it('matching takes each inbox article once, in batches, oldest first', async () => {
      const store = await open();
      await store.alerts.add({ name: 'كل', query: 'الخبر', createdAt: T0 });
      await store.putArticles([1, 2, 3, 4, 5].map((n) => stored(n)));
      const seen: InboxArticle[] = [];
      assert.deepEqual(await store.alerts.matchNew(matchEverything(seen), { limit: 2, matchedAt: T1 }), { articles: 2, matched: 2 });
      assert.deepEqual(await store.alerts.matchNew(matchEverything(seen), { limit: 2, matchedAt: T1 }), { articles: 2, matched: 2 });
      assert.deepEqual(await store.alerts.matchNew(matchEverything(seen), { limit: 2, matchedAt: T1 }), { articles: 1, matched: 1 });
      assert.deepEqual(await store.alerts.matchNew(matchEverything(seen), { limit: 2, matchedAt: T1 }), { articles: 0, matched: 0 });
      assert.deepEqual(seen.map((i) => i.article.id), [1, 2, 3, 4, 5].map((n) => `تنبيه-${n}`));
      assert.equal((await store.alerts.list())[0].matches, 5);
      await store.close();
    });

    it('a chooser that fails leaves the inbox and the matches as they were', async () => {
      const store = await open();
      await store.alerts.add({ name: 'كل', query: 'الخبر', createdAt: T0 });
      await store.putArticles([stored(1), stored(2)]);
      await assert.rejects(store.alerts.matchNew(() => { throw new Error('عطل في المطابقة'); }, { limit: 10, matchedAt: T1 }), /عطل/);
      assert.equal((await store.alerts.matches('كل')).total, 0);
      assert.deepEqual(await store.alerts.matchNew(matchEverything(), { limit: 10, matchedAt: T1 }), { articles: 2, matched: 2 });
      await store.close();
    });

    it('a match is recorded once: the same pair again is not new', async () => {
      const store = await open();
      await store.putArticles([stored(1)]);
      await store.alerts.add({ name: 'نفط', query: 'النفط', createdAt: T0 });
      assert.equal(await store.alerts.addMatches('نفط', ['تنبيه-1'], T1), 1);
      assert.equal(await store.alerts.addMatches('نفط', ['تنبيه-1'], T2), 0);
      assert.equal(await store.alerts.addMatches('لا-يوجد', ['تنبيه-1'], T2), 0);
      const { total, items } = await store.alerts.matches('نفط');
      assert.equal(total, 1);
      assert.equal(items[0].matchedAt, T1);
      await store.close();
    });

    it('matches come latest first with the article summary and text', async () => {
      const store = await open();
      await store.putArticles([stored(1, '2026-03-01T10:00:00Z'), stored(2, '2026-03-05T10:00:00Z'), stored(3, '2026-03-03T10:00:00Z')]);
      await store.alerts.add({ name: 'ترتيب', query: 'الخبر', createdAt: T0 });
      await store.alerts.addMatches('ترتيب', ['تنبيه-1', 'تنبيه-2'], T1);
      await store.alerts.addMatches('ترتيب', ['تنبيه-3'], T2);
      const page = await store.alerts.matches('ترتيب', { limit: 2 });
      assert.equal(page.total, 3);
      // The latest match first; matches of one moment newest article first.
      assert.deepEqual(page.items.map((m) => m.id), ['تنبيه-3', 'تنبيه-2']);
      const [first] = page.items;
      assert.equal(first.url, 'https://akhbar.example/news/3');
      assert.equal(first.source, 'الأخبار');
      assert.equal(first.publishedAt, '2026-03-03T10:00:00Z');
      assert.match(first.text, /مراسلنا/);
      assert.deepEqual((await store.alerts.matches('ترتيب', { limit: 2, offset: 2 })).items.map((m) => m.id), ['تنبيه-1']);
      await store.close();
    });

    it('a webhook alert owes one delivery per new match; a backfill owes none', async () => {
      const store = await open();
      await store.putArticles([stored(1)]);
      await store.alerts.add({ name: 'ويب', query: 'الخبر', webhook: RECEIVER, createdAt: T0 });
      await store.alerts.add({ name: 'بلا-ويب', query: 'الخبر', createdAt: T0 });
      await store.alerts.addMatches('ويب', ['تنبيه-1'], T0);
      await store.putArticles([stored(2)]);
      await store.alerts.matchNew(matchEverything(), { limit: 10, matchedAt: T1 });
      const claimed = await store.alerts.claimDeliveries({ now: T1, leaseUntil: T2, limit: 10 });
      assert.deepEqual(claimed, [{ alert: 'ويب', articleId: 'تنبيه-2', webhook: RECEIVER, matchedAt: T1, attempts: 1 }]);
      await store.close();
    });

    it('a claimed delivery waits for its lease; once sent it is never handed out again', async () => {
      const store = await open();
      await store.alerts.add({ name: 'ويب', query: 'الخبر', webhook: RECEIVER, createdAt: T0 });
      await store.putArticles([stored(1), stored(2)]);
      await store.alerts.matchNew(matchEverything(), { limit: 10, matchedAt: T0 });
      assert.equal((await store.alerts.claimDeliveries({ now: T0, leaseUntil: T2, limit: 1 })).length, 1);
      const second = await store.alerts.claimDeliveries({ now: T1, leaseUntil: T2, limit: 10 });
      assert.equal(second.length, 1, 'the first one is leased until T2');
      await store.alerts.recordDelivery(second[0].alert, second[0].articleId, { state: 'sent', at: T1 });
      // The first one's sender never came back: at T2 it is due again, one attempt more.
      const again = await store.alerts.claimDeliveries({ now: T2, leaseUntil: T3, limit: 10 });
      assert.equal(again.length, 1);
      assert.notEqual(again[0].articleId, second[0].articleId);
      assert.equal(again[0].attempts, 2);
      await store.alerts.recordDelivery(again[0].alert, again[0].articleId, { state: 'sent', at: T2 });
      assert.deepEqual(await store.alerts.claimDeliveries({ now: T3, leaseUntil: T3, limit: 10 }), []);
      assert.deepEqual((await store.alerts.list())[0].deliveries, { pending: 0, sent: 2, failed: 0 });
      await store.close();
    });

    it('a retry waits for its time; a failure is kept with its error and never retried', async () => {
      const store = await open();
      await store.alerts.add({ name: 'ويب', query: 'الخبر', webhook: RECEIVER, createdAt: T0 });
      await store.putArticles([stored(1), stored(2)]);
      await store.alerts.matchNew(matchEverything(), { limit: 10, matchedAt: T0 });
      const [a, b] = await store.alerts.claimDeliveries({ now: T0, leaseUntil: T1, limit: 10 });
      await store.alerts.recordDelivery(a.alert, a.articleId, { state: 'pending', nextAttemptAt: T2, error: 'HTTP 503' });
      await store.alerts.recordDelivery(b.alert, b.articleId, { state: 'failed', error: 'HTTP 410' });
      assert.deepEqual(await store.alerts.claimDeliveries({ now: T1, leaseUntil: T3, limit: 10 }), []);
      const retried = await store.alerts.claimDeliveries({ now: T2, leaseUntil: T3, limit: 10 });
      assert.deepEqual(retried.map((d) => [d.articleId, d.attempts]), [[a.articleId, 2]]);
      const failed = await store.alerts.deliveries('ويب', 'failed');
      assert.deepEqual(failed.map((f) => [f.articleId, f.state, f.attempts, f.lastError]), [[b.articleId, 'failed', 1, 'HTTP 410']]);
      // A late "sent" for a delivery already given up does not bring it back.
      await store.alerts.recordDelivery(b.alert, b.articleId, { state: 'sent', at: T3 });
      assert.deepEqual((await store.alerts.list())[0].deliveries, { pending: 1, sent: 0, failed: 1 });
      await store.close();
    });

    it('removing an alert removes its matches and deliveries', async () => {
      const store = await open();
      await store.alerts.add({ name: 'مؤقت', query: 'الخبر', webhook: RECEIVER, createdAt: T0 });
      await store.putArticles([stored(1)]);
      await store.alerts.matchNew(matchEverything(), { limit: 10, matchedAt: T0 });
      await store.alerts.remove('مؤقت');
      await store.alerts.add({ name: 'مؤقت', query: 'الخبر', webhook: RECEIVER, createdAt: T1 });
      assert.equal((await store.alerts.matches('مؤقت')).total, 0);
      assert.deepEqual(await store.alerts.claimDeliveries({ now: T3, leaseUntil: T3, limit: 10 }), []);
      await store.close();
    });
  });
}
