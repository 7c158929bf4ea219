import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { canonicalizeUrl } from '../pipeline/identity.ts';
import { canonicalUrl, MAX_URL_LENGTH } from './urls.ts';

const NEWS_ARABIC = 'https://www.example.com/أخبار/السعودية';
const NEWS_ENCODED = 'https://www.example.com/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9';

describe('canonicalUrl', () => {
  it('an Arabic path and its percent-encoded spelling are one URL', () => {
    assert.equal(canonicalUrl(NEWS_ARABIC), canonicalUrl(NEWS_ENCODED));
    assert.equal(canonicalUrl(NEWS_ARABIC), NEWS_ENCODED);
  });

  it('lower-case percent escapes are the same bytes as upper-case ones', () => {
    assert.equal(canonicalUrl(NEWS_ENCODED.toLowerCase()), NEWS_ENCODED);
  });

  it('escapes of unreserved characters are decoded, reserved ones kept', () => {
    assert.equal(canonicalUrl('https://example.com/%7Ekatib/%41/a%2Fb'), 'https://example.com/~katib/A/a%2Fb');
  });

  it('a relative link is resolved against the page it was found on', () => {
    assert.equal(canonicalUrl('../رياضة/مباراة-الهلال', 'https://example.com/أخبار/اليوم/'),
      canonicalUrl('https://example.com/أخبار/رياضة/مباراة-الهلال'));
    assert.equal(canonicalUrl('//cdn.example.com/x', 'https://example.com/'), 'https://cdn.example.com/x');
  });

  it('tracking parameters and the fragment go, other parameters stay sorted', () => {
    assert.equal(canonicalUrl('https://example.com/خبر?utm_source=tw&id=7&fbclid=abc&b=2#تعليقات'),
      canonicalUrl('https://example.com/خبر?b=2&id=7'));
    assert.match(canonicalUrl('https://example.com/a?id=7&b=2') ?? '', /\?b=2&id=7$/);
  });

  it('an Arabic query value is one value however it was encoded', () => {
    assert.equal(canonicalUrl('https://example.com/بحث?q=الرياض'), canonicalUrl('https://example.com/بحث?q=%d8%a7%d9%84%d8%b1%d9%8a%d8%a7%d8%b6'));
  });

  it('scheme and host are lower-cased, default ports dropped', () => {
    assert.equal(canonicalUrl('HTTPS://News.Example.COM:443/a'), 'https://news.example.com/a');
    assert.equal(canonicalUrl('http://news.example.com:80/a'), 'http://news.example.com/a');
    assert.equal(canonicalUrl('http://news.example.com:8080/a'), 'http://news.example.com:8080/a');
  });

  it('repeated slashes and dot segments collapse', () => {
    assert.equal(canonicalUrl('https://example.com//أخبار///./اليوم/../أمس'), canonicalUrl('https://example.com/أخبار/أمس'));
    assert.equal(canonicalUrl('https://example.com/a/%2e%2e/b'), 'https://example.com/b');
  });

  it('non-http(s) schemes are refused', () => {
    for (const input of ['ftp://example.com/a', 'javascript:alert(1)', 'mailto:katib@example.com', 'data:text/html,x', 'file:///etc/passwd']) {
      assert.equal(canonicalUrl(input), undefined, input);
    }
  });

  it('a URL carrying credentials is refused', () => {
    assert.equal(canonicalUrl('https://user:secret@example.com/أخبار'), undefined);
    assert.equal(canonicalUrl('https://user@example.com/أخبار'), undefined);
  });

  it(`a URL longer than ${MAX_URL_LENGTH} characters is refused`, () => {
    assert.equal(canonicalUrl(`https://example.com/${'a'.repeat(MAX_URL_LENGTH)}`), undefined);
    // Short as typed, long once encoded: still refused.
    assert.equal(canonicalUrl(`https://example.com/${'خ'.repeat(400)}`), undefined);
    assert.ok(canonicalUrl(`https://example.com/${'a'.repeat(1000)}`));
  });

  it('garbage is refused rather than guessed at', () => {
    for (const input of ['', '   ', 'not a url', 'http://', 'https://exa mple.com/']) assert.equal(canonicalUrl(input), undefined, input);
  });

  it('canonical URLs are fixed points, here and for the pipeline\'s canonicalizeUrl', () => {
    const segment = fc.constantFrom('أخبار', 'رياضة', 'a', '%d8%a3', '.', '..', '', '~x', '%41', 'اقتصاد-2024');
    const query = fc.constantFrom('', '?id=1', '?utm_source=x&b=ب', '?q=%d9%85', '?b=2&a=1');
    fc.assert(fc.property(fc.array(segment, { maxLength: 6 }), query, (segments, search) => {
      const once = canonicalUrl(`https://Example.com/${segments.join('/')}${search}`);
      if (once === undefined) return;
      assert.equal(canonicalUrl(once), once);
      assert.equal(canonicalizeUrl(once), once);
    }), { numRuns: 300 });
  });
});
