// Date handling shared by the stores: every article gets a UTC ISO sort date (publication date,
// else first seen) so that string order is time order, and --from/--to bounds compare against it.
import { MarsadError } from '../core/errors.ts';
import type { Article } from '../core/types.ts';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function toIso(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

export function toSortDate(article: Article): string {
  return toIso(article.publishedAt) ?? toIso(article.firstSeenAt) ?? new Date().toISOString();
}

/** A user's --from/--to value as an inclusive bound: a bare day in --to means the whole day. */
export function dateBound(value: string, side: 'from' | 'to'): string {
  const trimmed = value.trim();
  if (DATE_ONLY.test(trimmed)) {
    return side === 'from' ? `${trimmed}T00:00:00.000Z` : `${trimmed}T23:59:59.999Z`;
  }
  const iso = toIso(trimmed);
  if (!iso) throw new MarsadError('usage', `--${side} wants a date like 2015-07-21, got ${JSON.stringify(value)}`);
  return iso;
}
