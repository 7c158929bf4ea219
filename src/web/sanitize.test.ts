import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeSnippet } from '../search/snippet.ts';
import { searchKey } from '../text/index.ts';
import { allowOnlyMarks } from './sanitize.ts';

describe('snippet allow-list', () => {
  it('keeps <mark> and escapes every other tag, even one that slipped into a snippet', () => {
    const html = allowOnlyMarks('قال <mark>الوزير</mark> <img src=x onerror=alert(1)> <script>x</script>');
    assert.match(html, /<mark>الوزير<\/mark>/);
    assert.doesNotMatch(html, /<img|<script/);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
  });

  it('a snippet cut from hostile text holds no markup but its marks', () => {
    const snippet = makeSnippet('خبر <script>alert(1)</script> عن الوزير "<b onmouseover=x>"', new Set([searchKey('الوزير')]));
    assert.equal(allowOnlyMarks(snippet), snippet, 'the snippet builder already escapes');
    assert.deepEqual(snippet.match(/<[^>]*>/g), ['<mark>', '</mark>']);
  });
});
