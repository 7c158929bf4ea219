// Bad input (issue 2): each gets a one-line message naming the input and the problem; exit 2 when
// nothing could be ingested; nothing already stored is lost or half-written; the rest of a batch
// still goes in.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runMarsad, tempDir } from './helpers.ts';

const GOOD = 'الأخبار\n\nعنوان خبر تجريبي عن الطقس\n\nالرياض – قالت هيئة الأرصاد إن الطقس سيكون حارا اليوم في معظم المناطق.\n\nوأضافت أن درجات الحرارة ستنخفض مساء.\n';

describe('marsad ingest on bad input', () => {
  const dir = tempDir();
  const db = join(dir.path, 'bad.db');
  const files: Record<string, string> = {};
  before(() => {
    files.empty = join(dir.path, 'empty.txt');
    writeFileSync(files.empty, '');
    files.binary = join(dir.path, 'image.txt');
    writeFileSync(files.binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    files.notObject = join(dir.path, 'records.jsonl');
    writeFileSync(files.notObject, `[1, 2, 3]\n"just a string"\n{"title": "بلا نص"}\n{"title": "خبر", "content": "${'نص الخبر '.repeat(20)}"}\n`);
    files.huge = join(dir.path, 'huge.txt');
    writeFileSync(files.huge, Buffer.alloc(50 * 1024 * 1024, 'ا خبر '));
    files.invalidUtf8 = join(dir.path, 'latin.txt');
    writeFileSync(files.invalidUtf8, Buffer.concat([Buffer.from('خبر عن الطقس '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff, 0xfe, 0x41])]));
    files.good = join(dir.path, 'good.txt');
    writeFileSync(files.good, GOOD);
  });
  after(() => dir.cleanup());

  for (const [name, pattern] of [
    ['empty', /empty/],
    ['binary', /binary/],
    ['huge', /too large/],
    ['invalidUtf8', /UTF-8/],
  ] as const) {
    it(`${name}: one line naming the file and the problem, exit 2, nothing stored`, async () => {
      const result = await runMarsad(['ingest', files[name], '--db', db]);
      assert.equal(result.code, 2, result.stderr);
      const lines = result.stderr.trim().split('\n');
      assert.equal(lines.length, 1, `expected one line, got:\n${result.stderr}`);
      assert.ok(lines[0].includes(files[name]), `the message names the input: ${lines[0]}`);
      assert.match(lines[0], pattern);
      assert.doesNotMatch(result.stderr, /at .*\.ts:\d+/, 'no stack trace');
      assert.equal(result.stdout.trim(), 'ingested 0 duplicates 0 rejected 1');
    });
  }

  it('a JSON line that is not an object is rejected by line; the good line still goes in', async () => {
    const result = await runMarsad(['ingest', files.notObject, '--db', db]);
    assert.equal(result.code, 0, result.stderr);
    const lines = result.stderr.trim().split('\n');
    assert.equal(lines.length, 3, result.stderr);
    assert.match(lines[0], /records\.jsonl:1: not a JSON object \(got an array\)/);
    assert.match(lines[1], /records\.jsonl:2: not a JSON object \(got string\)/);
    assert.match(lines[2], /records\.jsonl:3: no text/);
    assert.equal(result.stdout.trim(), 'ingested 1 duplicates 0 rejected 3');
  });

  it('a batch with bad and good files keeps the good ones and loses nothing stored before', async () => {
    const before = JSON.parse((await runMarsad(['stats', '--json', '--db', db])).stdout).articles as number;
    const result = await runMarsad(['ingest', files.empty, files.good, files.binary, '--db', db]);
    assert.equal(result.code, 0);
    assert.equal(result.stdout.trim(), 'ingested 1 duplicates 0 rejected 2');
    const afterCount = JSON.parse((await runMarsad(['stats', '--json', '--db', db])).stdout).articles as number;
    assert.equal(afterCount, before + 1);
  });

  it('a missing path is a one-line error with exit 2', async () => {
    const result = await runMarsad(['ingest', join(dir.path, 'nope.txt'), '--db', db]);
    assert.equal(result.code, 2);
    assert.match(result.stderr.trim(), /nope\.txt: no such file or directory$/);
  });

  it('usage errors exit 2 with one line', async () => {
    const result = await runMarsad(['ingest', '--db', db, '--format', 'pdf', files.good]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--format wants auto, text or html/);
  });
});
