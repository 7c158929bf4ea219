/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// Browsing pages: outlets, articles by outlet and date, entities, stories.
import type { ListParams, EntityListParams, StoryParams } from '../../http/params.ts';
import { ENTITY_TYPES } from '../../http/params.ts';
import type { ArticleSummary, EntitySummary, Page, SourceCount, StorySummary } from '../../store/port.ts';
import { arabicDate, arabicNumber, ARTICLE_FORMS, countNoun, ENTITY_TYPE_NAMES, MENTION_FORMS, OUTLET_FORMS } from '../format.ts';
import { Layout } from '../layout.tsx';
import { entityHref, outletHref, withQuery } from '../links.ts';
import { ArticleList } from './article-list.tsx';
import { Pagination } from './pagination.tsx';
import { StoryList } from './story-list.tsx';
import { outletName } from '../outlets.ts';

export function OutletsPage({ sources }: { sources: SourceCount[] }) {
  const named = sources.filter((s) => s.source !== '');
  return (
    <Layout title="المصادر" section="outlets">
      <h1>المصادر</h1>
      {named.length > 0 ? <p class="meta">{countNoun(named.length, OUTLET_FORMS)} في الأرشيف.</p> : null}
      {named.length === 0 ? <p>لا مصادر بعد. أضف أخبارًا بالأمر <code dir="ltr">marsad ingest PATH --source NAME</code>.</p> : (
        <table class="outlets">
          <caption class="visually-hidden">المصادر وعدد مقالات كل منها</caption>
          <thead><tr><th scope="col">المصدر</th><th scope="col">المقالات</th></tr></thead>
          <tbody>
            {named.map((s) => <tr><td><a href={outletHref(s.source)}><bdi>{outletName(s.source)}</bdi></a></td><td>{arabicNumber(s.articles)}</td></tr>)}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

export function ArticlesPage({ params, page }: { params: ListParams; page: Page<ArticleSummary> }) {
  const filtered = Boolean(params.source || params.from || params.to);
  const dates = [params.from ? `من ${arabicDate(params.from)}` : '', params.to ? `إلى ${arabicDate(params.to)}` : ''].filter(Boolean).join(' ');
  const title = [params.source ? `مقالات ${params.source}` : filtered ? 'المقالات' : 'كل المقالات', dates].filter(Boolean).join(' ');
  return (
    <Layout title={title} section={params.source ? 'outlets' : 'home'}>
      <h1>{params.source ? <>مقالات <bdi>{outletName(params.source)}</bdi>{dates ? ` ${dates}` : null}</> : title}</h1>
      <p class="meta" role="status">{page.total === 0
        ? (filtered ? 'لا مقالات تطابق هذا الاختيار.' : 'لا مقالات في الأرشيف بعد.')
        : `${countNoun(page.total, ARTICLE_FORMS)}، الأحدث أولًا.`}</p>
      <section aria-labelledby="list">
        <h2 id="list" class="visually-hidden">المقالات</h2>
        <ArticleList items={page.items} start={(params.page - 1) * params.limit + 1} />
      </section>
      <Pagination page={params.page} pages={Math.ceil(page.total / params.limit)} label="صفحات المقالات"
        href={(p) => withQuery('/articles', { source: params.source, from: params.from, to: params.to, page: p })} />
    </Layout>
  );
}

export function EntitiesPage({ params, page }: { params: EntityListParams; page: Page<EntitySummary> }) {
  return (
    <Layout title="الأعلام" section="entities">
      <h1>الأعلام: أشخاص ومؤسسات وأماكن</h1>
      <form class="filters" action="/entities" method="get" aria-label="تصفية الأعلام">
        <label for="e-name">الاسم</label>
        <input id="e-name" type="search" name="name" value={params.name ?? ''} maxlength={200} />
        <label for="e-type">النوع</label>
        <select id="e-type" name="type">
          <option value="">الكل</option>
          {ENTITY_TYPES.map((t) => <option value={t} selected={t === params.type}>{ENTITY_TYPE_NAMES[t]}</option>)}
        </select>
        <button type="submit">عرض</button>
      </form>
      {page.total === 0 ? (
        <p>{params.name || params.type ? 'لا أعلام تطابق هذا البحث.' : 'لم يُستخرج أي علم بعد: تظهر الأعلام هنا حين يحلّل مرصد المقالات ويتعرف على الأسماء فيها.'}</p>
      ) : (
        <section aria-labelledby="entity-list">
          <h2 id="entity-list" class="visually-hidden">القائمة</h2>
          <ol class="entities" start={(params.page - 1) * params.limit + 1}>
            {page.items.map((e) => (
              <li><a href={entityHref(e.id)}>{e.canonical}</a> <span class="meta">{ENTITY_TYPE_NAMES[e.type] ?? e.type} · {countNoun(e.mentions, MENTION_FORMS)}</span></li>
            ))}
          </ol>
        </section>
      )}
      <Pagination page={params.page} pages={Math.ceil(page.total / params.limit)} label="صفحات الأعلام"
        href={(p) => withQuery('/entities', { name: params.name, type: params.type, page: p })} />
    </Layout>
  );
}

export function StoriesPage({ params, page }: { params: StoryParams; page: Page<StorySummary> }) {
  return (
    <Layout title="القصص" section="stories">
      <h1>القصص</h1>
      <p class="meta">القصة مجموعة مقالات عن الحدث نفسه من مصادر مختلفة، الأكبر أولًا.</p>
      {page.total === 0 ? <p>لا قصص بعد: تظهر هنا حين يجمع مرصد المقالات المتشابهة في قصص.</p> : (
        <section aria-labelledby="story-list">
          <h2 id="story-list" class="visually-hidden">القائمة</h2>
          <StoryList stories={page.items} />
        </section>
      )}
      <Pagination page={params.page} pages={Math.ceil(page.total / params.limit)} label="صفحات القصص"
        href={(p) => withQuery('/stories', { since: params.since, page: p })} />
    </Layout>
  );
}
