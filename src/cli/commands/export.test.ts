// marsad export, run as a user runs it, over a hand-annotated archive: what goes out can be read
// back whole (JSON lines, CSV with multi-line cells), and CoNLL tags follow the entity spans.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runMarsad, tempDir } from '../../../test/helpers.ts';
import type { Article } from '../../core/types.ts';
import { annotatedArticles, fillTestArchive, HARRISON } from '../../http/testing/archive.ts';
import { SqliteStore } from '../../store/sqlite/sqlite-store.ts';
import { arabicPage, httpResponse, responseRecord } from '../../crawl/warc/test-support.ts';
import { conllLines } from './export.ts';

/** RFC 4180, enough to read back what export writes: quoted cells may hold commas, quotes and newlines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  return rows;
}

describe('marsad export', () => {
  const dir = tempDir('marsad-export-');
  const db = join(dir.path, 'export.db');
  let articles = 0;
  before(async () => {
    await fillTestArchive(db);
    const store = new SqliteStore(db);
    articles = (await store.stats()).articles;
    await store.close();
  });
  after(() => dir.cleanup());

  it('jsonl writes every article whole, one JSON object a line', async () => {
    const result = await runMarsad(['export', '--format', 'jsonl', '--db', db]);
    assert.equal(result.code, 0, result.stderr);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as Article);
    assert.equal(lines.length, articles);
    for (const a of lines) assert.equal(a.text, a.paragraphs.join('\n\n'));
    const original = lines.find((a) => a.id === 'fx-envoy-masaa');
    assert.ok(original?.entities?.some((e) => e.entityId === HARRISON));
  });

  it('csv reads back to the same texts, multi-line cells included', async () => {
    const result = await runMarsad(['export', '--format', 'csv', '--db', db]);
    assert.equal(result.code, 0, result.stderr);
    const [header, ...rows] = parseCsv(result.stdout);
    assert.equal(rows.length, articles);
    const textColumn = header.indexOf('text');
    const idColumn = header.indexOf('id');
    const byId = new Map(annotatedArticles().map((a) => [a.id, a]));
    for (const row of rows) {
      assert.equal(row.length, header.length);
      const expected = byId.get(row[idColumn]);
      if (expected) assert.equal(row[textColumn], expected.text);
    }
  });

  it('entities and quotes export as their own rows', async () => {
    const entities = await runMarsad(['export', '--format', 'jsonl', '--what', 'entities', '--db', db]);
    assert.ok(entities.stdout.trim().split('\n').map((l) => JSON.parse(l)).some((e) => e.id === HARRISON && e.variants.length >= 2));
    const quotes = await runMarsad(['export', '--format', 'csv', '--what', 'quotes', '--db', db]);
    const [header, ...rows] = parseCsv(quotes.stdout);
    assert.ok(rows.some((r) => r[header.indexOf('speakerEntityId')] === HARRISON && r[header.indexOf('text')].includes('المجتمع الدولي')));
  });

  it('conll tags the tokens of a mention B- then I-, others O, and ends sentences with a blank line', () => {
    const article = annotatedArticles().find((a) => a.id === 'fx-envoy-masaa')!;
    const lines = conllLines(article).split('\n');
    const at = lines.indexOf('مارغريت B-PER');
    assert.ok(at > 0, lines.slice(0, 20).join('\n'));
    assert.equal(lines[at + 1], 'هاريسون I-PER');
    assert.equal(lines[at + 2], '، O');
    const sentenceEnd = lines.indexOf('. O');
    assert.equal(lines[sentenceEnd + 1], '', 'a blank line after the full stop');
    assert.ok(lines.every((l) => l === '' || /^\S+ (O|[BI]-(PER|ORG|LOC|MISC))$/.test(l)), 'one token and one tag a line');
  });

  it('--out writes the file only when it is complete, and says how many', async () => {
    const out = join(dir.path, 'corpus.conll');
    const result = await runMarsad(['export', '--format', 'conll', '--db', db, '--out', out]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, new RegExp(`exported ${articles} articles`));
    const starts = readFileSync(out, 'utf8').split('\n').filter((l) => l.startsWith('-DOCSTART-'));
    assert.equal(starts.length, articles);
    assert.ok(starts.every((l) => /^-DOCSTART-\(\S+\) O$/.test(l)), 'each document start names its article, in two fields');
    const store = new SqliteStore(db);
    const ids = new Set((await store.listArticles({ limit: 1000 })).items.map((a) => a.id));
    await store.close();
    assert.ok(starts.every((l) => ids.has(l.slice('-DOCSTART-('.length, -') O'.length))), 'the ids are the archive\'s');
    assert.deepEqual(readdirSync(dir.path).filter((f) => f.includes('.partial')), []);
  });

  it('a wrong format or a conll export of quotes is a usage error (exit 2) and writes nothing', async () => {
    const out = join(dir.path, 'nothing.txt');
    for (const args of [['--format', 'xml'], ['--format', 'conll', '--what', 'quotes'], ['--format', 'csv', '--what', 'people']]) {
      const result = await runMarsad(['export', ...args, '--db', db, '--out', out]);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.stderr, /^marsad: /);
      assert.equal(existsSync(out), false);
    }
  });
});

describe('marsad export --format warc', () => {
  const dir = tempDir('marsad-export-warc-');
  after(() => dir.cleanup());
  const first = join(dir.path, 'first.db');
  const pages = [
    ['https://wahanews.example/news/library', arabicPage('افتتاح مكتبة عامة في حي الزيتون',
      'افتتحت البلدية مكتبة عامة جديدة تضم عشرة آلاف كتاب، وقال رئيس البلدية إن المكتبة ستفتح أبوابها يوميا.')],
    ['https://wahanews.example/news/dates', arabicPage('مهرجان التمور السنوي',
      'يشارك في المهرجان أكثر من مئتي مزارع من القرى المجاورة، ويستمر أسبوعا كاملا في ساحة المدينة.')],
  ];
  const ingestedIds = async (path: string, db: string) => {
    const result = await runMarsad(['ingest', path, '--db', db, '--json']);
    assert.equal(result.code, 0, result.stderr);
    return result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { status: string; id?: string })
      .filter((l) => l.status === 'ingested').map((l) => l.id!).sort();
  };
  let firstIds: string[] = [];
  before(async () => {
    const crawl = join(dir.path, 'crawl.warc');
    writeFileSync(crawl, Buffer.concat(pages.map(([url, page]) => responseRecord(url, httpResponse('200 OK', { 'Content-Type': 'text/html; charset=utf-8' }, page)))));
    firstIds = await ingestedIds(crawl, first);
    // A page saved on disk has no URL: a WARC response needs one, so it stays out.
    const local = join(dir.path, 'local.html');
    writeFileSync(local, arabicPage('صفحة محفوظة على القرص', 'هذه صفحة محفوظة بلا عنوان على الشبكة، ولا تدخل في ملف الأرشيف.'));
    await ingestedIds(local, first);
  });

  it('round trip: pages exported to .warc.gz and ingested into a fresh database get the same article ids', async () => {
    assert.equal(firstIds.length, 2);
    const out = join(dir.path, 'export.warc.gz');
    const exported = await runMarsad(['export', '--format', 'warc', '--db', first, '--out', out]);
    assert.equal(exported.code, 0, exported.stderr);
    assert.match(exported.stderr, /exported 2 pages/);
    assert.deepEqual([...readFileSync(out).subarray(0, 2)], [0x1f, 0x8b]);
    assert.deepEqual(await ingestedIds(out, join(dir.path, 'second.db')), firstIds);
  });

  it('to standard output the WARC is uncompressed and starts with its warcinfo record', async () => {
    const result = await runMarsad(['export', '--format', 'warc', '--db', first]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^WARC\/1\.1\r\nWARC-Type: warcinfo\r\n/);
    assert.equal(result.stdout.split('WARC-Type: response').length - 1, 2);
  });

  it('filters and --what do not apply to a WARC export: a usage error', async () => {
    for (const args of [['--what', 'entities'], ['--source', 'الواحة'], ['--from', '2025-01-01']]) {
      const result = await runMarsad(['export', '--format', 'warc', ...args, '--db', first]);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.stderr, /--format warc/);
    }
  });
});

describe('export --help', () => {
  it('--help prints the usage on stdout and exits 0, before touching any archive', async () => {
    const result = await runMarsad(['export', '--help', '--db', '/nonexistent/marsad.db']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^usage: marsad export --format/);
    const unknown = await runMarsad(['export', '--bogus']);
    assert.equal(unknown.code, 2);
    assert.doesNotMatch(unknown.stderr, /as in '--/, 'no unbalanced advice quoted from parseArgs');
  });
});

describe('CSV for spreadsheets', () => {
  it('--excel writes a UTF-8 byte order mark and makes formula-like cells text; plain CSV keeps the data as it is', async () => {
    const { csvCell } = await import('./export.ts');
    assert.equal(csvCell('=HYPERLINK("http://x")', true), `"'=HYPERLINK(""http://x"")"`);
    assert.equal(csvCell('- أعلنت الوزارة', true), "'- أعلنت الوزارة");
    assert.equal(csvCell('@الرياض', true), "'@الرياض");
    assert.equal(csvCell('أعلنت الوزارة - اليوم', true), 'أعلنت الوزارة - اليوم');
    assert.equal(csvCell('- أعلنت الوزارة'), '- أعلنت الوزارة');
    const dir = tempDir('marsad-excel-');
    try {
      const db = join(dir.path, 'excel.db');
      await fillTestArchive(db);
      const excel = await runMarsad(['export', '--format', 'csv', '--excel', '--db', db]);
      assert.equal(excel.code, 0, excel.stderr);
      assert.ok(excel.stdout.startsWith('\uFEFFid,'), 'a byte order mark, then the header');
      const plain = await runMarsad(['export', '--format', 'csv', '--db', db]);
      assert.ok(plain.stdout.startsWith('id,'));
      assert.equal((await runMarsad(['export', '--format', 'jsonl', '--excel', '--db', db])).code, 2);
    } finally {
      dir.cleanup();
    }
  });
});
