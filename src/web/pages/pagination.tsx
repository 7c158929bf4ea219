/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// Numbered pages: first, a window around the current page, last; previous and next as rel links.
import { MAX_PAGE } from '../../http/params.ts';
import { arabicNumber } from '../format.ts';

/** The page numbers to show, with 0 standing for a gap ("…"). */
export function pageWindow(page: number, pages: number, radius = 2): number[] {
  const last = Math.min(pages, MAX_PAGE);
  const shown: number[] = [];
  for (let p = 1; p <= last; p++) {
    if (p === 1 || p === last || Math.abs(p - page) <= radius) shown.push(p);
    else if (shown[shown.length - 1] !== 0) shown.push(0);
  }
  return shown;
}

export function Pagination({ page, pages, href, label }: { page: number; pages: number; href: (page: number) => string; label: string }) {
  const last = Math.min(pages, MAX_PAGE);
  if (last <= 1) return null;
  return (
    <nav class="pages" aria-label={label}>
      {page > 1 ? <a href={href(page - 1)} rel="prev">→ السابق</a> : null}
      <ul>
        {pageWindow(page, last).map((p) => (
          <li>
            {p === 0 ? <span aria-hidden="true">…</span>
              : p === page ? <span aria-current="page">{arabicNumber(p)}</span>
              : <a href={href(p)} aria-label={`صفحة ${arabicNumber(p)}`}>{arabicNumber(p)}</a>}
          </li>
        ))}
      </ul>
      {page < last ? <a href={href(page + 1)} rel="next">التالي ←</a> : null}
    </nav>
  );
}
