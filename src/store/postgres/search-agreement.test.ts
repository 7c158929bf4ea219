// SQLite (FTS5 BM25) and PostgreSQL (our BM25 over the same tokens) given the same articles must
// return the same top results. Queries are made from the sample's own titles: single words, bags
// of words, two-word phrases and exclusions.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseQuery } from '../../search/query.ts';
import { isStopWord, searchKey } from '../../text/index.ts';
import { requirePostgres, startTestPostgres, type TestPostgres } from '../pg-test-server.ts';
import type { ArticleToStore, Store } from '../port.ts';
import { SqliteStore } from '../sqlite/sqlite-store.ts';
import { PostgresStore } from './postgres-store.ts';
import { prepareSample, requireSample } from './test-data.ts';

const TOP = 5;
const QUERY_TITLES = 40;
const BATCH = 250;

function isContentWord(word: string): boolean {
  const key = searchKey(word);
  return word.length > 2 && key !== '' && !isStopWord(key);
}

/** Two words standing next to each other in the title, both content words: a phrase that occurs. */
function adjacentPair(title: string): string | undefined {
  const words = title.split(/\s+/);
  for (let i = 0; i + 1 < words.length; i++) {
    if (isContentWord(words[i]) && isContentWord(words[i + 1])) return `${words[i]} ${words[i + 1]}`;
  }
  return undefined;
}

/** Four kinds of query from titles spread over the sample. */
function queriesFrom(items: ArticleToStore[]): string[] {
  const queries: string[] = [];
  const step = Math.max(1, Math.floor(items.length / QUERY_TITLES));
  for (let i = 0; i < items.length; i += step) {
    const title = items[i].article.title;
    const words = title.split(/\s+/).filter(isContentWord);
    const pair = adjacentPair(title);
    if (words.length < 3 || !pair) continue;
    queries.push(words[0], `${words[1]} ${words[2]}`, `"${pair}"`, `${words[0]} -${words[2]}`);
  }
  return queries;
}

async function fill(store: Store, items: ArticleToStore[]): Promise<void> {
  for (let i = 0; i < items.length; i += BATCH) await store.putArticles(items.slice(i, i + BATCH));
}

const skip = requirePostgres().skip || requireSample().skip;

describe('search agreement between SQLite and PostgreSQL', { skip }, () => {
  let server: TestPostgres;
  let dir: string;
  let sqlite: SqliteStore;
  let postgres: PostgresStore;
  let queries: string[];

  before(async () => {
    const items = await prepareSample();
    queries = queriesFrom(items);
    dir = mkdtempSync(join(tmpdir(), 'marsad-agree-'));
    sqlite = new SqliteStore(join(dir, 'agree.db'));
    server = await startTestPostgres();
    postgres = await PostgresStore.open(server.url);
    await fill(sqlite, items);
    await fill(postgres, items);
  });
  after(async () => {
    await sqlite?.close();
    await postgres?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the same top-5 articles, the same totals and the same scores for every test query', async (t) => {
    assert.ok(queries.length >= 100, `only ${queries.length} queries could be made from the sample`);
    const disagreements: string[] = [];
    let sameTop = 0;
    let withHits = 0;
    for (const q of queries) {
      const parsed = parseQuery(q);
      const [a, b] = await Promise.all([sqlite.search(parsed, { limit: TOP }), postgres.search(parsed, { limit: TOP })]);
      const idsA = a.items.map((h) => h.id);
      const idsB = b.items.map((h) => h.id);
      const scoresAgree = a.items.every((h, i) => Math.abs(h.score - (b.items[i]?.score ?? NaN)) <= 1e-9 * Math.max(1, Math.abs(h.score)));
      if (idsA.join() === idsB.join()) sameTop++;
      if (a.total > 0) withHits++;
      if (idsA.join() !== idsB.join() || a.total !== b.total || !scoresAgree) {
        disagreements.push(`${q}: SQLite total ${a.total} top ${idsA.join(',')} scores ${a.items.map((h) => h.score.toFixed(4)).join(',')}` +
          ` | PostgreSQL total ${b.total} top ${idsB.join(',')} scores ${b.items.map((h) => h.score.toFixed(4)).join(',')}`);
      }
    }
    t.diagnostic(`top-${TOP} agreement: ${sameTop}/${queries.length} queries identical (${withHits} with hits)`);
    assert.ok(withHits >= queries.length * 0.9, `only ${withHits} of ${queries.length} queries found anything: a weak comparison`);
    assert.deepEqual(disagreements, [], 'help: ranking lives in src/store/postgres/schema.ts (marsad_phrase_freq), search-rank.ts and search-index.ts');
  });
});
