/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { raw } from 'hono/html';
import { attribute, escapeHtml } from './html.ts';
import { framedPage, Layout, renderPage } from './layout.tsx';

describe('pages written as strings', () => {
  it('text and attribute values are escaped exactly as hono/jsx escapes them (random text with markup characters)', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", 'ب', 'ة', ' ', 'a', '=', '/') }), (text) => {
      const jsx = (<p title={text}>{text}</p>).toString() as string;
      assert.equal(`<p${attribute('title', text)}>${escapeHtml(text)}</p>`, jsx, `help: src/web/html.ts must escape ${JSON.stringify(text)} as hono/jsx does`);
    }));
  });

  it('an undefined attribute is left out, as JSX leaves it out', () => {
    assert.equal(attribute('aria-current', undefined), '');
    assert.equal(attribute('start', 11), ' start="11"');
  });

  it('the frame of a string page is the frame of a JSX page: «الانتخابات» with markup in the query', async () => {
    const frame = { title: 'بحث: <b>الانتخابات</b>', query: '"الانتخابات" -\'ليبيا\' & <script>', description: 'نتائج "البحث"' };
    const content = '<h1>نتائج</h1>';
    const fromJsx = await renderPage(<Layout {...frame}>{raw(content)}</Layout>);
    assert.equal(framedPage(frame, content), fromJsx);
    assert.doesNotMatch(framedPage(frame, content), /<b>|<script>/);
  });
});
