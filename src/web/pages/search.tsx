/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// Search: the query, filters by outlet, date and entity, hit counts per outlet, highlighted
// snippets, numbered pages. A plain GET form: it works the same with JavaScript off.
import type { OutletFacets, SearchAnswer } from '../../http/search.ts';
import type { SearchParams } from '../../http/params.ts';
import type { EntitySummary, SourceCount } from '../../store/port.ts';
import { arabicNumber, countNoun, RESULT_FORMS } from '../format.ts';
import { Layout } from '../layout.tsx';
import { entityHref, withQuery } from '../links.ts';
import { ArticleList } from './article-list.tsx';
import { Pagination } from './pagination.tsx';

export interface SearchPageProps {
  params: SearchParams;
  answer: SearchAnswer;
  facets: OutletFacets;
  sources: SourceCount[];
  entity?: EntitySummary;
}

export function searchHref(params: Partial<SearchParams>, changes: Partial<SearchParams> = {}): string {
  const merged = { ...params, ...changes };
  return withQuery('/search', { q: merged.q, source: merged.source, from: merged.from, to: merged.to, entity: merged.entity, page: merged.page });
}

function Filters({ params, sources, entity }: Pick<SearchPageProps, 'params' | 'sources' | 'entity'>) {
  return (
    <form class="filters" action="/search" method="get" aria-label="تصفية النتائج">
      <input type="hidden" name="q" value={params.q} />
      {params.entity ? <input type="hidden" name="entity" value={params.entity} /> : null}
      <label for="f-source">المصدر</label>
      <select id="f-source" name="source">
        <option value="">كل المصادر</option>
        {sources.filter((s) => s.source).map((s) => (
          <option value={s.source} selected={s.source === params.source}>{s.source}</option>
        ))}
      </select>
      <label for="f-from">من تاريخ</label>
      <input id="f-from" type="date" name="from" value={params.from?.slice(0, 10) ?? ''} />
      <label for="f-to">إلى تاريخ</label>
      <input id="f-to" type="date" name="to" value={params.to?.slice(0, 10) ?? ''} />
      <button type="submit">تصفية</button>
      {entity ? (
        <p class="chip-line">مقيّد بمن ذكر <a href={entityHref(entity.id)}>{entity.canonical}</a>
          {' '}<a href={searchHref(params, { entity: undefined, page: 1 })}>إزالة هذا القيد</a></p>
      ) : null}
    </form>
  );
}

function Facets({ params, facets }: Pick<SearchPageProps, 'params' | 'facets'>) {
  if (!facets.counts || facets.counts.length === 0) return null;
  return (
    <section class="facets" aria-labelledby="facets">
      <h2 id="facets">النتائج حسب المصدر</h2>
      <ul>
        {params.source ? <li><a href={searchHref(params, { source: undefined, page: 1 })}>كل المصادر</a></li> : null}
        {facets.counts.map((f) => (
          <li>
            {f.source === params.source
              ? <span aria-current="true">{f.source}</span>
              : <a href={searchHref(params, { source: f.source, page: 1 })}>{f.source}</a>}
            {' '}<span class="count">{arabicNumber(f.articles)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function SearchPage({ params, answer, facets, sources, entity }: SearchPageProps) {
  const { q, page, limit } = params;
  const pages = Math.ceil(answer.total / limit);
  const hasQuery = q.trim() !== '';
  return (
    <Layout title={hasQuery ? `بحث: ${q}` : 'بحث'} query={q}>
      <h1>{hasQuery ? <>نتائج البحث عن «{q}»</> : 'ابحث في الأرشيف'}</h1>
      {hasQuery ? <Filters params={params} sources={sources} entity={entity} /> : (
        <p>اكتب كلمة أو أكثر في مربع البحث. الإملاء لا يهم: «أسامة» و«اسامه» سواء. ضع عبارة بين علامتي تنصيص لتطابقها كما هي، وضع علامة ناقص قبل كلمة لاستبعادها.</p>
      )}
      {hasQuery ? (
        <p class="meta" role="status">
          {countNoun(answer.total, RESULT_FORMS)}
          {pages > 1 ? <> · صفحة {arabicNumber(page)} من {arabicNumber(pages)}</> : null}
          {answer.truncated ? ' (بين أفضل النتائج ترتيبًا)' : null}
        </p>
      ) : null}
      <Facets params={params} facets={facets} />
      {hasQuery && answer.hits.length > 0 ? (
        <section aria-labelledby="results">
          <h2 id="results" class="visually-hidden">النتائج</h2>
          <ArticleList start={(page - 1) * limit + 1} items={answer.hits.map((h) => ({ ...h, snippetHtml: h.snippet }))} />
        </section>
      ) : null}
      {hasQuery && answer.hits.length === 0 && answer.total > 0 ? (
        <p>لا نتائج في هذه الصفحة. <a href={searchHref(params, { page: 1 })}>العودة إلى الصفحة الأولى</a></p>
      ) : null}
      <Pagination page={page} pages={pages} label="صفحات النتائج" href={(p) => searchHref(params, { page: p })} />
    </Layout>
  );
}
