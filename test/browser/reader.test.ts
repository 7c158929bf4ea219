// The reader in a real browser (Debian's Chromium): a reader opens the home page, searches in Arabic,
// opens an article, follows an entity, goes back to the top, pages through results; with JavaScript
// off too. axe-core checks every page kind and the test fails on a serious or critical violation.
// Screenshots go to test-results/; MARSAD_UPDATE_SCREENSHOTS=1 also refreshes docs/screenshots/article.png.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ENVOY_STORY, fillTestArchive, HARRISON } from '../../src/http/testing/archive.ts';
import { entityHref } from '../../src/web/links.ts';
import { ROOT, tempDir } from '../helpers.ts';
import { axeViolations, browserSkip, describeViolations, launchBrowser, screenshot, startServer, type Server } from './harness.ts';

const q = encodeURIComponent;

describe('reader in Chromium', { skip: browserSkip() }, () => {
  const dir = tempDir('marsad-browser-');
  let server: Server;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  before(async () => {
    const db = join(dir.path, 'reader.db');
    await fillTestArchive(db);
    [server, browser] = await Promise.all([startServer(db), launchBrowser()]);
    // axe-core arrives as an injected inline script, which our CSP rightly refuses; this context lets it in.
    context = await browser.newContext({ bypassCSP: true, locale: 'ar', viewport: { width: 1000, height: 900 } });
    page = await context.newPage();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    assert.doesNotMatch(server?.stderr() ?? '', /marsad serve: GET/, 'the server logged an internal error');
    dir.cleanup();
  });

  it('opens the home page: Arabic, right to left, top stories and latest articles', async () => {
    await page.goto(`${server.url}/`);
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await page.getAttribute('html', 'lang'), 'ar');
    assert.ok(await page.locator(`ol.stories a[href="/stories/${ENVOY_STORY}"]`).count() >= 1);
    assert.equal(await page.locator('section[aria-labelledby="latest"] ol.articles > li').count(), 20);
    await screenshot(page, 'home');
  });

  it('searches in Arabic from the search box, opens an article, and follows an entity', async () => {
    await page.goto(`${server.url}/`);
    await page.fill('#q', 'المبعوثة هاريسون');
    await Promise.all([page.waitForURL(/\/search\?q=/), page.press('#q', 'Enter')]);
    assert.match(await page.locator('h1').innerText(), /نتائج البحث عن «المبعوثة هاريسون»/);
    assert.ok(await page.locator('ol.articles mark').count() > 0, 'hits are highlighted');
    await screenshot(page, 'search');

    await Promise.all([page.waitForURL(/\/articles\//), page.click('a[href="/articles/fx-envoy-masaa"]')]);
    assert.equal(await page.locator('h1').innerText(), 'المبعوثة الأممية تصل إلى المدينة الساحلية وتطالب بموعد للانتخابات');
    await screenshot(page, 'article');
    if (process.env.MARSAD_UPDATE_SCREENSHOTS === '1') {
      mkdirSync(join(ROOT, 'docs', 'screenshots'), { recursive: true });
      await page.setViewportSize({ width: 900, height: 900 });
      await page.screenshot({ path: join(ROOT, 'docs', 'screenshots', 'article.png'), fullPage: true });
      await page.setViewportSize({ width: 1000, height: 900 });
      copyFileSync(join(ROOT, 'docs', 'screenshots', 'article.png'), join(ROOT, 'test-results', 'docs-article.png'));
    }

    await Promise.all([page.waitForURL(/\/entities\//), page.click(`.body a.ent[href="${entityHref(HARRISON)}"]`)]);
    assert.equal(await page.locator('h1').innerText(), 'مارغريت هاريسون');
    assert.equal(await page.locator('figure.timeline svg rect').count(), 2);
    await screenshot(page, 'entity');
  });

  it('back to top: the floating button appears after scrolling, returns to the top and moves focus there', async () => {
    await page.goto(`${server.url}/articles/fx-envoy-masaa`);
    await page.setViewportSize({ width: 400, height: 500 });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForFunction(() => document.querySelector('a.to-top.floating.shown') !== null);
    await page.click('a.to-top.floating');
    await page.waitForFunction(() => window.scrollY === 0);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'top');
    await page.setViewportSize({ width: 1000, height: 900 });
  });

  it('pages through results: next, a numbered page, and back', async () => {
    await page.goto(`${server.url}/search?q=${q('أمطار')}`);
    const firstPage = await page.locator('ol.articles h3 a').allInnerTexts();
    await Promise.all([page.waitForURL(/page=2/), page.click('nav.pages a[rel="next"]')]);
    assert.equal(await page.getAttribute('ol.articles', 'start'), '11');
    const secondPage = await page.locator('ol.articles h3 a').allInnerTexts();
    assert.equal(secondPage.filter((t) => firstPage.includes(t)).length, 0, 'page 2 repeats no hit of page 1');
    await Promise.all([page.waitForURL(/page=3/), page.click('nav.pages a[aria-label="صفحة 3"], nav.pages a[aria-label="صفحة ٣"]')]);
    assert.ok(await page.locator('ol.articles > li').count() > 0);
    await Promise.all([page.waitForURL((url) => !url.search.includes('page=3')), page.click('nav.pages a[rel="prev"]')]);
    await screenshot(page, 'search-page-2');
  });

  it('with JavaScript off, search and reading still work', async () => {
    const plain = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await plain.newPage();
    await noJs.goto(`${server.url}/`);
    await noJs.fill('#q', 'الانتخابات');
    await Promise.all([noJs.waitForURL(/\/search\?q=/), noJs.press('#q', 'Enter')]);
    assert.ok(await noJs.locator('ol.articles > li').count() > 0);
    await Promise.all([noJs.waitForURL(/\/articles\//), noJs.locator('ol.articles h3 a').first().click()]);
    assert.ok((await noJs.locator('.body p').count()) > 0);
    await noJs.click('a.to-top');
    assert.match(noJs.url(), /#top$/);
    await plain.close();
  });

  it('the keyboard meets the skip link first, then the site name, the search box and the sections', async () => {
    await page.goto(`${server.url}/articles/fx-envoy-masaa`);
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.className === 'skip' ? 'skip' : el?.id === 'q' ? 'search' : el?.className === 'brand' ? 'brand' : el?.tagName === 'BUTTON' ? 'button' : el?.closest('nav') ? 'nav' : el?.tagName ?? '';
      }));
    }
    assert.deepEqual(order, ['skip', 'brand', 'search', 'button', 'nav']);
  });

  it('every kind of page passes axe-core without serious or critical violations, and fits a phone', async () => {
    const pages = ['/', `/search?q=${q('الانتخابات')}`, '/articles/fx-envoy-masaa', `/entities/${q(HARRISON)}`, `/stories/${ENVOY_STORY}`,
      '/outlets', '/alerts', '/entities', '/stories', '/articles', '/api/docs', '/articles/nope', '/articles/fx-envoy-masaa/related'];
    const failures: string[] = [];
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 360, height: 740 });
    for (const path of pages) {
      await page.goto(`${server.url}${path}`);
      const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      if (serious.length > 0) failures.push(`${path}\n${describeViolations(serious)}`);
      await phone.goto(`${server.url}${path}`);
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) failures.push(`${path}: ${overflow}px wider than a 360px phone`);
    }
    await screenshot(phone, 'phone-404');
    await phone.goto(`${server.url}/articles/fx-envoy-masaa`);
    await screenshot(phone, 'phone-article');
    assert.deepEqual(failures, [], failures.join('\n\n'));
  });
});
