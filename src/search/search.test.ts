// A query in any spelling finds the same articles (issue 2): hamza or not, ة or ه, ى or ي,
// harakat or tatweel, with or without و/ب/ل/ال, Arabic-Indic or Persian digits.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ingestPaths } from '../pipeline/ingest.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { parseQuery, toFtsMatch } from './query.ts';
import { searchArchive } from './service.ts';
import { makeSnippet } from './snippet.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SEED = resolve(ROOT, '../shared/seeds/000_f77f88289c7c6a30.txt');

const SPELLINGS: Array<[string, string[]]> = [
  ['hamza on alef or not', ['الأميركية', 'الاميركية', 'الأمـيركية', 'الأَمِيرْكِيَّة']],
  ['alef maksura or yeh', ['بنغازي', 'بنغازى']],
  ['shadda and other harakat', ['السّرّاج', 'السراج']],
  ['with or without و ب ل ال لل', ['ليبيا', 'وليبيا', 'بليبيا', 'لليبيا']],
  ['teh marbuta or heh', ['الحكومة', 'الحكومه']],
  ['Arabic-Indic, Persian and ASCII digits', ['2011', '٢٠١١', '۲۰۱۱']],
  ['a phrase in two spellings', ['"حكومة الوفاق"', '"حكومه الوفاق"']],
];

describe('search spellings', () => {
  let dir: string;
  let store: SqliteStore;
  before(async () => {
    if (!existsSync(SEED)) {
      if (process.env.CI === 'true') throw new Error(`seed missing: ${SEED}`);
    }
    dir = mkdtempSync(join(tmpdir(), 'marsad-search-'));
    store = new SqliteStore(join(dir, 'search.db'));
    await ingestPaths([SEED, join(ROOT, 'examples')], store);
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const [rule, variants] of SPELLINGS) {
    it(`${rule}: ${variants.join(' / ')} find the same articles`, async () => {
      const results = await Promise.all(variants.map((v) => searchArchive(store, v, { limit: 50 })));
      const ids = results.map((r) => r.hits.map((h) => h.id).sort().join(','));
      assert.ok(results[0].total > 0, `"${variants[0]}" finds nothing`);
      for (let i = 1; i < variants.length; i++) {
        assert.equal(ids[i], ids[0], `"${variants[i]}" should find what "${variants[0]}" finds`);
      }
    });
  }

  it('a phrase needs its words in order; the words alone match more', async () => {
    const phrase = await searchArchive(store, '"الوفاق حكومة"');
    const words = await searchArchive(store, 'الوفاق حكومة');
    assert.equal(phrase.total, 0);
    assert.ok(words.total > 0);
  });

  it('-word excludes articles that have it', async () => {
    const all = await searchArchive(store, 'الانتخابات', { limit: 50 });
    const without = await searchArchive(store, 'الانتخابات -هاريسون', { limit: 50 });
    assert.ok(without.total < all.total);
    for (const hit of without.hits) {
      const article = await store.getArticle(hit.id);
      assert.doesNotMatch(article!.text + article!.title, /هاريسون/);
    }
  });

  it('highlights the outlet\'s own spelling in the snippet', async () => {
    const result = await searchArchive(store, 'الاميركية');
    const seedHit = result.hits.find((h) => h.snippet.includes('الأميركية') || h.snippet.includes('الاميركية'));
    assert.ok(seedHit, 'a snippet with the display spelling');
    assert.match(seedHit.snippet, /<mark>(?:ال)?[اأ]ميركية<\/mark>/);
  });
});

describe('query parsing', () => {
  it('FTS5 operators in the query are text, not syntax', () => {
    const match = toFtsMatch(parseQuery('ليبيا OR NEAR(a) *'));
    assert.ok(match.startsWith('("ليبيا" AND'), match);
    assert.doesNotMatch(match, /\bOR\b/);
  });

  it('an unbalanced quote makes the rest of the query a phrase', () => {
    const query = parseQuery('الوفاق "حكومة طرابلس');
    assert.deepEqual(query.phrases.length, 1);
    assert.equal(query.terms.length, 1);
  });

  it('only exclusions is a query with nothing to find', () => {
    assert.throws(() => toFtsMatch(parseQuery('-ليبيا')), /no words to search for/);
  });

  it('a 10 KB query is cut, not refused', () => {
    const query = parseQuery('ليبيا '.repeat(2000));
    assert.ok(query.raw.length <= 1000);
    assert.deepEqual(query.terms, ['ليبيا']);
  });
});

describe('snippets', () => {
  it('escape the outlet\'s text and mark only hits', () => {
    const snippet = makeSnippet('قال <b>الوزير</b> إن ليبيا & تونس', new Set(['ليبيا']));
    assert.equal(snippet, 'قال &lt;b&gt;الوزير&lt;/b&gt; إن <mark>ليبيا</mark> &amp; تونس');
  });
});
