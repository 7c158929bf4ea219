// The library API as a user imports it: the package's own name, and the example in docs/library.md run as written.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { extract, isMarsadError, openStore, searchArchive, storable } from './index.ts';

const ROOT = resolve(import.meta.dirname, '..');

describe('library API', () => {
  it('extract reads scraped text: headline, dateline, paragraphs whose join is the text', () => {
    const article = extract('اقتصاد\nافتتاح ميناء الواحة الجاف\nالواحة – افتتح وزير النقل سالم العبيدي الميناء الجديد اليوم بعد عامين من العمل.\nوقال العبيدي إن الميناء سيخفض كلفة الشحن.');
    assert.equal(article.title, 'افتتاح ميناء الواحة الجاف');
    assert.equal(article.dateline, 'الواحة');
    assert.equal(article.text, article.paragraphs.join('\n\n'));
  });

  it('extract reads HTML when the input is a web page, from bytes too', () => {
    const html = '<!doctype html><html lang="ar"><head><title>افتتاح الميناء</title></head><body><article><h1>افتتاح ميناء الواحة الجاف</h1>'
      + '<p>افتتح وزير النقل سالم العبيدي، الأحد، المرحلة الأولى من ميناء الواحة الجاف بحضور ممثلين عن شركات الشحن الإقليمية.</p>'
      + '<p>وقال العبيدي إن الميناء سيختصر زمن نقل الحاويات من الساحل إلى الداخل بنحو يومين.</p></article></body></html>';
    const article = extract(new TextEncoder().encode(html), { url: 'https://example.org/port' });
    assert.equal(article.title, 'افتتاح ميناء الواحة الجاف');
    assert.ok(article.paragraphs.some((p) => p.includes('الحاويات')));
    assert.equal(article.url, 'https://example.org/port');
  });

  it('input that is not a news text is a MarsadError with a code', () => {
    for (const [input, code] of [['   ', 'empty_input'], [new Uint8Array([0, 1, 2, 0, 0, 3, 0, 0]), 'binary_input']] as const) {
      assert.throws(() => extract(input), (error: unknown) => isMarsadError(error) && error.code === code);
    }
  });

  it('an extracted article stored in an archive is found by a word in another spelling', async () => {
    const store = await openStore(':memory:');
    const article = extract('افتتاح الميناء\nافتتح وزير النقل المرحلة الأولى من ميناء الواحة الجاف اليوم، وقال إن المشروع سيوفر ألفي وظيفة.');
    await store.putArticles([storable(article)]);
    const found = await searchArchive(store, 'مينآء');
    assert.deepEqual(found.hits.map((h) => h.id), [article.id]);
    await store.close();
  });

  it("the example in docs/library.md runs as written, importing 'marsad' by name", () => {
    const doc = readFileSync(join(ROOT, 'docs/library.md'), 'utf8');
    const example = /```ts\n([\s\S]*?)```/.exec(doc)?.[1];
    assert.ok(example, 'docs/library.md has a ```ts example');
    const dir = mkdtempSync(join(tmpdir(), 'marsad-lib-'));
    try {
      // A project that depends on marsad: node_modules/marsad is this checkout.
      mkdirSync(join(dir, 'node_modules'));
      symlinkSync(ROOT, join(dir, 'node_modules', 'marsad'));
      writeFileSync(join(dir, 'package.json'), '{"type": "module"}');
      writeFileSync(join(dir, 'example.ts'), example);
      const run = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), 'example.ts'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
      assert.equal(run.status, 0, `the example failed:\n${run.stderr}`);
      const lines = run.stdout.trim().split('\n');
      assert.equal(lines[0], 'افتتاح المرحلة الأولى من ميناء الواحة الجاف');
      assert.match(lines[1], /^الواحة \d+$/);
      assert.match(lines[lines.length - 1], /^1 .*<mark>/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
