import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import type { SearchParams } from '../../http/params.ts';
import { arabicNumber } from '../format.ts';
import { searchHref, searchLinks, searchPageHtml, type SearchPageProps } from './search-page.ts';

const q = encodeURIComponent;

function params(changes: Partial<SearchParams> = {}): SearchParams {
  return { q: 'أمطار', page: 1, limit: 10, ...changes } as SearchParams;
}

function hit(n: number, source = 'سبق') {
  return { id: `fx-rain-${n}`, title: `أمطار غزيرة على مكة ${n}`, source, publishedAt: '2015-08-11T14:20:06.000Z', score: 1, snippet: 'هطلت <mark>أمطار</mark> غزيرة' };
}

function page(props: Partial<SearchPageProps>) {
  const html = searchPageHtml({ params: params(), answer: { total: 0, hits: [] }, facets: {}, sources: [], ...props });
  return { html, document: parseHTML(html).document };
}

describe('search page', () => {
  it('a query holding markup is text wherever the page repeats it (title, heading, both search boxes)', () => {
    const hostile = '"><img src=x onerror=alert(1)> أمطار \'';
    const { html, document } = page({ params: params({ q: hostile }), answer: { total: 1, hits: [hit(1)] } });
    assert.equal(document.querySelectorAll('img').length, 0, 'help: src/web/pages/search-page.ts puts the query into the page unescaped');
    assert.doesNotMatch(html, /<img/);
    assert.equal(document.querySelector('title')?.textContent, `بحث: ${hostile} — مرصد`);
    assert.equal(document.querySelector('h1')?.textContent, `نتائج البحث عن «${hostile}»`);
    assert.equal(document.querySelector('#q')?.getAttribute('value'), hostile);
    assert.equal(document.querySelector('.filters input[name="q"]')?.getAttribute('value'), hostile);
  });

  it('a snippet keeps its <mark> tags and nothing else', () => {
    const sly = { ...hit(1), snippet: 'هطلت <mark>أمطار</mark> <script>alert(1)</script>' };
    const { document } = page({ answer: { total: 1, hits: [sly] } });
    assert.equal(document.querySelector('.snippet mark')?.textContent, 'أمطار');
    assert.equal(document.querySelectorAll('main script').length, 0);
  });

  it('the chosen outlet is selected in the filter and is not a link among the facets; the others filter from page 1', () => {
    const { document } = page({
      params: params({ source: 'عكاظ', page: 2 }),
      answer: { total: 12, hits: [hit(11, 'عكاظ'), hit(12, 'عكاظ')] },
      facets: { counts: [{ source: 'سبق', articles: 30 }, { source: 'عكاظ', articles: 12 }] },
      sources: [{ source: 'سبق', articles: 900 }, { source: 'عكاظ', articles: 700 }, { source: '', articles: 3 }],
    });
    const options = [...document.querySelectorAll('#f-source option')];
    assert.deepEqual(options.map((o) => o.getAttribute('value')), ['', 'سبق', 'عكاظ']);
    assert.deepEqual(options.filter((o) => o.hasAttribute('selected')).map((o) => o.textContent), ['عكاظ']);
    const facets = [...document.querySelectorAll('.facets li')];
    assert.equal(facets[0].querySelector('a')?.getAttribute('href'), `/search?q=${q('أمطار')}`);
    assert.equal(facets[1].querySelector('a')?.getAttribute('href'), `/search?q=${q('أمطار')}&source=${q('سبق')}`);
    assert.equal(facets[2].querySelector('[aria-current="true"]')?.textContent, 'عكاظ');
    assert.equal(facets[2].querySelector('a'), null);
  });

  it('results are numbered from the page they are on, and the page numbers link to the same search', () => {
    const hits = Array.from({ length: 10 }, (_, i) => hit(21 + i));
    const { document } = page({ params: params({ page: 3, from: '2015-08-01T00:00:00.000Z' }), answer: { total: 45, hits } });
    assert.equal(document.querySelector('ol.articles')?.getAttribute('start'), '21');
    assert.match(document.querySelector('[role="status"]')?.textContent ?? '', new RegExp(`صفحة ${arabicNumber(3)} من ${arabicNumber(5)}`));
    assert.equal(document.querySelector('#f-from')?.getAttribute('value'), '2015-08-01');
    const next = document.querySelector('nav.pages a[rel="next"]')?.getAttribute('href');
    assert.equal(next, `/search?q=${q('أمطار')}&from=${q('2015-08-01T00:00:00.000Z')}&page=4`);
    assert.equal(document.querySelector('nav.pages [aria-current="page"]')?.textContent, arabicNumber(3));
  });

  it('without a query the page explains how to search and shows no filters or counts', () => {
    const { document } = page({ params: params({ q: '' }) });
    assert.equal(document.querySelector('h1')?.textContent, 'ابحث في الأرشيف');
    assert.equal(document.querySelector('.filters'), null);
    assert.equal(document.querySelector('[role="status"]'), null);
  });

  it('a page\'s outlet and page-number links are the links searchHref makes: «وزير الخارجية» with any outlet, dates, entity and page', () => {
    const text = fc.string({ unit: fc.constantFrom('و', 'ز', 'ي', 'ر', ' ', '&', '=', '+', '%', '"', '<', '#', 'a', '٣', 'é') });
    const maybe = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: undefined });
    const searches = fc.record({
      q: fc.oneof(fc.constant('وزير الخارجية'), text), source: maybe(text), from: maybe(fc.constant('2015-08-01')),
      to: maybe(fc.constant('2015-08-31T23:59:59.999Z')), entity: maybe(text), page: fc.integer({ min: 1, max: 1000 }),
    });
    fc.assert(fc.property(searches, maybe(text), fc.integer({ min: 1, max: 1000 }), (search, source, page) => {
      const link = searchLinks(search);
      assert.equal(link({ source, page }), searchHref(search, { source, page }));
      assert.equal(link({ source }), searchHref(search, { source, page: 1 }));
    }), { numRuns: 500 });
  });
});

