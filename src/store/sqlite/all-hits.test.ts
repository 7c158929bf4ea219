// One ranking pass that hands every hit over must give what ranking a page at a time gives: the
// same hits in the same order with the same scores, the same total, and outlet counts equal to the
// facets' own. The page-at-a-time SQL (rank, LIMIT/OFFSET, count) is the reference here.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import type { Article } from '../../core/types.ts';
import { indexTerms } from '../../search/index-terms.ts';
import { parseQuery, toFtsMatch } from '../../search/query.ts';
import type { ArticleToStore } from '../port.ts';
import { allHitsFromJson } from './all-hits.ts';
import { SqliteStore } from './sqlite-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'marsad-all-hits-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('hits handed over out of order are put in rank order, ties newest first, whatever order they came in', () => {
  const hit = fc.record({
    // No -0: JSON has no way to write it, and BM25 never gives it.
    rank: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }).map((r) => r + 0), fc.constantFrom(-1.5, -2.25)),
    rowid: fc.integer({ min: 1, max: 1e9 }),
  });
  fc.assert(fc.property(fc.uniqueArray(hit, { selector: (h) => h.rowid, maxLength: 60 }), (hits) => {
    const expected = [...hits].sort((a, b) => a.rank - b.rank || b.rowid - a.rowid);
    const got = allHitsFromJson(JSON.stringify(hits.map((h) => h.rowid)), JSON.stringify(hits.map((h) => h.rank)));
    assert.deepEqual(got.rowids, expected.map((h) => h.rowid));
    assert.deepEqual(got.ranks, expected.map((h) => h.rank));
  }));
});

test('a BM25 rank goes through SQLite JSON and back to the same double', () => {
  const db = new Database(':memory:');
  try {
    db.exec('CREATE TABLE ranks (value REAL)');
    const insert = db.prepare('INSERT INTO ranks VALUES (?)');
    fc.assert(fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 40 }), (values) => {
      db.exec('DELETE FROM ranks');
      for (const value of values) insert.run(value);
      const json = db.prepare('SELECT json_group_array(value) FROM ranks').pluck().get() as string;
      // -0 is stored as 0 by SQLite itself, before any JSON.
      assert.deepEqual(JSON.parse(json), values.map((v) => (Object.is(v, -0) ? 0 : v)));
    }));
  } finally {
    db.close();
  }
});

function item(id: string, source: string, title: string, paragraph: string): ArticleToStore {
  const article: Article = {
    id, title, source, authors: [], language: 'ar', paragraphs: [paragraph], text: paragraph, diagnostics: [],
    firstSeenAt: '2026-01-01T00:00:00.000Z', publishedAt: `2026-01-${String(1 + (Number(id.slice(1)) % 28)).padStart(2, '0')}T08:00:00Z`,
  };
  return { article, titleTerms: indexTerms(article.title), bodyTerms: indexTerms(article.text) };
}

/** The page-at-a-time ranking as one SQL query: the reference. */
function referencePage(path: string, query: string, limit: number, offset: number): { total: number; hits: Array<[string, number]> } {
  const db = new Database(path, { readonly: true });
  try {
    const match = toFtsMatch(parseQuery(query));
    const hits = db.prepare(`SELECT a.id, -hits.rank FROM (SELECT rowid AS rid, bm25(article_terms, 3.0, 1.0) AS rank FROM article_terms
        WHERE article_terms MATCH ? ORDER BY rank, rowid DESC LIMIT ? OFFSET ?) hits JOIN articles a ON a.rowid = hits.rid ORDER BY hits.rank, hits.rid DESC`)
      .raw().all(match, limit, offset) as Array<[string, number]>;
    const total = db.prepare('SELECT count(*) FROM article_terms WHERE article_terms MATCH ?').pluck().get(match) as number;
    return { total, hits };
  } finally {
    db.close();
  }
}

test('a query of several keys ranked whole in one pass pages, scores and counts as the page-at-a-time ranking does', async () => {
  const path = join(dir, 'several-keys.db');
  const store = new SqliteStore(path);
  const outlets = ['الوسط', 'الأفق', 'البريد'];
  const phrases = ['وزير الخارجية', 'وزير الداخلية', 'الخارجية الليبية', 'وزير الخارجية الليبي في طرابلس'];
  // Same titles and bodies again and again: many hits tie on rank, and the newer must come first.
  await store.putArticles(Array.from({ length: 40 }, (_, i) => item(`n${i}`, outlets[i % 3], `نشرة ${phrases[i % 4]}`,
    `${phrases[(i * 7) % 4]} ${i % 5 === 0 ? 'وزير' : 'مبعوث'} ${phrases[(i + 1) % 4]}.`)));
  for (const query of ['وزير مبعوث', '"وزير الخارجية" طرابلس', 'الخارجية الداخلية', 'وزير مبعوث -الداخلية']) {
    for (const [limit, offset] of [[10, 0], [10, 10], [7, 21], [10, 1000]]) {
      const page = await store.search(parseQuery(query), { limit, offset, outletCountsUpTo: 1000 });
      const reference = referencePage(path, query, limit, offset);
      assert.equal(page.total, reference.total, `total of «${query}»`);
      assert.deepEqual(page.items.map((h) => [h.id, h.score]), reference.hits, `«${query}» limit ${limit} offset ${offset}`);
      assert.deepEqual(page.outlets, await store.searchFacets(parseQuery(query)), `outlets of «${query}»`);
    }
  }
  const filtered = await store.search(parseQuery('وزير مبعوث'), { source: 'الوسط', outletCountsUpTo: 1000 });
  assert.equal(filtered.outlets, undefined, 'no outlet counts under an outlet filter: the facets ignore it');
  assert.ok(filtered.items.every((h) => h.source === 'الوسط'));
  const dated = await store.search(parseQuery('وزير مبعوث'), { from: '2026-01-10', outletCountsUpTo: 1000 });
  assert.deepEqual(dated.outlets, await store.searchFacets(parseQuery('وزير مبعوث'), { from: '2026-01-10' }));
  assert.equal((await store.search(parseQuery('وزير'), { outletCountsUpTo: 1000 })).outlets, undefined, 'one key is ranked a page at a time');
  const tooMany = await store.search(parseQuery('وزير مبعوث'), { outletCountsUpTo: 3 });
  assert.equal(tooMany.outlets, undefined, 'not counted past outletCountsUpTo');
  await store.close();
});
