// The CLI contracts of DESIGN.md, run as a user runs them: bin/marsad in a child process.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { ROOT, SEED, runMarsad, tempDir } from './helpers.ts';

const EXAMPLES = join(ROOT, 'examples');

describe('marsad CLI', () => {
  const dir = tempDir();
  const db = join(dir.path, 'cli.db');
  before(() => {
    if (!existsSync(SEED) && process.env.CI === 'true') throw new Error(`seed missing: ${SEED}`);
  });
  after(() => dir.cleanup());

  it('extract prints the seed as one Article JSON with the DESIGN.md fields', async () => {
    const result = await runMarsad(['extract', SEED]);
    assert.equal(result.code, 0, result.stderr);
    const article = JSON.parse(result.stdout);
    for (const field of ['id', 'title', 'paragraphs', 'text', 'diagnostics', 'authors', 'language']) {
      assert.ok(field in article, `missing ${field}`);
    }
    assert.equal(article.section, 'الأخبار');
    assert.equal(article.dateline, 'طرابلس');
    assert.equal(article.paragraphs.length, 17);
    assert.equal(article.text, article.paragraphs.join('\n\n'));
    assert.equal(article.language, 'ar');
    // The analysis stages all ran: entities, quotes with speakers, dates and amounts.
    const direct = article.quotes.filter((q: { direct: boolean }) => q.direct);
    assert.equal(direct.length, 7);
    assert.ok(direct.every((q: { speaker?: { canonical?: string } }) => q.speaker?.canonical));
    assert.deepEqual(article.amounts.map((a: { value: number; currency: string }) => [a.value, a.currency]), [[635000000, 'USD']]);
    assert.deepEqual(article.dates.map((d: { value: string }) => d.value), ['2011', '2012']);
    const williams = new Set(article.entities.filter((e: { canonical: string }) => e.canonical === 'ستيفاني وليامز').map((e: { entityId: string }) => e.entityId));
    assert.equal(williams.size, 1);
  });

  it('extract of several files prints one JSON line each, with file', async () => {
    const a = join(EXAMPLES, 'pages', 'ufuq-dry-port.txt');
    const b = join(EXAMPLES, 'pages', 'shorouq-envoy.txt');
    const result = await runMarsad(['extract', a, b]);
    assert.equal(result.code, 0, result.stderr);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.file), [a, b]);
    assert.ok(lines.every((l) => l.title && l.paragraphs.length > 0));
  });

  it('extract - reads stdin', async () => {
    const result = await runMarsad(['extract', '-'], { input: readFileSync(join(EXAMPLES, 'pages', 'ufuq-heatwave.txt')) });
    assert.equal(result.code, 0, result.stderr);
    assert.match(JSON.parse(result.stdout).title, /موجة حر/);
  });

  it('ingest is idempotent: the same input twice is stored once', async () => {
    const copy = join(dir.path, 'seed.txt');
    copyFileSync(SEED, copy);
    const first = await runMarsad(['ingest', copy, '--db', db]);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stdout.trim(), 'ingested 1 duplicates 0 rejected 0');
    const second = await runMarsad(['ingest', copy, '--db', db]);
    assert.equal(second.stdout.trim(), 'ingested 0 duplicates 1 rejected 0');
  });

  it('ingest reads directories with text and JSONL, and --json prints a line per item', async () => {
    const result = await runMarsad(['ingest', EXAMPLES, '--db', db, '--json']);
    assert.equal(result.code, 0, result.stderr);
    const items = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(items.length, 12);
    assert.ok(items.every((i) => i.status === 'ingested' && typeof i.id === 'string'));
    const stats = JSON.parse((await runMarsad(['stats', '--json', '--db', db])).stdout);
    assert.equal(stats.articles, 13);
    assert.equal(typeof stats.entities, 'number');
    assert.equal(typeof stats.stories, 'number');
  });

  it('ingest reads web pages, gzipped too, with their metadata', async () => {
    const page = join(ROOT, 'fixtures', 'html', 'wordpress-news-theme', 'page.html');
    const gz = join(dir.path, 'page.html.gz');
    writeFileSync(gz, gzipSync(readFileSync(page)));
    const htmlDb = join(dir.path, 'html.db');
    const result = await runMarsad(['ingest', gz, '--db', htmlDb, '--json']);
    assert.equal(result.code, 0, result.stderr);
    const [item] = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(item.status, 'ingested');
    const article = JSON.parse((await runMarsad(['show', item.id, '--db', htmlDb])).stdout);
    assert.ok(article.title.length > 10);
    assert.ok(article.paragraphs.length >= 3);
    assert.doesNotMatch(article.text, /<script|<div|<p>/);
  });

  it('ingest - reads JSONL from stdin', async () => {
    const line = JSON.stringify({ source: 'مثال', url: 'https://stdin.example/1', title: 'خبر من المدخل القياسي', content: 'الدوحة – هذا خبر قصير وصل عبر المدخل القياسي لاختبار القراءة.' });
    const result = await runMarsad(['ingest', '-', '--db', db], { input: `${line}\n` });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout.trim(), 'ingested 1 duplicates 0 rejected 0');
  });

  it('show prints a stored article; an unknown id exits 2', async () => {
    const search = JSON.parse((await runMarsad(['search', 'ميناء', '--db', db, '--json'])).stdout);
    const id = search.hits[0].id;
    const shown = await runMarsad(['show', id, '--db', db]);
    assert.equal(shown.code, 0);
    assert.equal(JSON.parse(shown.stdout).id, id);
    const missing = await runMarsad(['show', 'no-such-id', '--db', db]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no article with id/);
  });

  it('stories --json lists clusters with their articles; the wire story is at two outlets, one a copy', async () => {
    const result = await runMarsad(['stories', '--db', db, '--json']);
    assert.equal(result.code, 0, result.stderr);
    const { stories } = JSON.parse(result.stdout);
    for (const story of stories) {
      assert.ok(story.id && story.title && Array.isArray(story.articles));
      for (const a of story.articles) for (const f of ['id', 'url', 'source', 'publishedAt', 'duplicateOf']) assert.ok(f in a, `missing ${f}`);
    }
    const wire = stories.find((s: { articles: Array<{ duplicateOf: string | null }> }) => s.articles.some((a) => a.duplicateOf));
    assert.ok(wire, 'a story holding a duplicate');
    assert.deepEqual(wire.sources.sort(), ['masaa', 'ufuq']);
    const one = JSON.parse((await runMarsad(['story', wire.id, '--db', db, '--json'])).stdout);
    assert.equal(one.id, wire.id);
    assert.equal(one.firstPublisher, 'masaa');
    const copy = wire.articles.find((a: { duplicateOf: string | null }) => a.duplicateOf);
    const shown = JSON.parse((await runMarsad(['show', copy.id, '--db', db])).stdout);
    assert.equal(shown.duplicateOf, copy.duplicateOf);
    assert.equal(shown.storyId, wire.id);
    assert.ok(Array.isArray(shown.related));
    assert.equal((await runMarsad(['story', 'nope', '--db', db])).code, 2);
  });

  it('quotes --speaker finds who said what in any spelling; entities and entity show the resolved people', async () => {
    const quotes = JSON.parse((await runMarsad(['quotes', '--speaker', 'ويليامز', '--db', db, '--json'])).stdout);
    assert.ok(quotes.total >= 3, `Williams's quotes: ${quotes.total}`);
    assert.ok(quotes.quotes.every((q: { speaker: { canonical: string } }) => q.speaker.canonical === 'ستيفاني وليامز'));
    const people = JSON.parse((await runMarsad(['entities', '--type', 'PER', '--db', db, '--json'])).stdout);
    assert.ok(people.entities.some((e: { canonical: string }) => e.canonical === 'فايز السراج'));
    assert.ok(people.entities.every((e: { type: string }) => e.type === 'PER'));
    const sarraj = JSON.parse((await runMarsad(['entity', 'السّرّاج', '--db', db, '--json'])).stdout);
    assert.equal(sarraj.canonical, 'فايز السراج');
    assert.ok(sarraj.variants.includes('السراج'));
    assert.ok(sarraj.quotesBy.length >= 1);
    assert.equal((await runMarsad(['entity', 'لا أحد بهذا الاسم', '--db', db])).code, 2);
    assert.equal((await runMarsad(['entities', '--type', 'XYZ', '--db', db])).code, 2);
  });

  it('search --json has the DESIGN.md shape and highlights in display text', async () => {
    const result = await runMarsad(['search', 'السراج', '--db', db, '--json']);
    assert.equal(result.code, 0, result.stderr);
    const body = JSON.parse(result.stdout);
    assert.equal(body.total, 1);
    const hit = body.hits[0];
    for (const field of ['id', 'title', 'source', 'publishedAt', 'score', 'snippet']) assert.ok(field in hit, `missing ${field}`);
    assert.match(hit.snippet, /<mark>[^<]*السراج<\/mark>/);
  });

  it('search filters by --source and dates, and honours --limit', async () => {
    const masaa = JSON.parse((await runMarsad(['search', 'الانتخابات', '--db', db, '--json', '--source', 'masaa'])).stdout);
    assert.ok(masaa.total >= 2);
    assert.ok(masaa.hits.every((h: { source: string }) => h.source === 'masaa'));
    const limited = JSON.parse((await runMarsad(['search', 'الانتخابات', '--db', db, '--json', '--limit', '1'])).stdout);
    assert.equal(limited.hits.length, 1);
    assert.ok(limited.total > 1);
    const window = JSON.parse((await runMarsad(['search', 'الانتخابات', '--db', db, '--json', '--from', '2026-11-28', '--to', '2026-11-28'])).stdout);
    assert.ok(window.hits.length >= 1);
    assert.ok(window.hits.every((h: { publishedAt: string }) => h.publishedAt.startsWith('2026-11-28')));
  });

  it('hostile queries give results or a one-line message, never a crash', async () => {
    const hostile = ['"unbalanced', 'NEAR(a b) OR * AND ^', '-', '""', '(((', `${'ليبيا '.repeat(2000)}`, "'; DROP TABLE articles; --", 'title:ليبيا', '-ليبيا'];
    for (const q of hostile) {
      const result = await runMarsad(['search', q, '--db', db, '--json']);
      assert.ok(result.code === 0 || result.code === 2, `exit ${result.code} for ${q.slice(0, 40)}: ${result.stderr}`);
      if (result.code === 0) assert.equal(typeof JSON.parse(result.stdout).total, 'number');
      else assert.equal(result.stderr.trim().split('\n').length, 1);
      assert.doesNotMatch(result.stderr, /internal error/);
    }
    const stats = JSON.parse((await runMarsad(['stats', '--json', '--db', db])).stdout);
    assert.equal(stats.articles, 14, 'nothing dropped');
  });

  it('unknown commands and missing arguments are usage errors (exit 2)', async () => {
    assert.equal((await runMarsad(['frobnicate'])).code, 2);
    assert.equal((await runMarsad(['search', '--db', db])).code, 2);
    assert.equal((await runMarsad(['search', 'x', '--limit', '-3', '--db', db])).code, 2);
  });

  it('--db defaults to $MARSAD_DB', async () => {
    const envDb = join(dir.path, 'env.db');
    const input = join(dir.path, 'env.txt');
    writeFileSync(input, 'عنوان\n\nالقاهرة – نص قصير عن خبر ما في القاهرة اليوم.\n');
    const result = await runMarsad(['ingest', input], { env: { MARSAD_DB: envDb } });
    assert.equal(result.code, 0, result.stderr);
    assert.ok(existsSync(envDb));
  });
});
