// The reader's search asks the store to count outlets while it ranks, and its facets then use
// those counts instead of a second pass over the index: the same counts, one pass fewer.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { parseQuery } from '../search/query.ts';
import type { Store } from '../store/port.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { ArchiveSearch, type FilteredSearch } from './search.ts';
import { fillTestArchive } from './testing/archive.ts';

const dir = mkdtempSync(join(tmpdir(), 'marsad-archive-search-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** The store with its searchFacets calls counted. */
function countingFacets(store: Store): { store: Store; facetPasses: () => number } {
  let passes = 0;
  const counted = Object.create(store) as Store;
  counted.searchFacets = (query, options) => {
    passes++;
    return store.searchFacets(query, options);
  };
  return { store: counted, facetPasses: () => passes };
}

test('facets of a second page of «أمطار غزيرة» come from the ranking pass, equal to the store facets', async () => {
  await fillTestArchive(join(dir, 'archive.db'));
  const sqlite = new SqliteStore(join(dir, 'archive.db'));
  const { store, facetPasses } = countingFacets(sqlite);
  const search = new ArchiveSearch(store);
  const params: FilteredSearch = { q: 'أمطار غزيرة', limit: 10, page: 2 };
  const answer = await search.search(params);
  assert.ok(answer.total > 10, 'the query has more than a page of hits');
  const facets = await search.facets(params, answer);
  assert.equal(facetPasses(), 0, 'no second pass for the facets');
  const expected = (await sqlite.searchFacets(parseQuery(params.q))).filter((f) => f.source !== '');
  assert.deepEqual(facets.counts, expected);
  await sqlite.close();
});
