import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
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

  it('between the <mark> tags every <, >, " and \' is escaped, however tags and pieces of tags interleave', () => {
    // The rule, written the slow way: cut at the allowed tags, escape every piece between them.
    const byPieces = (html: string) => html.split(/(<\/?mark>)/)
      .map((part, i) => (i % 2 === 1 ? part : part.replace(/[<>"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)))
      .join('');
    const piece = fc.constantFrom('<mark>', '</mark>', '<', '>', '"', "'", '/', 'mark', '<mar', 'k>', 'الوزير', ' ', '&amp;');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const html = pieces.join('');
      assert.equal(allowOnlyMarks(html), byPieces(html));
    }), { numRuns: 3000 });
  });
});
