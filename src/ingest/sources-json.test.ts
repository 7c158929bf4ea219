import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { zipSync } from 'fflate';
import { readSources, type SourceItem } from './sources.ts';

const encoder = new TextEncoder();

async function withFile<T>(name: string, bytes: Uint8Array | string, use: (path: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-json-'));
  try {
    const path = join(dir, name);
    await writeFile(path, bytes);
    return await use(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function collect(path: string): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readSources([path])) items.push(item);
  return items;
}

function summary(items: SourceItem[]): string[] {
  return items.map((item) => item.kind === 'document'
    ? `document ${item.document.origin.replace(/^.*\//, '')}`
    : `rejected ${item.origin.replace(/^.*\//, '')}: ${item.error.code}`);
}

const good = (title: string) => ({ source: 'spa', title, content: `${title}: نص الخبر كاملا في فقرة واحدة.` });

test('a bad record in a JSON array is rejected alone, by its index, and the others go in', async () => {
  const text = `[${JSON.stringify(good('الأول'))}, 42, ${JSON.stringify(good('الثالث'))}]`;
  await withFile('dump.json', text, async (path) => {
    assert.deepEqual(summary(await collect(path)), ['document dump.json[0]', 'rejected dump.json[1]: invalid_record', 'document dump.json[2]']);
  });
});

test('a record with invalid UTF-8 is rejected alone as an encoding problem', async () => {
  const first = encoder.encode(`[${JSON.stringify(good('الأول'))},{"title":"`);
  const bytes = new Uint8Array([...first, 0xff, 0xfe, ...encoder.encode(`","content":"نص"},${JSON.stringify(good('الثالث'))}]`)]);
  await withFile('dump.json', bytes, async (path) => {
    assert.deepEqual(summary(await collect(path)), ['document dump.json[0]', 'rejected dump.json[1]: invalid_encoding', 'document dump.json[2]']);
  });
});

test('a truncated JSON array keeps its complete records and names the file and where it ends', async () => {
  const text = `[${JSON.stringify(good('الأول'))},${JSON.stringify(good('الثاني')).slice(0, 30)}`;
  await withFile('cut.json', text, async (path) => {
    const items = await collect(path);
    assert.deepEqual(summary(items), ['document cut.json[0]', 'rejected cut.json: invalid_json']);
    const last = items[1];
    assert.ok(last.kind === 'rejected' && /not closed: the text ends inside element 2/.test(last.error.message));
  });
});

test('a JSON file holding one object is one record', async () => {
  await withFile('one.json', JSON.stringify(good('وحيد')), async (path) => {
    assert.deepEqual(summary(await collect(path)), ['document one.json']);
  });
});

test('an empty JSON array and broken JSON are rejected with their own messages', async () => {
  await withFile('empty.json', '[]', async (path) => {
    const [item] = await collect(path);
    assert.ok(item.kind === 'rejected' && item.error.code === 'empty_input' && /empty JSON array/.test(item.error.message));
  });
  await withFile('broken.json', '{"title": ', async (path) => {
    const [item] = await collect(path);
    assert.ok(item.kind === 'rejected' && item.error.code === 'invalid_json');
  });
});

test('a JSON array inside a zip is read record by record, with the entry named in each origin', async () => {
  const records = [good('الأول'), good('الثاني'), good('الثالث')];
  const zip = zipSync({ '2015-07-21.json': encoder.encode(JSON.stringify(records, null, 1)) });
  await withFile('day.zip', zip, async (path) => {
    assert.deepEqual(summary(await collect(path)),
      ['document day.zip!2015-07-21.json[0]', 'document day.zip!2015-07-21.json[1]', 'document day.zip!2015-07-21.json[2]']);
  });
});

test('the raw input kept for a record is the record itself, not the file around it', async () => {
  const record = good('الأول');
  await withFile('dump.json', `[\n  ${JSON.stringify(record, null, 4)}\n]`, async (path) => {
    const [item] = await collect(path);
    assert.ok(item.kind === 'document');
    assert.deepEqual(JSON.parse(new TextDecoder().decode(item.document.bytes)), record);
  });
});

test('a record that is not JSON stops the file with one message (a binary file may start with a bracket)', async () => {
  const garbage = '[{"title":"الأول","content":"نص كامل للخبر."},' + '\x01,,}{x,'.repeat(200) + ']';
  await withFile('garbage.json', garbage, async (path) => {
    const items = await collect(path);
    assert.deepEqual(summary(items), ['document garbage.json[0]', 'rejected garbage.json[1]: invalid_json']);
  });
});
