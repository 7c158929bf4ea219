// Nothing hostile runs: hostile web pages ingested with `marsad ingest` (HTML files and JSONL
// records) and hand-made hostile annotations are served by `marsad serve` and visited in Chromium,
// once under our CSP and once with the CSP bypassed (so escaping alone must hold). No dialog opens,
// no payload sets its flag, nothing is fetched from another origin, and no hostile element or
// attribute reaches the DOM.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { storiesOf, toStore, writeStories } from '../../src/http/testing/archive.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { runMarsad, tempDir } from '../helpers.ts';
import { browserSkip, launchBrowser, screenshot, startServer, type Server } from './harness.ts';
import { HOSTILE_PAGES, HOSTILE_QUERIES, HOSTILE_RECORDS, hostileAnnotatedArticle } from './hostile-inputs.ts';

interface Findings {
  dialogs: string[];
  errors: string[];
  foreignRequests: string[];
}

/** What a page holds that it should not: run in the page after it has loaded. */
function domProblems(): string[] {
  const problems: string[] = [];
  const w = window as unknown as { __pwned?: string; __violations?: string[] };
  if (w.__pwned !== undefined) problems.push(`a payload ran: ${w.__pwned}`);
  for (const v of w.__violations ?? []) problems.push(`CSP violation: ${v}`);
  const allowedTags = new Set(['HTML', 'HEAD', 'BODY', 'META', 'TITLE', 'LINK', 'SCRIPT', 'HEADER', 'NAV', 'MAIN', 'FOOTER', 'SECTION', 'ARTICLE',
    'ASIDE', 'DIV', 'P', 'SPAN', 'A', 'H1', 'H2', 'H3', 'UL', 'OL', 'LI', 'FORM', 'LABEL', 'INPUT', 'BUTTON', 'SELECT', 'OPTION', 'TIME',
    'BLOCKQUOTE', 'MARK', 'CODE', 'PRE', 'STRONG', 'TABLE', 'CAPTION', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'FIGURE', 'FIGCAPTION',
    'DETAILS', 'SUMMARY', 'BDI', 'svg', 'title', 'line', 'rect']);
  for (const el of Array.from(document.querySelectorAll('*'))) {
    if (!allowedTags.has(el.tagName)) problems.push(`element <${el.tagName.toLowerCase()}>`);
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) problems.push(`attribute ${attr.name} on <${el.tagName.toLowerCase()}>`);
      if (['style', 'srcdoc', 'formaction', 'xlink:href'].includes(attr.name)) problems.push(`attribute ${attr.name}`);
      if (['href', 'src', 'action'].includes(attr.name) && /^\s*(javascript|data|vbscript):/i.test(attr.value)) problems.push(`${attr.name}=${attr.value}`);
    }
  }
  for (const script of Array.from(document.querySelectorAll('script'))) {
    const ours = /^\/static\/marsad\.js\?v=[\w-]+$/.test(script.getAttribute('src') ?? '') || script.getAttribute('type') === 'application/ld+json';
    if (!ours) problems.push(`script ${script.outerHTML.slice(0, 60)}`);
    if (script.getAttribute('type') === 'application/ld+json') {
      try { JSON.parse(script.textContent ?? ''); } catch { problems.push('JSON-LD does not parse: something closed it'); }
    }
  }
  for (const svg of Array.from(document.querySelectorAll('svg'))) if (!svg.closest('figure.timeline')) problems.push('svg outside the timeline chart');
  for (const link of Array.from(document.querySelectorAll('link'))) if (!/^\/static\/marsad\.css\?v=[\w-]+$/.test(link.getAttribute('href') ?? '')) problems.push(`link ${link.outerHTML}`);
  for (const meta of Array.from(document.querySelectorAll('meta'))) if (meta.hasAttribute('http-equiv')) problems.push(`meta ${meta.outerHTML}`);
  return problems;
}

