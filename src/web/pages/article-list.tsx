// A list of articles (home, search results, an outlet, an entity): headline, outlet, date, and a
// highlighted snippet when searching. Written as a string (see ../html.ts): a search page is ten
// of these, and it is the page asked for most.
import { raw } from 'hono/html';
import { arabicDate } from '../format.ts';
import { attribute, escapeHtml } from '../html.ts';
import { articleHref } from '../links.ts';
import { allowOnlyMarks } from '../sanitize.ts';
import { outletName } from '../outlets.ts';

export interface ListedArticle {
  id: string;
  title: string;
  source?: string;
  publishedAt?: string;
  firstSeenAt?: string;
  /** Already-escaped HTML with <mark> around hits (src/search/snippet.ts escapes the text). */
  snippetHtml?: string;
  standfirst?: string;
}

function listedArticleHtml(item: ListedArticle): string {
  const date = item.publishedAt ?? item.firstSeenAt;
  // In <bdi>: a Latin outlet slug next to Arabic would otherwise pull the "·" into its own direction.
  const source = item.source ? `<bdi>${escapeHtml(outletName(item.source))}</bdi>` : '';
  // A stored date that does not parse is shown as no date, never as an empty <time> after a "·".
  const shown = arabicDate(date);
  const time = shown ? `<time${attribute('datetime', date!)}>${escapeHtml(shown)}</time>` : '';
  // The snippet is the one piece of HTML put in as HTML, and only its <mark> tags survive.
  const snippet = item.snippetHtml !== undefined ? `<p class="snippet">${allowOnlyMarks(item.snippetHtml)}</p>`
    : item.standfirst ? `<p class="snippet">${escapeHtml(item.standfirst)}</p>` : '';
  return `<li><h3><a${attribute('href', articleHref(item.id))}>${escapeHtml(item.title)}</a></h3>`
    + `<p class="meta">${source}${item.source && time ? ' · ' : ''}${time}</p>${snippet}</li>`;
}

export function articleListHtml(items: readonly ListedArticle[], start = 1): string {
  let html = `<ol class="articles" start="${start}">`;
  for (const item of items) html += listedArticleHtml(item);
  return `${html}</ol>`;
}

export function ArticleList({ items, start = 1 }: { items: ListedArticle[]; start?: number }) {
  return raw(articleListHtml(items, start));
}
