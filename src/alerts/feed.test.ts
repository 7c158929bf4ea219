// An alert's RSS 2.0 feed: well-formed XML whatever the articles hold, Arabic text intact, links to
// this server's article pages, the outlet's URL kept, newest match first.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Alert, AlertMatch } from '../store/alerts-port.ts';
import { renderFeed, xmlEscape } from './feed.ts';
import { childrenNamed, childText, parseXml } from './testing/xml.ts';

const ORIGIN = 'http://127.0.0.1:8080';
const ALERT: Alert = { name: 'ليبيا-الانتخابات', query: 'الانتخابات "مجلس النواب"', createdAt: '2026-05-01T00:00:00.000Z' };

function match(id: string, fields: Partial<AlertMatch> = {}): AlertMatch {
  const text = 'أقر مجلس النواب قانون الانتخابات بعد جلسة طويلة في طرابلس.';
  return { id, title: 'مجلس النواب يقر قانون الانتخابات', matchedAt: '2026-05-20T12:00:00.000Z', text,
    publishedAt: '2026-05-20T09:15:00Z', source: 'الأفق', url: `https://ufuq.example/news/${id}`, ...fields };
}

describe('alert feed', () => {
  it('is well-formed RSS 2.0 with one item per match, Arabic text intact', () => {
    const feed = parseXml(renderFeed(ALERT, [match('a1'), match('a2', { title: 'الانتخابات في موعدها' })], ORIGIN));
    assert.equal(feed.name, 'rss');
    assert.equal(feed.attributes.version, '2.0');
    const [channel] = childrenNamed(feed, 'channel');
    assert.equal(childText(channel, 'title'), 'مرصد — تنبيه: ليبيا-الانتخابات');
    assert.equal(childText(channel, 'language'), 'ar');
    const items = childrenNamed(channel, 'item');
    assert.deepEqual(items.map((i) => childText(i, 'title')), ['مجلس النواب يقر قانون الانتخابات', 'الانتخابات في موعدها']);
    const [first] = items;
    assert.equal(childText(first, 'link'), `${ORIGIN}/articles/a1`);
    assert.equal(childText(first, 'pubDate'), 'Wed, 20 May 2026 09:15:00 GMT');
    assert.match(childText(first, 'description') ?? '', /مجلس النواب قانون الانتخابات/);
    const [source] = childrenNamed(first, 'source');
    assert.deepEqual([source.attributes.url, source.text], ['https://ufuq.example/news/a1', 'الأفق']);
    assert.equal(childText(first, 'guid'), 'marsad:ليبيا-الانتخابات:a1');
  });

  it('markup and entities in stored text come out as text, never as XML', () => {
    const hostile = match('<x>&', {
      title: 'عنوان <script>alert(1)</script> & "اقتباس" \'مفرد\'',
      text: 'نص فيه ]]> و <![CDATA[ و &amp; و \u0001 حرف تحكم',
      url: 'https://ufuq.example/?a=1&b=<2>',
    });
    const feed = parseXml(renderFeed({ ...ALERT, query: 'نص <b>' }, [hostile], ORIGIN));
    const [item] = childrenNamed(childrenNamed(feed, 'channel')[0], 'item');
    assert.equal(childText(item, 'title'), 'عنوان <script>alert(1)</script> & "اقتباس" \'مفرد\'');
    assert.equal(childText(item, 'link'), `${ORIGIN}/articles/%3Cx%3E%26`);
    assert.equal(childrenNamed(item, 'source')[0].attributes.url, 'https://ufuq.example/?a=1&b=<2>');
    assert.match(childText(item, 'description') ?? '', /&amp; و  حرف تحكم/, 'the control character is dropped, the rest kept');
  });

  it('an outlet URL that is not http(s) is not put in the feed', () => {
    const feed = renderFeed(ALERT, [match('a1', { url: 'javascript:alert(1)' })], ORIGIN);
    assert.doesNotMatch(feed, /javascript:/);
  });

  it('escaping drops what XML 1.0 cannot carry and keeps Arabic, emoji and newlines', () => {
    assert.equal(xmlEscape('مرصد\u0000 \u{1F4F0}\nسطر\uFFFE'), 'مرصد \u{1F4F0}\nسطر');
    assert.equal(xmlEscape('\uD800'), '', 'a lone surrogate is dropped');
  });
});
