// A date already stored that does not parse (an archive ingested before dates were checked) is
// shown as no date: never an empty <time>, never a "·" with nothing after it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import { articleListHtml } from './article-list.tsx';

describe('article list dates', () => {
  it('an unparseable stored date prints no time and no dangling separator', () => {
    const html = articleListHtml([
      { id: 'a1', title: 'افتتاح مستشفى جديد في جدة', source: 'okaz', firstSeenAt: '9999-99-99' },
      { id: 'a2', title: 'أمطار غزيرة على مكة', source: 'sabq', publishedAt: '2015-07-23T09:00:00Z' },
    ]);
    const metas = [...parseHTML(`<body>${html}</body>`).document.querySelectorAll('p.meta')];
    assert.equal(metas[0].textContent, 'عكاظ');
    assert.equal(metas[0].querySelector('time'), null);
    assert.ok((metas[1].querySelector('time')?.textContent ?? '').length > 0);
    assert.match(metas[1].textContent ?? '', /^سبق · /);
  });
});
