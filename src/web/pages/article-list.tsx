/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// A list of articles (home, search results, an outlet, an entity): headline, outlet, date, and a
// highlighted snippet when searching.
import { raw } from 'hono/html';
import { arabicDate } from '../format.ts';
import { articleHref } from '../links.ts';
import { allowOnlyMarks } from '../sanitize.ts';

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

export function ArticleList({ items, start = 1 }: { items: ListedArticle[]; start?: number }) {
  return (
    <ol class="articles" start={start}>
      {items.map((item) => {
        const date = item.publishedAt ?? item.firstSeenAt;
        return (
          <li>
            <h3><a href={articleHref(item.id)}>{item.title}</a></h3>
            <p class="meta">
              {item.source ?? null}
              {item.source && date ? ' · ' : null}
              {date ? <time datetime={date}>{arabicDate(date)}</time> : null}
            </p>
            {item.snippetHtml !== undefined
              ? <p class="snippet">{raw(allowOnlyMarks(item.snippetHtml))}</p>
              : item.standfirst ? <p class="snippet">{item.standfirst}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
