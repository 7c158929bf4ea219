// Reading WARC files as crawlers write them: hand-built records (chunked, gzip/brotli/deflate
// content, every record type), cut-off and damaged files, plain and multi-member gzip.
// Rules in src/crawl/warc/reader.ts, http-response.ts and warc-bytes.ts.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, describe, it } from 'node:test';
import { brotliCompressSync, deflateSync, gunzipSync, gzipSync } from 'node:zlib';
import { tempDir } from '../../../test/helpers.ts';
import { dechunk } from './http-response.ts';
import { readWarc } from './reader.ts';
import { arabicPage, chunked, collect, gzipMembers, httpResponse, responseRecord, warcRecord } from './test-support.ts';

const PAGE_A = arabicPage('افتتاح مكتبة عامة في حي الزيتون', 'افتتحت البلدية مكتبة عامة جديدة تضم عشرة آلاف كتاب.');
const PAGE_B = arabicPage('مهرجان التمور السنوي', 'يشارك في المهرجان أكثر من مئتي مزارع من القرى المجاورة.');
const PAGE_C = arabicPage('طريق ساحلي جديد', 'بدأ العمل في طريق ساحلي يربط المدينتين بطول أربعين كيلومترا.');

const streamOf = (bytes: Buffer) => Readable.from([bytes]);
/** A stream that hands the bytes over in small pieces, as a slow disk or network would. */
const tricklingStream = (bytes: Buffer, size = 7) => Readable.from((function* () {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
})());

function crawlOf(): Buffer[] {
  return [
    warcRecord({ 'WARC-Type': 'warcinfo', 'WARC-Date': '2025-06-10T11:00:00Z', 'Content-Type': 'application/warc-fields' }, 'software: test-crawler\r\n'),
    warcRecord({ 'WARC-Type': 'request', 'WARC-Target-URI': 'https://zaytoun.example/library', 'Content-Type': 'application/http; msgtype=request' },
      'GET /library HTTP/1.1\r\nHost: zaytoun.example\r\n\r\n'),
    responseRecord('https://zaytoun.example/library', httpResponse('200 OK',
      { 'Content-Type': 'text/html; charset=utf-8', 'Transfer-Encoding': 'chunked', 'Content-Encoding': 'gzip' },
      chunked(gzipSync(Buffer.from(PAGE_A)), 100))),
    warcRecord({ 'WARC-Type': 'metadata', 'WARC-Target-URI': 'https://zaytoun.example/library', 'Content-Type': 'application/warc-fields' }, 'fetchTimeMs: 120\r\n'),
    responseRecord('https://zaytoun.example/missing', httpResponse('404 Not Found', { 'Content-Type': 'text/html' }, '<html><body>غير موجود</body></html>')),
    responseRecord('https://zaytoun.example/logo.png', httpResponse('200 OK', { 'Content-Type': 'image/png' }, Buffer.from([0x89, 0x50, 0x4e, 0x47]))),
    warcRecord({ 'WARC-Type': 'revisit', 'WARC-Target-URI': 'https://zaytoun.example/library', 'Content-Type': 'application/http; msgtype=response' },
      'HTTP/1.1 304 Not Modified\r\n\r\n'),
    responseRecord('https://tamr.example/festival', httpResponse('200 OK', { 'Content-Type': 'text/html', 'Content-Encoding': 'br' }, brotliCompressSync(Buffer.from(PAGE_B))), {}),
    responseRecord('https://sahil.example/road', httpResponse('200 OK', { 'Content-Type': 'application/xhtml+xml', 'Content-Encoding': 'deflate' }, deflateSync(Buffer.from(PAGE_C)))),
  ];
}

