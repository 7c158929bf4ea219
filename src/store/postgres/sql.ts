// Small SQL helpers shared by the PostgreSQL store's readers.
import { dateBound } from '../dates.ts';
import type { ListOptions } from '../port.ts';

export { clampLimit, clampOffset } from '../limits.ts';

/** PostgreSQL folds unquoted names to lower case: camelCase aliases are quoted. */
export const SUMMARY_COLUMNS = `a.id, a.title, a.source, a.url, a.published_at AS "publishedAt",
  a.first_seen_at AS "firstSeenAt", a.standfirst, a.dateline`;

export function dropNulls<T extends object>(row: T): T {
  for (const key of Object.keys(row) as (keyof T)[]) if (row[key] === null) delete row[key];
  return row;
}

/** WHERE clauses for the list/search filters, numbered from `first`; values are bound, never spliced. */
export function filterClauses(options: ListOptions, first: number): { sql: string[]; params: unknown[] } {
  const sql: string[] = [];
  const params: unknown[] = [];
  const next = () => `$${first + params.length}`;
  if (options.source) { sql.push(`a.source = ${next()}`); params.push(options.source); }
  if (options.from) { sql.push(`a.sort_date >= ${next()}`); params.push(dateBound(options.from, 'from')); }
  if (options.to) { sql.push(`a.sort_date <= ${next()}`); params.push(dateBound(options.to, 'to')); }
  return { sql, params };
}

/** Numbered placeholders for a growing parameter list: values are always bound, never spliced. */
export class Params {
  constructor(readonly values: unknown[] = []) {}
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
