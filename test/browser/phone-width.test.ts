// Long unbroken words and long URLs wrap at phone width: no page of an article holding them (its
// text, title, quotes, search echo) is wider than a 390 px phone's viewport, with the phone's own
// viewport emulation on (where a too-wide page widens the layout viewport and scrolls sideways).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import type { Article } from '../../src/core/types.ts';
import { storiesOf, toStore, writeStories } from '../../src/http/testing/archive.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { tempDir } from '../helpers.ts';
import { browserSkip, launchBrowser, screenshot, startServer, type Server } from './harness.ts';

const LONG_WORD = 'ال' + 'مستشفياتوالمدارسوالطرق'.repeat(40);
const LONG_URL = 'https://www.alyaum.com/articles/6048726/%D8%A7%D9%84%D9%85%D9%85%D9%84%D9%83%D8%A9-%D8%AA%D8%B3%D8%AA%D8%B6%D9%8A%D9%81';

function longArticle(id: string, source: string): Article {
  const quoted = `«${LONG_WORD}»`;
  const text = `قال المتحدث باسم الوزارة إن التفاصيل منشورة على ${LONG_URL} للجميع.\n\nوأضاف ${quoted} في المؤتمر.`;
  const quoteStart = text.indexOf(quoted);
  return {
    id, source, title: `عنوان طويل ${LONG_WORD}`, authors: [], language: 'ar', text, paragraphs: text.split('\n\n'), diagnostics: [],
    publishedAt: '2015-07-23T09:00:00Z', storyId: 'long-story', url: LONG_URL,
    quotes: [{ text: quoted, start: quoteStart, end: quoteStart + quoted.length, direct: true, speaker: { text: 'المتحدث باسم الوزارة' } }],
  };
}

describe('phone width in Chromium', { skip: browserSkip() }, () => {
  const dir = tempDir('marsad-phone-');
  let server: Server;
  let browser: Browser;

  before(async () => {
    const db = join(dir.path, 'phone.db');
    const store = new SqliteStore(db);
    const articles = [longArticle('long-a', 'alyaum'), longArticle('long-b', 'okaz')];
    await store.putArticles(articles.map(toStore));
    await store.close();
    writeStories(db, storiesOf(articles));
    [server, browser] = await Promise.all([startServer(db), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    dir.cleanup();
  });

  it('no page with a long unbroken word or a long URL is wider than a 390 px phone', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const paths = ['/', '/articles/long-a', '/articles', '/stories/long-story', '/quotes', `/search?q=${encodeURIComponent(LONG_WORD)}`,
      `/search?q=${encodeURIComponent('المتحدث')}`, '/articles/long-a/related'];
    const failures: string[] = [];
    for (const path of paths) {
      const res = await page.goto(`${server.url}${path}`);
      if (res?.status() === 404) continue;
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, innerWidth: window.innerWidth }));
      if (scrollWidth > innerWidth || innerWidth > 390) failures.push(`${path.slice(0, 60)}: scrollWidth ${scrollWidth}, innerWidth ${innerWidth}`);
    }
    await page.goto(`${server.url}/articles/long-a`);
    await screenshot(page, 'phone-long-words');
    await context.close();
    assert.deepEqual(failures, [], failures.join('\n'));
  });
});
