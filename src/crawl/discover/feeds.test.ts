// Feeds of every format, as a crawler meets them: fictional Arabic items written for these tests.
// Rules live in src/crawl/discover/ (rss.ts, atom.ts, json-feed.ts, xml-walker.ts, index.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { MarsadError } from '../../core/errors.ts';
import { DEFAULT_MAX_LINKS, parseDiscovery, type Discovery } from './index.ts';

const FEED_URL = 'https://wahanews.example/feeds/main.xml';
const utf8 = (text: string) => new TextEncoder().encode(text);
const codes = (d: Discovery) => d.diagnostics.map((x) => x.code);
const urls = (d: Discovery) => d.links.map((l) => l.url);

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>صحيفة الواحة</title>
  <link>https://wahanews.example/</link>
  <language>ar</language>
  <image><title>شعار الواحة</title><link>https://wahanews.example/logo</link></image>
  <item>
    <title>افتتاح معرض الكتاب &amp; الفنون في مدينة النخيل</title>
    <link>/news/2025/06/book-fair</link>
    <guid isPermaLink="false">wahanews-1001</guid>
    <pubDate>Tue, 10 Jun 2025 14:30:00 +0300</pubDate>
    <description><![CDATA[<p>افتتح وزير الثقافة <b>معرض الكتاب</b> صباح اليوم.</p><script>track()</script>]]></description>
  </item>
  <item>
    <title>أمطار غزيرة على الساحل</title>
    <guid>https://wahanews.example/news/2025/06/rain</guid>
    <dc:date>2025-06-11T08:00:00+03:00</dc:date>
    <description>&lt;p&gt;توقعات بهطول أمطار&amp;nbsp;غزيرة.&lt;/p&gt;</description>
  </item>
  <item>
    <title>افتتاح معرض الكتاب (مكرر)</title>
    <link>https://wahanews.example/news/2025/06/book-fair</link>
  </item>
  <item>
    <title>خبر بلا رابط</title>
    <guid isPermaLink="false">wahanews-1003</guid>
  </item>
