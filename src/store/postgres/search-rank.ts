// BM25 on PostgreSQL, computed as SQLite's FTS5 computes it (fts5_aux.c), so both stores rank the
// same rows in the same order:
//   score = Σ over the query's phrases of idf × f × (k1 + 1) / (f + k1 × (1 − b + b × len / avglen))
//   idf   = ln((N − n + 0.5) / (n + 0.5)), at least 1e-6; N rows, n rows holding the phrase
//   f     = TITLE_WEIGHT × hits in the title + BODY_WEIGHT × hits in the body; len in tokens
// N, avglen and each idf are collection-wide figures, found before the ranking query and bound
// into it as parameters: that also keeps ranking exact when the rows are spread over shards.
import type { SearchPlan } from './search-index.ts';
import { BODY_WEIGHT, TITLE_WEIGHT } from './search-index.ts';
import type { Params } from './sql.ts';

const K1 = 1.2;
const B = 0.75;
/** FTS5's floor for the IDF of a phrase found in more than half the rows. */
const MIN_IDF = 1e-6;

export function idf(rows: number, holding: number): number {
  const value = Math.log((rows - holding + 0.5) / (holding + 0.5));
  return value > 0 ? value : MIN_IDF;
}

/**
 * The BM25 score of a row of article_terms `t`, as an SQL expression. A single token's frequency
 * comes from the tf map (absent means 1: one body hit), a phrase's from its positions. Each term
 * is written f(k1+1)/(f+K) = (k1+1)(1 − K/(f+K)), so that f is computed once.
 */
export function bm25Expression(plan: SearchPlan, idfs: number[], avgdl: number, params: Params): string {
  const saturation = `${K1} * (1.0 - ${B} + ${B} * t.doc_len / ${params.add(avgdl)}::float8)`;
  return plan.scored.map((phrase, i) => {
    let frequency = phrase.tokens.length === 1
      ? `coalesce((t.tf ->> ${params.add(phrase.tokens[0])})::float8, 1.0)`
      : `marsad_phrase_freq(t.terms, ${params.add(phrase.tokens)}::text[], ${TITLE_WEIGHT}, ${BODY_WEIGHT})`;
    // With OR, a row may lack the phrase: its frequency is then 0.
    if (plan.mode === 'any') frequency = `CASE WHEN t.terms @@ ${params.add(phrase.query)}::tsquery THEN ${frequency} ELSE 0.0 END`;
    return `${params.add(idfs[i])}::float8 * ${K1 + 1} * (1.0 - ${saturation} / (${frequency} + ${saturation}))`;
  }).join(' + ');
}
