// SQL pieces the SQLite store's listing and its search share: the filters, the summary columns,
// the bounds on limits and offsets, and the BM25 weights.
import type { ListOptions } from '../port.ts';
import { dateBound } from '../dates.ts';

export { clampLimit, clampOffset } from '../limits.ts';

/** Title terms weigh more than body terms in BM25. */
export const TITLE_WEIGHT = 3.0;
export const BODY_WEIGHT = 1.0;

/** WHERE clauses and parameters for the list/search filters; values are always bound, never spliced. */
export function filterClauses(options: ListOptions): { sql: string[]; params: unknown[] } {
  const sql: string[] = [];
  const params: unknown[] = [];
  if (options.source) { sql.push('a.source = ?'); params.push(options.source); }
  if (options.from) { sql.push('a.sort_date >= ?'); params.push(dateBound(options.from, 'from')); }
  if (options.to) { sql.push('a.sort_date <= ?'); params.push(dateBound(options.to, 'to')); }
  return { sql, params };
}

export const SUMMARY_COLUMNS = `a.id, a.title, a.source, a.url, a.published_at AS publishedAt,
  a.first_seen_at AS firstSeenAt, a.standfirst, a.dateline`;

export function cleanSummary<T extends object>(row: T): T {
  for (const key of Object.keys(row) as (keyof T)[]) if (row[key] === null) delete row[key];
  return row;
}
