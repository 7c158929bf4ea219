// The crawler as a user runs it: `marsad ingest URL` and `marsad watch` against real HTTP servers
// on 127.0.0.1, including a watcher killed with SIGKILL in the middle of a crawl.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { fictionalArticles } from '../src/crawl/testing/fictional-articles.ts';
import { startNewsSite } from '../src/crawl/testing/news-site.ts';
import { BIN, ROOT, runMarsad, tempDir } from './helpers.ts';

const tmp = tempDir('marsad-crawl-cli-');
after(() => tmp.cleanup());

function outletsFile(name: string, body: string): string {
  const path = join(tmp.path, name);
  writeFileSync(path, body);
  return path;
}

/** Raw inputs stored from fetched URLs: the crawl's record of what it has, read without the CLI. */
function storedOrigins(db: string): Set<string> {
  const connection = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return new Set((connection.prepare('SELECT origin FROM raw_documents').pluck().all() as string[]));
  } finally {
    connection.close();
  }
}

describe('marsad ingest URL and marsad watch', () => {
  let silent: http.Server;
  let silentOrigin = '';
  before(async () => {
    // A host that accepts connections and never answers.
    silent = http.createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    silentOrigin = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
  });
  after(() => {
    silent.closeAllConnections();
    silent.close();
  });

  it('refuses a loopback address unless --allow-private, in one line, exit 2', async () => {
    const site = await startNewsSite(fictionalArticles(2, 11));
    try {
      const db = join(tmp.path, 'private.db');
      const refused = await runMarsad(['ingest', site.feedUrl, '--db', db]);
      assert.equal(refused.code, 2);
      const lines = refused.stderr.trim().split('\n').filter((l) => !l.startsWith('marsad: crawl:'));
      assert.equal(lines.length, 1);
      assert.match(lines[0], /feed\.xml.*private address.*--allow-private/);
      assert.equal(site.server.requests.length, 0, 'nothing reached the server');
      const allowed = await runMarsad(['ingest', site.feedUrl, '--db', db, '--allow-private', '--delay', '0']);
      assert.equal(allowed.code, 0, allowed.stderr);
      assert.match(allowed.stdout, /^ingested 2 duplicates 0 rejected 0$/m);
    } finally {
      await site.close();
    }
  });

  it('watch --once reads the outlets, keeps going past a host that never answers, and a second round fetches no stored article', async () => {
    const site = await startNewsSite(fictionalArticles(15, 12), { feedSize: 15 });
    try {
      const db = join(tmp.path, 'watch-once.db');
      const sources = outletsFile('outlets.yaml',
        `outlets:\n  - name: الأفق\n    feeds: [${site.feedUrl}]\n  - name: الصامت\n    feeds: [${silentOrigin}/rss]\n`);
      const args = ['watch', '--sources', sources, '--db', db, '--once', '--allow-private', '--delay', '0', '--timeout', '5'];
      const first = await runMarsad(args);
      assert.equal(first.code, 0, first.stderr);
      assert.match(first.stdout, /^round 1: ingested 15 duplicates 0 rejected 1 /m);
      assert.match(first.stderr, /\/rss: .*no response within 5000 ms/);
      const second = await runMarsad(args);
      assert.match(second.stdout, /^round 1: ingested 0 duplicates 0 rejected 1 .*not modified 1, failed 1/m, second.stdout + second.stderr);
      assert.deepEqual([...site.articleFetches().entries()].filter(([, n]) => n !== 1), [], first.stdout + first.stderr);
    } finally {
      await site.close();
    }
  });

  it('an alert on a watched outlet posts each new match to its webhook once, and lists it in its RSS feed', async () => {
    const articles = fictionalArticles(10, 14);
    const site = await startNewsSite(articles, { feedSize: 10 });
    const received: Array<{ alert: string; article: { id: string; title: string } }> = [];
    const hook = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (c: Buffer) => chunks.push(c));
      request.on('end', () => {
        received.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        response.writeHead(204);
        response.end();
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    try {
      const db = join(tmp.path, 'alerts.db');
      const place = /في (\S+) \(\d+\)$/.exec(articles[0].title)![1];
      const expected = articles.filter((a) => a.paragraphs.join(' ').includes(place) || a.title.includes(place)).length;
      const hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`;
      const added = await runMarsad(['alert', 'add', 'متابعة', '--query', place, '--webhook', hookUrl, '--db', db]);
      assert.equal(added.code, 0, added.stderr);
      const sources = outletsFile('alerts.yaml', `- name: الأفق\n  feeds: [${site.feedUrl}]\n`);
      const args = ['watch', '--sources', sources, '--db', db, '--once', '--allow-private', '--delay', '0'];
      const watched = await runMarsad(args);
      assert.equal(watched.code, 0, watched.stderr);
      assert.ok(expected > 0);
      assert.equal(received.length, expected, watched.stderr);
      assert.ok(received.every((r) => r.alert === 'متابعة'));
      assert.equal(new Set(received.map((r) => r.article.id)).size, expected, 'one POST per matching article');
      await runMarsad(args);
      assert.equal(received.length, expected, 'nothing is sent twice');
    } finally {
      hook.close();
      await site.close();
    }
  });

  it('while a watcher writes an archive, a second ingest into it is refused in one line naming the watcher', async () => {
    const site = await startNewsSite(fictionalArticles(3, 15), { feedSize: 3 });
    try {
      const db = join(tmp.path, 'busy.db');
      const sources = outletsFile('busy.yaml', `- name: الأفق\n  feeds: [${site.feedUrl}]\n`);
      const watcher = spawn(process.execPath, [BIN, 'watch', '--sources', sources, '--db', db, '--allow-private', '--delay', '0', '--interval', '1h'],
        { cwd: ROOT, env: { ...process.env, CI: 'true' }, stdio: 'ignore' });
      const exited = new Promise((resolve) => watcher.on('exit', resolve));
      for (let waited = 0; !existsSync(`${db}-writer.lock`) && waited < 30_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
      const refused = await runMarsad(['ingest', join(ROOT, 'examples'), '--db', db]);
      watcher.kill('SIGTERM');
      await exited;
      assert.equal(refused.code, 2);
      assert.match(refused.stderr, new RegExp(`busy\\.db: another Marsad process \\(pid ${watcher.pid}, since [^)]+\\) is writing this archive`));
      assert.ok(!existsSync(`${db}-writer.lock`), 'the watcher released its lock when stopped');
      const after = await runMarsad(['ingest', join(ROOT, 'examples'), '--db', db]);
      assert.equal(after.code, 0, after.stderr);
    } finally {
      await site.close();
    }
  });

  it('a bad sources file is one line and exit 2', async () => {
    const bad = outletsFile('bad.yaml', 'outlets:\n  - name: الأفق\n    feeds: [ftp://x.example/rss]\n');
    const result = await runMarsad(['watch', '--sources', bad, '--db', join(tmp.path, 'bad.db'), '--once']);
    assert.equal(result.code, 2);
    assert.equal(result.stderr.trim().split('\n').length, 1);
    assert.match(result.stderr, /bad\.yaml: not a list of outlets \(at outlets\.0\.feeds\.0: not an http\(s\) URL\)/);
  });

  it('a watcher killed with SIGKILL mid-crawl and restarted loses nothing and refetches nothing it had stored', async () => {
    const count = 300;
    const site = await startNewsSite(fictionalArticles(count, 13), { feedSize: count, articleDelayMs: 20 });
    try {
      const db = join(tmp.path, 'killed.db');
      const sources = outletsFile('killed.json', JSON.stringify({ outlets: [{ name: 'الأفق', feeds: [site.feedUrl] }] }));
      const args = ['watch', '--sources', sources, '--db', db, '--allow-private', '--delay', '0', '--concurrency', '4', '--interval', '1h'];
      const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, CI: 'true' }, stdio: 'ignore' });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      // Kill it once some of the crawl is stored, long before the end.
      let stored = new Set<string>();
      for (let waited = 0; stored.size < 20 && waited < 60_000; waited += 100) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        try { stored = storedOrigins(db); } catch { /* not created yet */ }
      }
      child.kill('SIGKILL');
      await exited;
      stored = storedOrigins(db);
      assert.ok(stored.size >= 20 && stored.size < count, `killed midway (${stored.size} of ${count} stored)`);
      const fetchedBeforeRestart = new Map(site.articleFetches());

      const restarted = await runMarsad([...args.filter((a) => a !== '--interval' && a !== '1h'), '--once']);
      assert.equal(restarted.code, 0, restarted.stderr);
      const after = storedOrigins(db);
      assert.equal([...after].filter((o) => o.includes('/news/')).length, count, 'every article is stored');
      for (const [path, n] of site.articleFetches()) {
        const url = `${site.origin}${path}`;
        if (stored.has(url)) assert.equal(n, 1, `${path} was stored before the kill and fetched again`);
        else assert.ok(n - (fetchedBeforeRestart.get(path) ?? 0) <= 1, `${path} fetched more than once after the restart`);
      }
    } finally {
      await site.close();
    }
  });
});
