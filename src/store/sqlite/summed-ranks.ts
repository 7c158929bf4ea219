// BM25 of a search for several words, worked out as the sum of each word's own BM25.
//
// FTS5's bm25() is a sum over the query's phrases: for each, an IDF (from how many rows hold it,
// counted by walking its whole postings list) times a part made of its weighted count in the row
// and the row's length. That part, times that IDF, is the row's rank for the phrase searched alone
// (negated), so a row's rank for «A B» is the sum of its ranks for A and for B, added in the query's
// order from 0 as FTS5 adds them: the same double, to the bit (summed-ranks.test.ts checks it against
// bm25() itself). An excluded word adds 0 to every row that matches. The server keeps every row's
// rank for each common word (head-rankings.ts), so the walk that makes bm25() dear is not done per query.
import type { AllHits } from './all-hits.ts';
import type { KeyRanks } from './head-rankings.ts';

/** The rank of `rowid` in a key's ranks (rowids ascending); the hits of an AND hold every key. */
function rankIn(ranks: KeyRanks, rowid: number): number {
  const { rowids } = ranks;
  let low = 0;
  let high = rowids.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = rowids[middle];
    if (found === rowid) return ranks.ranks[middle];
    if (found < rowid) low = middle + 1;
    else high = middle - 1;
  }
  throw new Error(`summed ranks: hit ${rowid} is not among a searched word's rows (index changed mid-search?)`);
}

/**
 * The hits ranked as bm25() over all `perKey` words would rank them, in the search's order: lower
 * rank first, then the newer (higher) rowid. `perKey` is in the order the words stand in the MATCH
 * expression.
 */
export function summedRanking(hits: readonly number[], perKey: readonly KeyRanks[]): AllHits {
  const summed = hits.map((rowid) => {
    let score = 0;
    // bm25() gives -score; each word's own rank is -(its part), so its part is -rank.
    for (const ranks of perKey) score += -rankIn(ranks, rowid);
    return -score;
  });
  const order = hits.map((_, i) => i).sort((a, b) => summed[a] - summed[b] || hits[b] - hits[a]);
  return { rowids: order.map((i) => hits[i]), ranks: order.map((i) => summed[i]) };
}
