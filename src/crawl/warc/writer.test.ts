// Writing WARC files and reading them back. Rules in src/crawl/warc/writer.ts and digest.ts.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import type { RawRecord } from '../../store/port.ts';
import { base32, sha1Digest } from './digest.ts';
import { readWarc } from './reader.ts';
import { arabicPage, collect } from './test-support.ts';
import { SYNTHESISED_HEADERS_NOTE, writeWarc } from './writer.ts';

function raw(url: string | undefined, page: string, extra: Partial<RawRecord> = {}): RawRecord {
  const bytes = new TextEncoder().encode(page);
  return { id: createHash('sha256').update(bytes).digest('hex'), origin: url ?? 'file.html', format: 'html', url, bytes, ...extra };
}

const RECORDS: RawRecord[] = [
  raw('https://wahanews.example/news/library', arabicPage('افتتاح مكتبة عامة', 'افتتحت البلدية مكتبة جديدة في وسط المدينة.'),
    { fetchedAt: '2025-06-10T11:30:00.123Z', contentType: 'text/html; charset=utf-8' }),
  raw(undefined, arabicPage('ملف محلي', 'صفحة محفوظة على القرص بلا عنوان.')),
  raw('https://wahanews.example/news/dates', arabicPage('مهرجان التمور', 'انطلق المهرجان بمشاركة واسعة.'), { charset: 'utf-8' }),
];

async function written(records: RawRecord[], gzip: boolean): Promise<{ bytes: Buffer; summary: Awaited<ReturnType<typeof writeWarc>> }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const summary = await writeWarc(Readable.from(records), out, { gzip, software: 'marsad/test', now: () => new Date('2025-07-01T00:00:00Z') });
  out.end();
  return { bytes: Buffer.concat(chunks), summary };
}

describe('WARC writer', () => {
  it('what is written reads back: same URLs, bytes and fetch dates; documents without a URL are skipped', async () => {
    for (const gzip of [false, true]) {
      const { bytes, summary } = await written(RECORDS, gzip);
      assert.deepEqual(summary, { records: 2, skipped: 1 });
      const { responses, items } = await collect(readWarc(Readable.from([bytes]), { name: 'out.warc' }));
      assert.equal(items.length, 2, JSON.stringify(items.filter((i) => i.kind === 'problem')));
      assert.deepEqual(responses.map((r) => r.url), ['https://wahanews.example/news/library', 'https://wahanews.example/news/dates']);
      assert.deepEqual(responses.map((r) => Buffer.from(r.bytes)), [Buffer.from(RECORDS[0].bytes), Buffer.from(RECORDS[2].bytes)]);
      assert.equal(responses[0].date, '2025-06-10T11:30:00Z');
      assert.equal(responses[1].date, '2025-07-01T00:00:00Z');
      assert.equal(responses[1].contentType, 'text/html; charset=utf-8');
    }
  });

  it('a warcinfo record comes first and says the HTTP headers are synthesised', async () => {
    const text = (await written(RECORDS, false)).bytes.toString('utf8');
    assert.match(text, /^WARC\/1\.1\r\nWARC-Type: warcinfo\r\n/);
    assert.ok(text.includes(`description: ${SYNTHESISED_HEADERS_NOTE}`));
    assert.ok(text.includes('software: marsad/test'));
  });

  it('response records carry a urn:uuid id, the warcinfo id, the target URI and a sha1 base32 payload digest', async () => {
    const text = (await written(RECORDS, false)).bytes.toString('utf8');
    const responses = text.split('WARC/1.1\r\n').filter((r) => r.startsWith('WARC-Type: response'));
    assert.equal(responses.length, 2);
    const warcinfoId = /WARC-Record-ID: (<urn:uuid:[0-9a-f-]{36}>)/.exec(text)![1];
    for (const record of responses) {
      assert.match(record, /WARC-Record-ID: <urn:uuid:[0-9a-f-]{36}>\r\n/);
      assert.ok(record.includes(`WARC-Warcinfo-ID: ${warcinfoId}\r\n`));
      assert.match(record, /\r\n\r\nHTTP\/1\.1 200 OK\r\nContent-Type: text\/html[^\r]*\r\nContent-Length: \d+\r\n\r\n/);
    }
    assert.ok(responses[0].includes(`WARC-Payload-Digest: ${sha1Digest(RECORDS[0].bytes)}\r\n`));
  });

  it('gzipped output is one gzip member per record, each readable on its own', async () => {
    const { bytes } = await written(RECORDS, true);
    const { responses } = await collect(readWarc(Readable.from([bytes]), { name: 'out.warc.gz' }));
    for (const response of responses) {
      const offset = Number(response.origin.split('#')[1]);
      assert.ok(Number.isInteger(offset) && offset > 0, response.origin);
      const member = gunzipSync(bytes.subarray(offset));
      assert.ok(member.toString('utf8').startsWith('WARC/1.1\r\nWARC-Type: response\r\n'));
    }
  });

  it('line breaks in stored values cannot break the record structure', async () => {
    const sneaky = raw('https://wahanews.example/a\r\nWARC-Type: metadata', arabicPage('عنوان', 'نص'), { contentType: 'text/html\r\nX-Evil: 1' });
    const { bytes } = await written([sneaky], false);
    const { responses, items } = await collect(readWarc(Readable.from([bytes]), { name: 'x.warc' }));
    assert.equal(items.length, 1);
    assert.equal(responses[0].url, 'https://wahanews.example/a WARC-Type: metadata');
    assert.equal(responses[0].contentType, 'text/html X-Evil: 1');
  });
});

describe('WARC digests', () => {
  it('sha1 in base32: the empty payload has the digest every WARC tool writes for it', () => {
    assert.equal(sha1Digest(new Uint8Array(0)), 'sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ');
  });

  it('base32 follows RFC 4648 (its test vectors)', () => {
    const vectors: Array<[string, string]> = [['f', 'MY======'], ['fo', 'MZXQ===='], ['foo', 'MZXW6==='], ['foob', 'MZXW6YQ='], ['fooba', 'MZXW6YTB'], ['foobar', 'MZXW6YTBOI======']];
    for (const [input, expected] of vectors) assert.equal(base32(Buffer.from(input)), expected);
  });
});
