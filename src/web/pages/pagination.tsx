// Numbered pages: first, a window around the current page, last; previous and next as rel links.
// Written as a string (see ../html.ts), like the article lists it sits under.
import { raw } from 'hono/html';
import { MAX_PAGE } from '../../http/params.ts';
import { arabicNumber } from '../format.ts';
import { attribute, escapeHtml } from '../html.ts';

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

export interface PaginationProps {
  page: number;
  pages: number;
  href: (page: number) => string;
  label: string;
}

/** Empty when everything fits on one page. */
export function paginationHtml({ page, pages, href, label }: PaginationProps): string {
  const last = Math.min(pages, MAX_PAGE);
  if (last <= 1) return '';
  let html = `<nav class="pages"${attribute('aria-label', label)}>`;
  if (page > 1) html += `<a${attribute('href', href(page - 1))} rel="prev">→ السابق</a>`;
  html += '<ul>';
  for (const p of pageWindow(page, last)) {
    const number = escapeHtml(arabicNumber(p));
    html += p === 0 ? '<li><span aria-hidden="true">…</span></li>'
      : p === page ? `<li><span aria-current="page">${number}</span></li>`
      : `<li><a${attribute('href', href(p))}${attribute('aria-label', `صفحة ${arabicNumber(p)}`)}>${number}</a></li>`;
  }
  html += '</ul>';
  if (page < last) html += `<a${attribute('href', href(page + 1))} rel="next">التالي ←</a>`;
  return `${html}</nav>`;
}

export function Pagination(props: PaginationProps) {
  return raw(paginationHtml(props));
}
