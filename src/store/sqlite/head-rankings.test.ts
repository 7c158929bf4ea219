// Head rankings answer one-word searches from memory: every page they give must be the page the
// search SQL gives, on the archive as it is, and a write must never leave an old answer in use.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import type { Article } from '../../core/types.ts';
import { indexTerms } from '../../search/index-terms.ts';
import { parseQuery } from '../../search/query.ts';
import type { ArticleToStore, SearchOptions } from '../port.ts';
import { SqliteSearch } from './search.ts';
import { SqliteStore } from './sqlite-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'marsad-head-rankings-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const WORDS = ['أمطار', 'رياح', 'سيول', 'حرارة', 'غبار', 'ضباب', 'ثلوج', 'برق'];

/** Weather bulletins whose words repeat with different counts and lengths, so BM25 orders them in many ways. */
function bulletin(n: number): ArticleToStore {
  const words = WORDS.filter((_, i) => (n * (i + 3)) % (i + 2) !== 0);
  // A rare word too (in one bulletin of 29: fewer than the test's head count), so a search mixes kept ranks with ranks worked out on the spot.
  const rare = n % 29 === 0 ? ' إعصار' : '';
  const body = words.map((word, i) => `${word} ${'في المنطقة '.repeat((n + i) % 4)}`.repeat(1 + ((n + i) % 3))).join(' و') + rare;
  const article: Article = {
    id: `b${n}`, title: `نشرة ${WORDS[n % WORDS.length]} رقم ${n}`, source: n % 2 ? 'الوسط' : 'الأفق', authors: [], language: 'ar',
    paragraphs: [body], text: body, diagnostics: [], firstSeenAt: `2026-01-${String(1 + (n % 28)).padStart(2, '0')}T00:00:00.000Z`,
  };
  return { article, titleTerms: indexTerms(article.title), bodyTerms: indexTerms(article.text) };
}

/** Every page of every word, as ids, scores and totals. */
async function pages(search: SqliteSearch): Promise<string> {
  const seen: unknown[] = [];
  for (const word of [...WORDS, 'المنطقة']) {
    for (const options of [{ limit: 10, offset: 0 }, { limit: 10, offset: 10 }, { limit: 7, offset: 21 }, { limit: 100, offset: 0 }] as SearchOptions[]) {
      const page = search.search(parseQuery(word), options);
      seen.push([word, options, page.total, page.items.map((hit) => [hit.id, hit.score, hit.text.length])]);
    }
  }
  return JSON.stringify(seen);
}

/** Every page of searches for two and three words (some with an excluded word or an outlet filter), as ids, scores, totals and outlet counts. */
async function severalWordPages(search: SqliteSearch): Promise<string> {
  const seen: unknown[] = [];
  const words = [...WORDS, 'إعصار'];
  const queries: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      queries.push(`${words[i]} ${words[j]}`, `${words[j]} ${words[i]} -${words[(i + j) % words.length]}`);
      if (j + 1 < words.length) queries.push(`${words[i]} ${words[j]} ${words[j + 1]}`);
    }
  }
  for (const text of queries) {
    for (const options of [{ limit: 10, offset: 0, outletCountsUpTo: 1000 }, { limit: 5, offset: 5 }, { limit: 10, offset: 0, source: 'الوسط' }] as SearchOptions[]) {
      const page = search.search(parseQuery(text), options);
      seen.push([text, options, page.total, page.outlets, page.items.map((hit) => [hit.id, hit.score])]);
    }
  }
  return JSON.stringify(seen);
}

/**
 * An archive of `count` bulletins and two searches on read connections of their own: one plain,
 * one with head rankings worked out (every word in 5 bulletins or more).
 */
async function searchedArchive(name: string, count: number) {
  const path = join(dir, name);
  const store = new SqliteStore(path);
  await store.putArticles(Array.from({ length: count }, (_, i) => bulletin(i)));
  const connections = [new Database(path, { readonly: true }), new Database(path, { readonly: true })];
  const plain = new SqliteSearch(() => connections[0]);
  const warm = new SqliteSearch(() => connections[1], 5);
  await warm.warmHeadRankings();
  const close = async () => {
    warm.close();
    plain.close();
    for (const connection of connections) connection.close();
    await store.close();
  };
  return { path, store, plain, warm, close };
}

test('searches for several words ranked by summing kept ranks are bm25()\'s own, to the bit', async () => {
  const { plain, warm, close } = await searchedArchive('summed.db', 80);
  const expected = await severalWordPages(plain);
  assert.ok(expected.includes('إعصار'));
  assert.equal(await severalWordPages(warm), expected);
  await close();
});

test('a write between the kept ranks\' check and the search leaves the ranking to bm25(), not to ranks that miss the new row', async () => {
  const { path, plain, warm, close } = await searchedArchive('race.db', 40);
  const writeDb = new Database(path);
  // Another connection indexes a row holding both words just after the kept ranks were found current.
  const kept = (warm as unknown as { headRankings: { articleCounts: (keys: string[]) => number[] } }).headRankings;
  const counts = kept.articleCounts.bind(kept);
  kept.articleCounts = (keys) => {
    writeDb.prepare('INSERT INTO article_terms (rowid, title, body) VALUES (?, ?, ?)').run(9_999, 'امطار', 'رياح');
    kept.articleCounts = counts;
    return counts(keys);
  };
  const query = parseQuery('أمطار رياح');
  const page = warm.search(query, { limit: 100 });
  const expected = plain.search(query, { limit: 100 });
  assert.equal(page.total, expected.total);
  assert.deepEqual(page.items.map((hit) => [hit.id, hit.score]), expected.items.map((hit) => [hit.id, hit.score]));
  writeDb.close();
  await close();
});

test('one-word searches answered from head rankings are the SQL\'s own pages, before and after the archive changes', async () => {
  const { store, plain, warm, close } = await searchedArchive('head.db', 60);
  const usedHeadRankings = () => (warm as unknown as { headRankings: { rankings: Map<string, unknown> } }).headRankings.rankings.size;
  assert.ok(usedHeadRankings() >= WORDS.length, 'the test words are ranked ahead of time');
  assert.equal(await pages(warm), await pages(plain));

  // A write by another connection: the next search must see it, not the rankings worked out before.
  await store.putArticles(Array.from({ length: 15 }, (_, i) => bulletin(100 + i)));
  assert.equal(await pages(warm), await pages(plain));
  assert.equal(usedHeadRankings(), 0, 'the rankings were dropped');
  await warm.warmHeadRankings();
  assert.ok(usedHeadRankings() >= WORDS.length, 'and worked out again');
  assert.equal(await pages(warm), await pages(plain));
  await close();
});