</channel>
</rss>`;

describe('RSS 2.0', () => {
  const feed = parseDiscovery(utf8(RSS), { url: FEED_URL });

  it('relative links resolve against the feed URL; channel title and homepage are read', () => {
    assert.equal(feed.format, 'rss');
    assert.equal(feed.title, 'صحيفة الواحة');
    assert.equal(feed.homepage, 'https://wahanews.example/');
    assert.equal(feed.links[0].url, 'https://wahanews.example/news/2025/06/book-fair');
    assert.equal(feed.links[0].kind, 'article');
  });

  it('a guid is the link when there is no <link>, unless isPermaLink="false"', () => {
    assert.deepEqual(urls(feed), ['https://wahanews.example/news/2025/06/book-fair', 'https://wahanews.example/news/2025/06/rain']);
    const skipped = feed.diagnostics.find((d) => d.code === 'discover.entry_without_link');
    assert.match(skipped?.message ?? '', /خبر بلا رابط/);
  });

  it('an entry listed twice in one document is kept once, the first time', () => {
    assert.equal(feed.links.filter((l) => l.url.endsWith('book-fair')).length, 1);
    assert.equal(feed.links[0].title, 'افتتاح معرض الكتاب & الفنون في مدينة النخيل');
    assert.ok(codes(feed).includes('discover.duplicate_link'));
  });

  it('pubDate and dc:date become UTC ISO dates', () => {
    assert.equal(feed.links[0].publishedAt, '2025-06-10T11:30:00.000Z');
    assert.equal(feed.links[1].publishedAt, '2025-06-11T05:00:00.000Z');
  });

  it('HTML in a description, in CDATA or escaped, becomes plain text; scripts are dropped', () => {
    assert.equal(feed.links[0].summary, 'افتتح وزير الثقافة معرض الكتاب صباح اليوم.');
    assert.equal(feed.links[1].summary, 'توقعات بهطول أمطار غزيرة.');
  });

  it('the channel language applies to items that name none', () => {
    assert.ok(feed.links.every((l) => l.language === 'ar'));
  });

  it('a well-formed feed has no malformed-XML diagnostic', () => {
    assert.ok(!codes(feed).includes('discover.malformed_xml'), JSON.stringify(feed.diagnostics));
  });
});

describe('Atom', () => {
  const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar" xml:base="https://nakheel.example/ar/">
  <title type="html">أخبار &lt;b&gt;النخيل&lt;/b&gt;</title>
  <link rel="self" href="/feed.atom"/>
  <link rel="alternate" type="text/html" href="./"/>
  <link rel="next" href="feed.atom?page=2"/>
  <entry>
    <title>مجلس المدينة يقر الميزانية</title>
    <link rel="enclosure" href="media/budget.mp3"/>
    <link rel="alternate" type="text/html" href="politics/budget"/>
    <id>tag:nakheel.example,2025:budget</id>
    <published>2025-06-09T10:00:00+03:00</published>
    <updated>2025-06-09T12:00:00Z</updated>
    <summary type="html">&lt;p&gt;أقر المجلس &lt;em&gt;الميزانية&lt;/em&gt; الجديدة.&lt;/p&gt;</summary>
  </entry>
  <entry xml:base="https://nakheel.example/en/" xml:lang="en">
    <title>Council passes budget</title>
    <link href="politics/budget"/>
    <id>https://nakheel.example/en/politics/budget</id>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First paragraph.</p><p>Second.</p></div></content>
  </entry>
  <entry>
    <title>خبر برابط في المعرّف فقط</title>
    <id>https://nakheel.example/ar/only-id</id>
  </entry>
</feed>`;
  const feed = parseDiscovery(utf8(atom), { url: 'https://nakheel.example/feed.atom' });

  it('links resolve against xml:base, the entry\'s own overriding the feed\'s', () => {
    assert.equal(feed.format, 'atom');
    assert.deepEqual(urls(feed).slice(0, 3), [
      'https://nakheel.example/ar/politics/budget',
      'https://nakheel.example/en/politics/budget',
      'https://nakheel.example/ar/only-id',
    ]);
  });

  it('rel="alternate" is the article; enclosures and self links are not', () => {
    assert.ok(!urls(feed).some((u) => u.endsWith('.mp3') || u.endsWith('feed.atom')));
    assert.equal(feed.homepage, 'https://nakheel.example/ar/');
  });

  it('published and updated are kept apart', () => {
    assert.equal(feed.links[0].publishedAt, '2025-06-09T07:00:00.000Z');
    assert.equal(feed.links[0].updatedAt, '2025-06-09T12:00:00.000Z');
  });

  it('html and xhtml text constructs become plain text; xml:lang gives the language', () => {
    assert.equal(feed.title, 'أخبار النخيل');
    assert.equal(feed.links[0].summary, 'أقر المجلس الميزانية الجديدة.');
    assert.equal(feed.links[0].language, 'ar');
    assert.equal(feed.links[1].summary, 'First paragraph. Second.');
    assert.equal(feed.links[1].language, 'en');
  });

  it('the next page of a paged feed is a link of kind feed', () => {
    const next = feed.links.find((l) => l.kind === 'feed');
    assert.equal(next?.url, 'https://nakheel.example/ar/feed.atom?page=2');
  });
});