describe('WARC reader', () => {
  const dir = tempDir('marsad-warc-');
  after(() => dir.cleanup());

  it('only 200 HTML responses come out: request, metadata, warcinfo, revisit, 404 and images are skipped', async () => {
    const { responses, items, summary } = await collect(readWarc(streamOf(Buffer.concat(crawlOf())), { name: 'crawl.warc' }));
    assert.deepEqual(responses.map((r) => r.url), ['https://zaytoun.example/library', 'https://tamr.example/festival', 'https://sahil.example/road']);
    assert.equal(items.length, responses.length, JSON.stringify(items.filter((i) => i.kind === 'problem')));
    assert.equal(summary.records, 9);
  });

  it('chunked bodies are joined and gzip, brotli and deflate content is decompressed', async () => {
    const { responses } = await collect(readWarc(tricklingStream(Buffer.concat(crawlOf())), { name: 'crawl.warc' }));
    const texts = responses.map((r) => Buffer.from(r.bytes).toString('utf8'));
    assert.deepEqual(texts, [PAGE_A, PAGE_B, PAGE_C]);
    assert.equal(responses[0].status, 200);
    assert.equal(responses[0].contentType, 'text/html; charset=utf-8');
    assert.equal(responses[0].date, '2025-06-10T11:30:00Z');
  });

  it('origins name the file and the record\'s byte offset', async () => {
    const records = crawlOf();
    const { responses } = await collect(readWarc(streamOf(Buffer.concat(records)), { name: 'crawl.warc' }));
    const offsetOf = (index: number) => records.slice(0, index).reduce((sum, r) => sum + r.length, 0);
    assert.equal(responses[0].origin, `crawl.warc#${offsetOf(2)}`);
    assert.equal(responses[2].origin, `crawl.warc#${offsetOf(8)}`);
  });

  it('a .warc.gz of one gzip member per record is read incrementally; origins are member offsets', async () => {
    const records = crawlOf();
    const members = records.map((r) => gzipSync(r));
    const file = join(dir.path, 'crawl.warc.gz');
    writeFileSync(file, Buffer.concat(members));
    const { responses } = await collect(readWarc(file));
    assert.deepEqual(responses.map((r) => Buffer.from(r.bytes).toString('utf8')), [PAGE_A, PAGE_B, PAGE_C]);
    const at = Number(responses[1].origin.split('#')[1]);
    assert.equal(responses[1].origin, `${file}#${members.slice(0, 7).reduce((sum, m) => sum + m.length, 0)}`);
    // The offset is where a tool can seek to and inflate that one record.
    const member = gunzipSync(Buffer.concat(members).subarray(at, at + members[7].length));
    assert.match(member.toString('latin1'), /^WARC\/1\.0\r\nWARC-Type: response\r\nWARC-Target-URI: https:\/\/tamr\.example\/festival/);
  });

  it('one gzip member holding several records gives offsets inside the member', async () => {
    const records = crawlOf();
    const gz = Buffer.concat([gzipSync(Buffer.concat(records.slice(0, 3))), gzipSync(Buffer.concat(records.slice(3)))]);
    const { responses } = await collect(readWarc(tricklingStream(gz, 1000), { name: 'x.warc.gz' }));
    assert.equal(responses.length, 3);
    assert.equal(responses[0].origin, `x.warc.gz#0+${records[0].length + records[1].length}`);
  });

  it('a truncated final record is a problem naming file and offset; the records before it are kept', async () => {
    const records = crawlOf();
    const whole = Buffer.concat(records);
    const cut = whole.subarray(0, whole.length - 200);
    const { responses, items } = await collect(readWarc(streamOf(cut), { name: 'cut.warc' }));
    assert.equal(responses.length, 2);
    const problem = items.at(-1);
    assert.equal(problem?.kind, 'problem');
    const offset = whole.length - records.at(-1)!.length;
    assert.equal(problem?.origin, `cut.warc#${offset}`);
    assert.match(problem?.kind === 'problem' ? problem.error.message : '', /cut off/);
  });

  it('a truncated .warc.gz: the last member cut in half is a problem, the others are read', async () => {
    const gz = gzipMembers(crawlOf());
    const { responses, items } = await collect(readWarc(streamOf(gz.subarray(0, gz.length - 300)), { name: 'cut.warc.gz' }));
    assert.equal(responses.length, 2);
    assert.equal(items.at(-1)?.kind, 'problem');
  });

  it('a damaged record in the middle is a problem, and reading resumes at the next record', async () => {
    const records = crawlOf();
    const damaged = Buffer.concat([records[2], Buffer.from('WARC/1.0\r\nWARC-Type: response\r\nContent-Length: banana\r\n\r\nrubbish\r\n\r\n'), records[7]]);
    const { responses, items } = await collect(readWarc(streamOf(damaged), { name: 'd.warc' }));
    assert.deepEqual(responses.map((r) => r.url), ['https://zaytoun.example/library', 'https://tamr.example/festival']);
    const problems = items.filter((i) => i.kind === 'problem');
    assert.equal(problems.length, 1);
    assert.equal(problems[0].origin, `d.warc#${records[2].length}`);
    assert.match(problems[0].kind === 'problem' ? problems[0].error.message : '', /Content-Length/);
  });

  it('garbage between records is skipped to the next line starting WARC/', async () => {
    const records = crawlOf();
    const noisy = Buffer.concat([Buffer.from('not a warc at all\r\n'), records[2], records[7]]);
    const { responses, items } = await collect(readWarc(streamOf(noisy), { name: 'n.warc' }));
    assert.equal(responses.length, 2);
    assert.equal(items.filter((i) => i.kind === 'problem').length, 1);
  });

  it('a response over the body cap is a too_large problem, and the next record is still read', async () => {
    const big = responseRecord('https://big.example/', httpResponse('200 OK', { 'Content-Type': 'text/html' }, `<html><body>${'نص '.repeat(5000)}</body></html>`));
    const small = responseRecord('https://small.example/', httpResponse('200 OK', { 'Content-Type': 'text/html' }, '<html><body><p>قصير</p></body></html>'));
    const { items } = await collect(readWarc(streamOf(Buffer.concat([big, small])), { name: 'b.warc', maxBodyBytes: 2000 }));
    assert.deepEqual(items.map((i) => i.kind === 'problem' ? i.error.code : i.url), ['too_large', 'https://small.example/']);
  });

  it('damaged gzip data is a problem naming the damaged member; the records before it are kept', async () => {
    const records = [0, 1, 2].map((i) => responseRecord(`https://zaytoun.example/${i}`,
      httpResponse('200 OK', { 'Content-Type': 'text/html' }, arabicPage(`خبر رقم ${i}`, `نص الخبر رقم ${i} عن الحي.`))));
    const members = records.map((r) => gzipSync(r));
    const broken = Buffer.from(members[1]);
    broken.fill(0xff, 12, 40);
    const { responses, items } = await collect(readWarc(streamOf(Buffer.concat([members[0], broken, members[2]])), { name: 'g.warc.gz' }));
    assert.equal(responses[0]?.url, 'https://zaytoun.example/0');
    assert.ok(!responses.some((r) => r.url.endsWith('/1')));
    const problem = items.find((i) => i.kind === 'problem');
    assert.equal(problem?.origin, `g.warc.gz#${members[0].length}`);
  });

  it('an empty file, a missing file and a file that is no WARC are problems, not exceptions', async () => {
    const empty = await collect(readWarc(streamOf(Buffer.alloc(0)), { name: 'e.warc' }));
    assert.equal(empty.items[0].kind === 'problem' && empty.items[0].error.code, 'empty_input');
    const missing = await collect(readWarc(join(dir.path, 'nope.warc')));
    assert.equal(missing.items[0].kind === 'problem' && missing.items[0].error.code, 'not_found');
    const html = await collect(readWarc(streamOf(Buffer.from(PAGE_A)), { name: 'page.warc' }));
    assert.equal(html.responses.length, 0);
    assert.ok(html.items.length >= 1 && html.items.every((i) => i.kind === 'problem'));
  });
});

describe('chunked transfer encoding', () => {
  it('chunks are joined, extensions and the final chunk dropped', () => {
    const body = Buffer.from('مرحبا بكم في المكتبة العامة');
    assert.deepEqual(dechunk(chunked(body, 5)), body);
  });

  it('a body the writer already de-chunked is left as it is', () => {
    const body = Buffer.from('<html><body>نص</body></html>');
    assert.deepEqual(dechunk(body), body);
  });

  it('a bad chunk size after good chunks is malformed', () => {
    assert.equal(dechunk(Buffer.from('3\r\nabc\r\nzz\r\nabc\r\n0\r\n\r\n')), 'malformed');
  });
});
