// Alerts as the server shows them: /alerts/NAME.rss (RSS 2.0 with ETag), the alerts page, and
// /api/alerts, over the hand-annotated test archive.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { tempDir } from '../../../test/helpers.ts';
import { addAlert, runAlerts } from '../../alerts/index.ts';
import { childrenNamed, childText, parseXml } from '../../alerts/testing/xml.ts';
import { createApp } from '../../http/app.tsx';
import { fillTestArchive, HARRISON } from '../../http/testing/archive.ts';
import { SqliteStore } from '../../store/sqlite/sqlite-store.ts';

const ELECTIONS = 'انتخابات-هاريسون';
const RAIN = 'أمطار';
const q = encodeURIComponent;

describe('alerts on the web', () => {
  const dir = tempDir('marsad-web-alerts-');
  const db = join(dir.path, 'alerts.db');
  let store: SqliteStore;
  let app: Hono;

  before(async () => {
    // The alerts exist before the archive is filled, so its articles arrive as new ones (and the
    // entity is given by id: the archive does not know it yet).
    store = new SqliteStore(db);
    await store.alerts.add({ name: ELECTIONS, query: 'الانتخابات', entityId: HARRISON, webhook: 'https://hooks.example/secret-token',
      createdAt: new Date().toISOString() });
    await addAlert(store, { name: RAIN, query: 'أمطار غزيرة' });
    await addAlert(store, { name: 'صامت', query: 'كلمة-لا-ترد' });
    await store.close();
    await fillTestArchive(db);
    store = new SqliteStore(db);
    await runAlerts(store, { deliver: false });
    app = createApp(store, { origin: () => 'https://marsad.example' });
  });
  after(async () => {
    await store.close();
    dir.cleanup();
  });

  it('/alerts/NAME.rss is an RSS 2.0 feed of the alert\'s matches, linking to this server\'s article pages', async () => {
    // Asked for under another Host: the links still use the configured origin, never the Host header.
    const res = await app.request(`http://evil.example/alerts/${q(ELECTIONS)}.rss`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/rss+xml; charset=utf-8');
    const channel = childrenNamed(parseXml(await res.text()), 'channel')[0];
    const items = childrenNamed(channel, 'item');
    const matched = (await store.alerts.matches(ELECTIONS)).items;
    assert.ok(matched.length > 0);
    assert.deepEqual(items.map((i) => childText(i, 'link')), matched.map((m) => `https://marsad.example/articles/${q(m.id)}`));
    const original = items.find((i) => childText(i, 'link')?.endsWith('fx-envoy-masaa'));
    assert.equal(childText(original!, 'title'), 'المبعوثة الأممية تصل إلى المدينة الساحلية وتطالب بموعد للانتخابات');
    assert.equal(childrenNamed(original!, 'source')[0].attributes.url, 'https://masaa.example/fx/envoy');
    assert.match(childText(original!, 'description') ?? '', /للانتخابات/);
  });

  it('the feed holds at most the latest 50 matches', async () => {
    const channel = childrenNamed(parseXml(await (await app.request(`/alerts/${q(RAIN)}.rss`)).text()), 'channel')[0];
    const { total } = await store.alerts.matches(RAIN);
    assert.equal(childrenNamed(channel, 'item').length, Math.min(50, total));
    assert.ok(total >= 20, 'the weather bulletins match');
  });

  it('the feed carries an ETag; asking again with it gets a 304', async () => {
    const first = await app.request(`/alerts/${q(RAIN)}.rss`);
    const etag = first.headers.get('etag');
    assert.match(etag ?? '', /^W\/".+"$/);
    const again = await app.request(`/alerts/${q(RAIN)}.rss`, { headers: { 'If-None-Match': etag! } });
    assert.equal(again.status, 304);
  });

  it('an unknown alert\'s feed is a 404 page', async () => {
    for (const path of ['/alerts/لا-يوجد.rss', '/alerts/x.rss', '/alerts/.rss', `/alerts/${q(RAIN)}.xml`]) {
      const res = await app.request(path);
      assert.equal(res.status, 404, path);
    }
  });

  it('the alerts page lists each alert with its query, entity, match count, feed and latest matches, never its webhook URL', async () => {
    const res = await app.request('/alerts');
    assert.equal(res.status, 200);
    const html = await res.text();
    for (const name of [ELECTIONS, RAIN, 'صامت']) assert.ok(html.includes(`>${name}</h2>`), `${name} is listed`);
    assert.ok(html.includes(`href="/alerts/${q(RAIN)}.rss"`));
    assert.match(html, /مارغريت هاريسون/, 'the entity by its name');
    assert.match(html, /أمطار غزيرة على المدينة الساحلية/, 'a latest match');
    assert.match(html, /لم يطابق هذا التنبيه أي مقال جديد بعد/);
    assert.doesNotMatch(html, /secret-token/);
  });

  it('/api/alerts lists the alerts with counts and latest matches', async () => {
    const res = await app.request('/api/alerts');
    assert.equal(res.status, 200);
    const body = (await res.json()) as { alerts: Array<{ name: string; matches: number; hasWebhook: boolean; feed: string; latest: unknown[] }> };
    const rain = body.alerts.find((a) => a.name === RAIN)!;
    assert.equal(rain.matches, (await store.alerts.matches(RAIN)).total);
    assert.equal(rain.feed, `/alerts/${q(RAIN)}.rss`);
    assert.equal(rain.latest.length, 5);
    assert.equal(body.alerts.find((a) => a.name === ELECTIONS)?.hasWebhook, true);
    assert.doesNotMatch(JSON.stringify(body), /secret-token/);
  });
});
