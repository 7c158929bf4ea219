// `marsad ingest file.warc.gz`, run as a user runs it: the HTML responses become articles with
// their URL and fetch date, damaged records are rejected by file and offset, the rest goes on.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { runMarsad, tempDir } from '../../../test/helpers.ts';
import { arabicPage, chunked, gzipMembers, httpResponse, responseRecord, warcRecord } from './test-support.ts';

const LIBRARY = arabicPage('افتتاح مكتبة عامة في حي الزيتون',
  'افتتحت البلدية مكتبة عامة جديدة تضم عشرة آلاف كتاب في حي الزيتون، وقال رئيس البلدية إن المكتبة ستفتح أبوابها يوميا.');
const FESTIVAL = arabicPage('مهرجان التمور السنوي',
  'يشارك في المهرجان أكثر من مئتي مزارع من القرى المجاورة، ويستمر أسبوعا كاملا في ساحة المدينة.');

function crawl(): Buffer[] {
  return [
    warcRecord({ 'WARC-Type': 'warcinfo', 'Content-Type': 'application/warc-fields' }, 'software: test-crawler\r\n', '1.1'),
    warcRecord({ 'WARC-Type': 'request', 'WARC-Target-URI': 'https://zaytoun.example/library', 'Content-Type': 'application/http; msgtype=request' },
      'GET /library HTTP/1.1\r\n\r\n', '1.1'),
    responseRecord('https://zaytoun.example/library', httpResponse('200 OK',
      { 'Content-Type': 'text/html; charset=utf-8', 'Transfer-Encoding': 'chunked', 'Content-Encoding': 'gzip' }, chunked(gzipSync(Buffer.from(LIBRARY)), 64))),
    responseRecord('https://tamr.example/festival', httpResponse('200 OK', { 'Content-Type': 'text/html' }, FESTIVAL)),
  ];
}

interface Line { origin: string; status: string; id?: string; code?: string }

describe('marsad ingest of WARC files', () => {
  const dir = tempDir('marsad-warc-ingest-');
  after(() => dir.cleanup());

  it('each HTML response is an article; a cut-off last record is rejected by offset and the rest stays ingested', async () => {
    const records = crawl();
    const members = gzipMembers(records);
    const last = gzipSync(responseRecord('https://sahil.example/road', httpResponse('200 OK', { 'Content-Type': 'text/html' }, LIBRARY)));
    const file = join(dir.path, 'news.warc.gz');
    writeFileSync(file, Buffer.concat([members, last.subarray(0, last.length / 2)]));
    const result = await runMarsad(['ingest', file, '--db', join(dir.path, 'a.db'), '--json']);
    assert.equal(result.code, 0, result.stderr);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);
    const ingested = lines.filter((l) => l.status === 'ingested');
    assert.equal(ingested.length, 2);
    const firstOffset = gzipSync(records[0]).length + gzipSync(records[1]).length;
    assert.ok(ingested.some((l) => l.origin === `${file}#${firstOffset}`), JSON.stringify(lines));
    const rejected = lines.filter((l) => l.status === 'rejected');
    assert.deepEqual(rejected.map((l) => l.origin), [`${file}#${members.length}`]);
    assert.match(result.stderr, /cut off/);

    const shown = await runMarsad(['show', ingested.find((l) => l.origin.endsWith(`#${firstOffset}`))!.id!, '--db', join(dir.path, 'a.db')]);
    const article = JSON.parse(shown.stdout) as { url: string; title: string; firstSeenAt: string };
    assert.equal(article.url, 'https://zaytoun.example/library');
    assert.equal(article.title, 'افتتاح مكتبة عامة في حي الزيتون');
    assert.equal(article.firstSeenAt, '2025-06-10T11:30:00Z');
  });

  it('ingesting the same WARC again stores nothing new', async () => {
    const file = join(dir.path, 'again.warc');
    writeFileSync(file, Buffer.concat(crawl()));
    const db = join(dir.path, 'b.db');
    assert.match((await runMarsad(['ingest', file, '--db', db])).stdout, /^ingested 2 duplicates 0 rejected 0/);
    assert.match((await runMarsad(['ingest', file, '--db', db])).stdout, /^ingested 0 duplicates 2 rejected 0/);
  });

  it('WARC files are found in directories by name, and read from standard input by content', async () => {
    const folder = join(dir.path, 'archive');
    mkdirSync(folder);
    writeFileSync(join(folder, 'part-1.warc.gz'), gzipMembers(crawl()));
    const fromDirectory = await runMarsad(['ingest', folder, '--db', join(dir.path, 'c.db')]);
    assert.match(fromDirectory.stdout, /^ingested 2 /, fromDirectory.stderr);
    const fromStdin = await runMarsad(['ingest', '-', '--db', join(dir.path, 'd.db')], { input: Buffer.concat(crawl()) });
    assert.match(fromStdin.stdout, /^ingested 2 /, fromStdin.stderr);
  });

  it('a WARC without any HTML page says so instead of ingesting nothing silently', async () => {
    const file = join(dir.path, 'requests.warc');
    writeFileSync(file, Buffer.concat(crawl().slice(0, 2)));
    const result = await runMarsad(['ingest', file, '--db', join(dir.path, 'e.db')]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /no HTML pages with status 200 among 2 WARC records/);
  });
});
