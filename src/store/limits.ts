// The bounds every store puts on a page: a limit of at most MAX_LIMIT rows, an offset of at most a
// million (past that, filters narrow a listing better than paging does).

const MAX_LIMIT = 1000;
const MAX_OFFSET = 1_000_000;

export function clampLimit(limit: number | undefined, fallback: number): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback;
  return Math.max(0, Math.min(MAX_LIMIT, Math.floor(limit)));
}

export function clampOffset(offset: number | undefined): number {
  if (offset === undefined || !Number.isFinite(offset) || offset < 0) return 0;
  return Math.min(Math.floor(offset), MAX_OFFSET);
}
