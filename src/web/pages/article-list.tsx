// A list of articles (home, search results): headline, outlet, date, and a snippet when searching.
import { raw } from 'hono/html';
import { arabicDate } from '../format.ts';

export interface ListedArticle {
  id: string;
  title: string;
  source?: string;
  publishedAt?: string;
  firstSeenAt?: string;
  /** Already-escaped HTML with <mark> around hits (src/search/snippet.ts). */
  snippetHtml?: string;
  standfirst?: string;
}

export function ArticleList({ items, start = 1 }: { items: ListedArticle[]; start?: number }) {
  return (
    <ol class="articles" start={start}>
      {items.map((item) => (
        <li>
          <h3><a href={`/articles/${encodeURIComponent(item.id)}`}>{item.title}</a></h3>
          <div class="meta">
            {[item.source, arabicDate(item.publishedAt ?? item.firstSeenAt)].filter(Boolean).join(' · ')}
          </div>
          {item.snippetHtml !== undefined
            ? <p class="snippet">{raw(item.snippetHtml)}</p>
            : item.standfirst ? <p class="snippet">{item.standfirst}</p> : null}
        </li>
      ))}
    </ol>
  );
}