describe('RDF (RSS 1.0)', () => {
  const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://sahil.example/rss"><title>الساحل اليوم</title><link>https://sahil.example/</link></channel>
  <item rdf:about="https://sahil.example/a/1"><title>ميناء جديد في الساحل</title><link>https://sahil.example/a/1</link><dc:date>2025-05-01T09:00:00Z</dc:date><dc:language>ar</dc:language></item>
  <item rdf:about="https://sahil.example/a/2"><title>مهرجان الصيد السنوي</title></item>
</rdf:RDF>`;
  const feed = parseDiscovery(utf8(rdf), { url: 'https://sahil.example/rss' });

  it('items beside the channel are read; rdf:about stands in for a missing link', () => {
    assert.equal(feed.format, 'rdf');
    assert.equal(feed.title, 'الساحل اليوم');
    assert.deepEqual(urls(feed), ['https://sahil.example/a/1', 'https://sahil.example/a/2']);
    assert.equal(feed.links[0].publishedAt, '2025-05-01T09:00:00.000Z');
    assert.equal(feed.links[0].language, 'ar');
  });
});

describe('JSON Feed', () => {
  const json = JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'مدونة الواحة',
    home_page_url: 'https://blog.wahanews.example/',
    next_url: 'https://blog.wahanews.example/feed.json?page=2',
    language: 'ar',
    items: [
      { id: '1', url: '/posts/olive-harvest', title: 'موسم قطف الزيتون', content_html: '<p>بدأ <strong>موسم</strong> القطف.</p>', date_published: '2025-10-01T07:00:00+03:00' },
      { id: 'https://blog.wahanews.example/posts/id-only', title: 'معرّف فقط', summary: 'ملخص قصير' },
      { id: '3', external_url: 'https://other.example/story', title: 'رابط خارجي' },
      { id: '4', title: 'بلا رابط' },
      'not an item',
    ],
  });
  const feed = parseDiscovery(utf8(json), { url: 'https://blog.wahanews.example/feed.json' });

  it('url, then external_url, then an http id give the link; content_html becomes text', () => {
    assert.equal(feed.format, 'jsonfeed');
    assert.equal(feed.title, 'مدونة الواحة');
    assert.deepEqual(urls(feed).filter((_, i) => feed.links[i].kind === 'article'), [
      'https://blog.wahanews.example/posts/olive-harvest',
      'https://blog.wahanews.example/posts/id-only',
      'https://other.example/story',
    ]);
    assert.equal(feed.links[0].summary, 'بدأ موسم القطف.');
    assert.equal(feed.links[0].publishedAt, '2025-10-01T04:00:00.000Z');
    assert.equal(feed.links[0].language, 'ar');
  });

  it('next_url is a link of kind feed; bad items are counted, not fatal', () => {
    assert.ok(feed.links.some((l) => l.kind === 'feed' && l.url.endsWith('page=2')));
    assert.ok(codes(feed).includes('discover.entry_without_link'));
    assert.ok(codes(feed).includes('discover.invalid_item'));
  });

  it('JSON that does not parse is a diagnostic, not an exception', () => {
    const broken = parseDiscovery(utf8('{"version": "https://jsonfeed.org/version/1", "items": [ {'), { url: 'https://x.example/f.json' });
    assert.equal(broken.format, 'jsonfeed');
    assert.deepEqual(broken.links, []);
    assert.ok(codes(broken).includes('discover.invalid_json'));
  });
});

describe('encodings', () => {
  it('a windows-1256 feed is decoded from its XML declaration', () => {
    const xml = RSS.replace('encoding="UTF-8"', 'encoding="windows-1256"');
    const feed = parseDiscovery(iconv.encode(xml, 'windows-1256'), { url: FEED_URL });
    assert.equal(feed.title, 'صحيفة الواحة');
    assert.equal(feed.links[1].title, 'أمطار غزيرة على الساحل');
  });

  it('a windows-1256 feed declared only by the HTTP Content-Type is decoded too', () => {
    const xml = RSS.replace(' encoding="UTF-8"', '');
    const feed = parseDiscovery(iconv.encode(xml, 'windows-1256'), { url: FEED_URL, contentType: 'application/rss+xml; charset=windows-1256' });
    assert.equal(feed.links[0].summary, 'افتتح وزير الثقافة معرض الكتاب صباح اليوم.');
  });
});

describe('large documents', () => {
  it('a large windows-1256 feed, its charset judged from the first part, is decoded to the end', () => {
    const items = Array.from({ length: 6000 }, (_, i) => `<item><title>مزارعو الواحة يبدؤون موسم الحصاد رقم ${i}</title><link>https://wahanews.example/n/${i}</link></item>`);
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>الواحة</title>${items.join('')}</channel></rss>`;
    const bytes = iconv.encode(xml, 'windows-1256');
    assert.ok(bytes.length > 600 * 1024);
    const feed = parseDiscovery(bytes, { url: FEED_URL });
    assert.equal(feed.links.length, 6000);
    assert.equal(feed.links.at(-1)?.title, 'مزارعو الواحة يبدؤون موسم الحصاد رقم 5999');
  });
});

describe('bounds and bad input', () => {
  it('a feed of 100,000 items keeps maxLinks of them and says it was truncated', () => {
    const parts = ['<?xml version="1.0"?><rss version="2.0"><channel><title>سيل الأخبار</title>'];
    for (let i = 0; i < 100_000; i++) parts.push(`<item><title>خبر رقم ${i}</title><link>https://flood.example/n/${i}</link></item>`);
    parts.push('</channel></rss>');
    const feed = parseDiscovery(utf8(parts.join('')), { url: 'https://flood.example/rss' });
    assert.equal(feed.truncated, true);
    assert.equal(feed.links.length, DEFAULT_MAX_LINKS);
    assert.equal(feed.links.at(-1)?.url, `https://flood.example/n/${DEFAULT_MAX_LINKS - 1}`);
    assert.match(feed.diagnostics.find((d) => d.code === 'discover.truncated')?.message ?? '', /50000/);
  });

  it('a smaller maxLinks is honoured', () => {
    const feed = parseDiscovery(utf8(RSS), { url: FEED_URL, maxLinks: 1 });
    assert.equal(feed.links.length, 1);
    assert.equal(feed.truncated, true);
  });

  it('malformed XML: entries before the damage are recovered and the damage is reported', () => {
    const cut = RSS.slice(0, RSS.indexOf('<item>', RSS.indexOf('book-fair</link>')) + 40);
    const feed = parseDiscovery(utf8(cut), { url: FEED_URL });
    assert.equal(feed.links[0].url, 'https://wahanews.example/news/2025/06/book-fair');
    assert.ok(codes(feed).includes('discover.malformed_xml'), JSON.stringify(feed.diagnostics));

    const mismatched = parseDiscovery(utf8('<rss><channel><item><title>عنوان<link>https://a.example/1</link></item></chanel></rss><extra/>'), { url: FEED_URL });
    assert.deepEqual(urls(mismatched), ['https://a.example/1']);
    assert.ok(codes(mismatched).includes('discover.malformed_xml'));
  });

  it('garbage that is text is "not a feed", never an exception', () => {
    for (const text of ['<<<>>> &&& ]]>', 'مجرد نص عربي بلا وسوم', '<rss', '{"items":']) {
      const result = parseDiscovery(utf8(text), { url: FEED_URL });
      assert.ok(result.diagnostics.length > 0, text);
    }
  });

  it('any input gives a Discovery or a MarsadError, never another exception', () => {
    const pieces = ['<rss>', '<channel>', '<item>', '</item>', '<link>', '</link>', 'https://a.example/x', '<![CDATA[', ']]>', '&amp;', '&bogus;',
      '<feed xmlns="http://www.w3.org/2005/Atom">', '<entry>', '<link href="/y"/>', '<urlset>', '<url><loc>', 'خبر', '{', '"items":[', '\u0000', '<?xml ?>'];
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string()), { maxLength: 30 }), (parts) => {
      try {
        const result = parseDiscovery(utf8(parts.join('')), { url: FEED_URL, maxLinks: 5 });
        assert.ok(result.links.length <= 5);
      } catch (error) {
        if (!(error instanceof MarsadError)) throw error;
      }
    }), { numRuns: 300 });
  });

  it('empty or binary input is a MarsadError naming the URL', () => {
    assert.throws(() => parseDiscovery(new Uint8Array(0), { url: FEED_URL }), (e: unknown) => e instanceof MarsadError && e.code === 'empty_input' && e.message.includes(FEED_URL));
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    assert.throws(() => parseDiscovery(png, { url: FEED_URL }), (e: unknown) => e instanceof MarsadError && e.code === 'binary_input');
  });

  it('an HTML page is format unknown with a diagnostic pointing to feedLinksInHtml', () => {
    const page = parseDiscovery(utf8('<!doctype html><html lang="ar"><head><title>الرئيسية</title></head><body><p>مرحبا</p></body></html>'), { url: 'https://wahanews.example/' });
    assert.equal(page.format, 'unknown');
    assert.match(page.diagnostics[0].message, /feedLinksInHtml/);
  });
});