describe('hostile input in Chromium', { skip: browserSkip() }, () => {
  const dir = tempDir('marsad-hostile-');
  const db = join(dir.path, 'hostile.db');
  let server: Server;
  let browser: Browser;
  const paths: string[] = [];

  before(async () => {
    const pages = join(dir.path, 'pages');
    mkdirSync(pages);
    for (const [name, html] of Object.entries(HOSTILE_PAGES)) writeFileSync(join(pages, name), html);
    writeFileSync(join(dir.path, 'records.jsonl'), HOSTILE_RECORDS.map((r) => JSON.stringify(r)).join('\n'));
    const ingest = await runMarsad(['ingest', pages, join(dir.path, 'records.jsonl'), '--db', db, '--json']);
    const reports = ingest.stdout.trim().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { status: string; origin: string; error?: string });
    const rejected = reports.filter((r) => r.status !== 'ingested');
    assert.deepEqual(rejected, [], 'every hostile input must be ingested, or the test checks nothing');
    assert.equal(reports.length, Object.keys(HOSTILE_PAGES).length + HOSTILE_RECORDS.length);

    const store = new SqliteStore(db);
    const annotated = hostileAnnotatedArticle();
    await store.putArticles([toStore(annotated)]);
    const articles = (await store.listArticles({ limit: 100 })).items;
    const entities = (await store.listEntities({ limit: 100 })).items;
    await store.close();
    writeStories(db, storiesOf([annotated]));

    paths.push('/', '/outlets', '/entities', '/stories', `/stories/${encodeURIComponent(annotated.storyId!)}`, '/search?q=المتحدث');
    for (const a of articles) {
      paths.push(`/articles/${encodeURIComponent(a.id)}`, `/articles/${encodeURIComponent(a.id)}/related`, `/articles?source=${encodeURIComponent(a.source ?? '')}`);
    }
    for (const e of entities) paths.push(`/entities/${encodeURIComponent(e.id)}`, `/search?q=المتحدث&entity=${encodeURIComponent(e.id)}`);
    for (const query of HOSTILE_QUERIES) paths.push(`/search?q=${encodeURIComponent(query)}`);
    paths.push(`/articles/${encodeURIComponent('"><script>window.__pwned="404"</script>')}`);
    [server, browser] = await Promise.all([startServer(db), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    dir.cleanup();
  });

  async function visitAll(bypassCSP: boolean): Promise<{ problems: string[]; findings: Findings }> {
    const context = await browser.newContext({ bypassCSP });
    await context.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const findings: Findings = { dialogs: [], errors: [], foreignRequests: [] };
    const origin = new URL(server.url).origin;
    const page: Page = await context.newPage();
    page.on('dialog', (dialog) => { findings.dialogs.push(`${page.url()}: ${dialog.message()}`); void dialog.dismiss(); });
    page.on('pageerror', (error) => findings.errors.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      // A 404 page is one we asked for; anything else in the console is a finding.
      if (message.type() === 'error' && !/status of 404/.test(message.text())) findings.errors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(origin)) findings.foreignRequests.push(`${page.url()} → ${request.url()}`);
    });
    const problems: string[] = [];
    for (const path of paths) {
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      // Give onerror/onload handlers and timers a moment to fire, were any there.
      await page.waitForTimeout(50);
      for (const problem of await page.evaluate(domProblems)) problems.push(`${path}: ${problem}`);
    }
    await page.goto(`${server.url}/articles/fx-hostile-annotated`);
    await screenshot(page, bypassCSP ? 'hostile-article-no-csp' : 'hostile-article');
    await context.close();
    return { problems, findings };
  }

  it('under the CSP, no hostile page, record or annotation runs or reaches the DOM', async () => {
    const { problems, findings } = await visitAll(false);
    assert.ok(paths.length > 20, `visited ${paths.length} pages`);
    assert.deepEqual(problems, [], problems.join('\n'));
    assert.deepEqual(findings, { dialogs: [], errors: [], foreignRequests: [] });
  });

  it('with the CSP bypassed, escaping alone still keeps every payload inert', async () => {
    const { problems, findings } = await visitAll(true);
    assert.deepEqual(problems, [], problems.join('\n'));
    assert.deepEqual(findings, { dialogs: [], errors: [], foreignRequests: [] });
  });

  it('the hostile text is shown as text: the reader sees the payload, the browser does not run it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/articles/fx-hostile-annotated`);
    assert.match(await page.locator('h1').innerText(), /<script>window.__pwned="annotated"<\/script>/);
    assert.match(await page.locator('.body').innerText(), /<script>window.__pwned='paragraph'<\/script>/);
    await context.close();
  });
});
