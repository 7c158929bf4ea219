import type { SearchHit } from '../../search/service.ts';
import type { SourceCount } from '../../store/port.ts';
import { countNoun, RESULT_FORMS } from '../format.ts';
import { Layout } from '../layout.tsx';
import { ArticleList } from './article-list.tsx';

export interface SearchPageProps {
  query: string;
  total: number;
  hits: SearchHit[];
  page: number;
  pageSize: number;
  source?: string;
  from?: string;
  to?: string;
  sources: SourceCount[];
  message?: string;
}

function pageHref(props: SearchPageProps, page: number): string {
  const params = new URLSearchParams({ q: props.query });
  if (props.source) params.set('source', props.source);
  if (props.from) params.set('from', props.from);
  if (props.to) params.set('to', props.to);
  if (page > 1) params.set('page', String(page));
  return `/search?${params.toString()}`;
}

export function SearchPage(props: SearchPageProps) {
  const { query, total, hits, page, pageSize } = props;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Layout title={query ? `بحث: ${query}` : 'بحث'} query={query}>
      <h1>{query ? <>نتائج البحث عن «{query}»</> : 'ابحث في الأرشيف'}</h1>
      <form class="filters" action="/search" method="get" aria-label="تصفية النتائج">
        <input type="hidden" name="q" value={query} />
        <label>المصدر
          <select name="source">
            <option value="">كل المصادر</option>
            {props.sources.filter((s) => s.source).map((s) => (
              <option value={s.source} selected={s.source === props.source}>{s.source} ({s.articles})</option>
            ))}
          </select>
        </label>
        <label>من تاريخ<input type="date" name="from" value={props.from ?? ''} /></label>
        <label>إلى تاريخ<input type="date" name="to" value={props.to ?? ''} /></label>
        <button type="submit">تصفية</button>
      </form>
      {props.message ? <p role="alert">{props.message}</p> : null}
      {query ? <p class="meta" role="status">{countNoun(total, RESULT_FORMS)}</p> : null}
      <ArticleList start={(page - 1) * pageSize + 1} items={hits.map((h) => ({ ...h, snippetHtml: h.snippet }))} />
      {pages > 1 ? (
        <nav class="pages" aria-label="صفحات النتائج">
          {page > 1 ? <a href={pageHref(props, page - 1)} rel="prev">→ السابق</a> : <span />}
          <span class="meta">صفحة {page} من {pages}</span>
          {page < pages ? <a href={pageHref(props, page + 1)} rel="next">التالي ←</a> : <span />}
        </nav>
      ) : null}
    </Layout>
  );
}
