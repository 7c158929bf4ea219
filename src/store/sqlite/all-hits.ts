// Every hit of a query, ranked, from one pass over the search index. A page at a time costs up to
// three passes: one ranks (keeping the best few), one counts when the page is full, and one lists
// the hits for the outlet facets. For a query of several keys, counting walks the keys' shared
// postings again, which costs about as much as ranking them; one pass that hands back the whole
// ranked list gives the total (its length), the page (a slice) and the facets (its rowids).
//
// SQLite sorts (ORDER BY rank, rowid DESC: the page-at-a-time order) and hands the list over as
// two JSON arrays, rowids and ranks: a row per hit into JavaScript cost more than the pass itself.
// JSON keeps a double exactly (17 significant digits), so the scores are the ranking's own.

/** The ranked hits: rowids[i] is the i-th best, ranks[i] its BM25 rank (lower is better). */
export interface AllHits {
  rowids: number[];
  ranks: number[];
}

/** True when hit a comes before hit b: lower rank first, then the newer (higher) rowid. */
function before(rankA: number, rowidA: number, rankB: number, rowidB: number): boolean {
  return rankA < rankB || (rankA === rankB && rowidA > rowidB);
}

/**
 * The two arrays a ranking aggregate returned. SQLite gives an aggregate its rows in the order its
 * subquery sorted them, but no document promises that, so the order is checked (one comparison a
 * hit) and the hits are sorted here if it ever does not hold.
 */
export function allHitsFromJson(rowidsJson: string, ranksJson: string): AllHits {
  const rowids = JSON.parse(rowidsJson) as number[];
  const ranks = JSON.parse(ranksJson) as number[];
  if (rowids.length !== ranks.length) throw new Error(`ranked hits: ${rowids.length} rowids but ${ranks.length} ranks`);
  for (let i = 1; i < rowids.length; i++) {
    if (!before(ranks[i - 1], rowids[i - 1], ranks[i], rowids[i])) return sortedHits(rowids, ranks);
  }
  return { rowids, ranks };
}

function sortedHits(rowids: number[], ranks: number[]): AllHits {
  const order = rowids.map((_, i) => i).sort((a, b) => ranks[a] - ranks[b] || rowids[b] - rowids[a]);
  return { rowids: order.map((i) => rowids[i]), ranks: order.map((i) => ranks[i]) };
}

/** How many keys and phrases a hit must hold: with more than one, counting costs as much as ranking. */
export function requiredClauses(query: { terms: readonly string[]; phrases: readonly string[][] }): number {
  return query.terms.length + query.phrases.length;
}
