// Search: the query, filters by outlet, date and entity, hit counts per outlet, highlighted
// snippets, numbered pages. A plain GET form: it works the same with JavaScript off.
// Written as strings (see ../html.ts): it is the page asked for most, with the most distinct URLs.
import type { OutletFacets, SearchAnswer } from '../../http/search.ts';
import type { SearchParams } from '../../http/params.ts';
import type { EntitySummary, SourceCount } from '../../store/port.ts';
import { arabicNumber, countNoun, RESULT_FORMS } from '../format.ts';
import { attribute, escapeHtml } from '../html.ts';
import { framedPage } from '../layout.tsx';
import { entityHref, withQuery } from '../links.ts';
import { articleListHtml } from './article-list.tsx';
import { paginationHtml } from './pagination.tsx';
import { outletName } from '../outlets.ts';

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

/** One `key=value` as URLSearchParams writes it (what withQuery builds on), or nothing for no value. */
function queryPart(key: string, value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : new URLSearchParams([[key, value]]).toString();
}

/**
 * The page's links that change only the outlet or the page number (facets, page numbers): what
 * searchHref gives, with the query, dates and entity encoded once per page instead of once a link
 * (a results page has twenty-odd such links, and encoding an Arabic query was a third of its render).
 */
export function searchLinks(params: Partial<SearchParams>): (changes: { source?: string; page?: number }) => string {
  const q = queryPart('q', params.q);
  const rest = [queryPart('from', params.from), queryPart('to', params.to), queryPart('entity', params.entity)];
  return ({ source, page }) => {
    const parts = [q, queryPart('source', source), ...rest, page === undefined || page === 1 ? undefined : `page=${page}`]
      .filter((part) => part !== undefined);
    return parts.length > 0 ? `/search?${parts.join('&')}` : '/search';
  };
}

function filtersHtml({ params, sources, entity }: Pick<SearchPageProps, 'params' | 'sources' | 'entity'>): string {
  let options = '<option value="">كل المصادر</option>';
  for (const { source } of sources) {
    if (source) options += `<option${attribute('value', source)}${source === params.source ? ' selected=""' : ''}>${escapeHtml(outletName(source))}</option>`;
  }
  const restriction = entity
    ? `<p class="chip-line">مقيّد بمن ذكر <a${attribute('href', entityHref(entity.id))}>${escapeHtml(entity.canonical)}</a>`
      + ` <a${attribute('href', searchHref(params, { entity: undefined, page: 1 }))}>إزالة هذا القيد</a></p>`
    : '';
  return '<form class="filters" action="/search" method="get" aria-label="تصفية النتائج">'
    + `<input type="hidden" name="q"${attribute('value', params.q)}/>`
    + (params.entity ? `<input type="hidden" name="entity"${attribute('value', params.entity)}/>` : '')
    + `<label for="f-source">المصدر</label><select id="f-source" name="source">${options}</select>`
    + `<label for="f-from">من تاريخ</label><input id="f-from" type="date" name="from"${attribute('value', params.from?.slice(0, 10) ?? '')}/>`
    + `<label for="f-to">إلى تاريخ</label><input id="f-to" type="date" name="to"${attribute('value', params.to?.slice(0, 10) ?? '')}/>`
    + `<button type="submit">تصفية</button>${restriction}</form>`;
}

function facetsHtml({ params, facets }: Pick<SearchPageProps, 'params' | 'facets'>, link: ReturnType<typeof searchLinks>): string {
  if (!facets.counts || facets.counts.length === 0) return '';
  let items = params.source ? `<li><a${attribute('href', link({}))}>كل المصادر</a></li>` : '';
  for (const f of facets.counts) {
    const name = f.source === params.source
      ? `<span aria-current="true"><bdi>${escapeHtml(outletName(f.source))}</bdi></span>`
      : `<a${attribute('href', link({ source: f.source }))}><bdi>${escapeHtml(outletName(f.source))}</bdi></a>`;
    items += `<li>${name} <span class="count">${escapeHtml(arabicNumber(f.articles))}</span></li>`;
  }
  return `<section class="facets" aria-labelledby="facets"><h2 id="facets">النتائج حسب المصدر</h2><ul>${items}</ul></section>`;
}

/** The whole page, doctype included. */
export function searchPageHtml({ params, answer, facets, sources, entity }: SearchPageProps): string {
  const { q, page, limit } = params;
  const pages = Math.ceil(answer.total / limit);
  const hasQuery = q.trim() !== '';
  let main = hasQuery ? `<h1>نتائج البحث عن «${escapeHtml(q)}»</h1>${filtersHtml({ params, sources, entity })}`
    : '<h1>ابحث في الأرشيف</h1><p>اكتب كلمة أو أكثر في مربع البحث. الإملاء لا يهم: «أسامة» و«اسامه» سواء. ضع عبارة بين علامتي تنصيص لتطابقها كما هي، وضع علامة ناقص قبل كلمة لاستبعادها.</p>';
  if (hasQuery) {
    main += `<p class="meta" role="status">${escapeHtml(countNoun(answer.total, RESULT_FORMS))}`
      + (pages > 1 ? ` · صفحة ${escapeHtml(arabicNumber(page))} من ${escapeHtml(arabicNumber(pages))}` : '')
      + (answer.truncated ? ' (بين أفضل النتائج ترتيبًا)' : '') + '</p>';
  }
  const link = searchLinks(params);
  main += facetsHtml({ params, facets }, link);
  if (hasQuery && answer.hits.length > 0) {
    const items = answer.hits.map((h) => ({ ...h, snippetHtml: h.snippet }));
    main += `<section aria-labelledby="results"><h2 id="results" class="visually-hidden">النتائج</h2>${articleListHtml(items, (page - 1) * limit + 1)}</section>`;
  }
  if (hasQuery && answer.hits.length === 0 && answer.total > 0) {
    main += `<p>لا نتائج في هذه الصفحة. <a${attribute('href', searchHref(params, { page: 1 }))}>العودة إلى الصفحة الأولى</a></p>`;
  }
  main += paginationHtml({ page, pages, label: 'صفحات النتائج', href: (p) => link({ source: params.source, page: p }) });
  return framedPage({ title: hasQuery ? `بحث: ${q}` : 'بحث', query: q }, main);
}
