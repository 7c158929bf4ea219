// One test per extraction rule, on small Arabic pages written for the rule.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from './index.ts';

const P1 = 'أعلنت وزارة النقل اليوم عن تشغيل خط حافلات جديد يربط الجامعة بوسط المدينة، على أن تبدأ الرحلات من السادسة صباحا.';
const P2 = 'وقال مدير الخط إن الحافلات الجديدة مجهزة لذوي الإعاقة وتعمل بالغاز الطبيعي، وإن سعر التذكرة لن يتغير.';
const P3 = 'وتتوقع الوزارة أن يخدم الخط نحو عشرة آلاف راكب يوميا في عامه الأول، مع إمكانية زيادة عدد الحافلات لاحقا.';

function page(body: string, head = '<title>خط حافلات جديد</title>'): string {
  return `<!doctype html><html lang="ar"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}
const ARTICLE_BODY = `<div class="entry-content"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>`;

test('navigation, sidebar and footer are left out of the body', () => {
  const result = extractHtml(page(`<nav><a href="/">الرئيسية</a><a href="/x">محليات</a></nav>${ARTICLE_BODY}<aside><p>الأكثر قراءة اليوم في الموقع كله</p></aside><footer><p>جميع الحقوق محفوظة للموقع 2024</p></footer>`));
  assert.deepEqual(result.paragraphs, [P1, P2, P3]);
});

test('a share bar inside the article container is dropped (class vocabulary)', () => {
  const result = extractHtml(page(`<article><div class="post-share"><a href="#">فيسبوك</a> <a href="#">واتساب</a></div>${ARTICLE_BODY}</article>`));
  assert.ok(!result.paragraphs.some((p) => p.includes('واتساب')));
  assert.equal(result.paragraphs[0], P1);
});

test('Arabic boilerplate phrases are dropped: اقرأ أيضا، تابعونا، زر الذهاب إلى الأعلى', () => {
  const body = `<div class="entry-content"><p>${P1}</p><p>اقرأ أيضاً: الحافلات</p><p>${P2}</p><p>تابعونا على</p><p>${P3}</p><span>زر الذهاب إلى الأعلى</span></div>`;
  assert.deepEqual(extractHtml(page(body)).paragraphs, [P1, P2, P3]);
});

test('a related-articles list (link text) is dropped', () => {
  const related = '<ul class="list"><li><a href="/a">افتتاح جسر جديد على النهر الكبير في الشمال</a></li><li><a href="/b">تعديل مواعيد القطارات في موسم الصيف المقبل</a></li></ul>';
  const result = extractHtml(page(`<div class="entry-content"><p>${P1}</p><p>${P2}</p>${related}<p>${P3}</p></div>`));
  assert.ok(!result.paragraphs.some((p) => p.includes('افتتاح جسر')));
});

test('comments and the comment form are left out', () => {
  const comments = '<div id="comments" class="comments-area"><h3>التعليقات</h3><p>تعليق: خطوة ممتازة ننتظرها منذ سنوات طويلة في حينا.</p></div>';
  const result = extractHtml(page(`${ARTICLE_BODY}${comments}`));
  assert.ok(!result.paragraphs.some((p) => p.includes('خطوة ممتازة')));
});

test('a cookie banner is left out', () => {
  const banner = '<div class="cookie-notice"><p>نستخدم ملفات تعريف الارتباط لتحسين تجربتك، وباستمرارك في التصفح فإنك توافق على ذلك.</p></div>';
  const result = extractHtml(page(`${ARTICLE_BODY}${banner}`));
  assert.ok(!result.paragraphs.some((p) => p.includes('ملفات تعريف الارتباط')));
});

test('in-article headings, list items and blockquotes are their own paragraphs', () => {
  const body = `<div class="entry-content"><p>${P1}</p><h2>مواعيد الرحلات</h2><ul><li>الرحلة الأولى في السادسة.</li><li>الرحلة الأخيرة في العاشرة.</li></ul><blockquote>نريد مدينة بلا زحام.</blockquote><p>${P2}</p></div>`;
  assert.deepEqual(extractHtml(page(body)).paragraphs, [P1, 'مواعيد الرحلات', 'الرحلة الأولى في السادسة.', 'الرحلة الأخيرة في العاشرة.', 'نريد مدينة بلا زحام.', P2]);
});

test('image captions are not repeated as text', () => {
  const body = `<div class="entry-content"><figure><img src="a.jpg"><figcaption>حافلة على الخط الجديد</figcaption></figure><p>${P1}</p><p>${P2}</p></div>`;
  assert.ok(!extractHtml(page(body)).paragraphs.includes('حافلة على الخط الجديد'));
});

test('the headline repeated at the top of the body is dropped', () => {
  const head = '<meta property="og:title" content="تشغيل خط حافلات يربط الجامعة بوسط المدينة">';
  const body = `<div class="entry-content"><h1>تشغيل خط حافلات يربط الجامعة بوسط المدينة</h1><p>${P1}</p><p>${P2}</p></div>`;
  const result = extractHtml(page(body, head));
  assert.equal(result.title, 'تشغيل خط حافلات يربط الجامعة بوسط المدينة');
  assert.deepEqual(result.paragraphs, [P1, P2]);
});

test('a byline repeated in the body is dropped: بقلم', () => {
  const body = `<div class="entry-content"><p>بقلم: سامي العلي</p><p>${P1}</p><p>${P2}</p></div>`;
  assert.deepEqual(extractHtml(page(body)).paragraphs, [P1, P2]);
});

test('site name is cut from <title>: "headline - outlet"', () => {
  const result = extractHtml(page(ARTICLE_BODY, '<title>تشغيل خط حافلات جديد للجامعة - جريدة المدينة</title><meta property="og:site_name" content="جريدة المدينة">'));
  assert.equal(result.title, 'تشغيل خط حافلات جديد للجامعة');
});

test('JSON-LD articleBody with paragraph breaks is the first stage', () => {
  const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'خط حافلات', articleBody: `${P1}\n${P2}\n${P3}` })}</script>`;
  const result = extractHtml(page('<div><p>نص مختصر</p></div>', ld));
  assert.equal(result.contentStage, 'json-ld');
  assert.deepEqual(result.paragraphs, [P1, P2, P3]);
});

test('a JSON-LD teaser cut with an ellipsis is not trusted', () => {
  const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: `${P1}\n${P2.slice(0, 40)}…` })}</script>`;
  const result = extractHtml(page(ARTICLE_BODY, ld));
  assert.equal(result.contentStage, 'main-content');
});

test('the baseline rescue runs when scoring finds too little', () => {
  const short = ['الحافلة تعمل.', 'التذكرة بدينار.', 'الخط يبدأ غدا.'];
  const result = extractHtml(page(short.map((s) => `<div class="x"><span>${s}</span></div>`).join('')));
  assert.ok(result.contentStage.startsWith('baseline'));
  assert.deepEqual(result.paragraphs, short);
});

test('authors come from JSON-LD people, never from the organisation', () => {
  const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', author: [{ '@type': 'Person', name: 'ليلى حداد' }, { '@type': 'Organization', name: 'جريدة المدينة' }] })}</script>`;
  assert.deepEqual(extractHtml(page(ARTICLE_BODY, ld)).authors, ['ليلى حداد']);
});

test('a generic account name is not an author: admin', () => {
  assert.deepEqual(extractHtml(page(ARTICLE_BODY, '<meta name="author" content="admin">')).authors, []);
});

test('publication date from meta, modification date from JSON-LD', () => {
  const head = `<meta property="article:published_time" content="2024-02-01T08:00:00+02:00"><script type="application/ld+json">{"@type":"NewsArticle","dateModified":"2024-02-02T10:00:00+02:00"}</script>`;
  const result = extractHtml(page(ARTICLE_BODY, head));
  assert.equal(result.publishedAt, '2024-02-01T08:00:00+02:00');
  assert.equal(result.modifiedAt, '2024-02-02T10:00:00+02:00');
});

test('publication date from a <time datetime> when no meta has one', () => {
  const result = extractHtml(page(`<time datetime="2023-11-20">20 نوفمبر 2023</time>${ARTICLE_BODY}`));
  assert.equal(result.publishedAt, '2023-11-20');
});

test('publication date from the URL when the page has none', () => {
  assert.equal(extractHtml(page(ARTICLE_BODY), { url: 'https://example.com/2022/06/30/bus/' }).publishedAt, '2022-06-30');
});

test('dateline with an agency: "الرباط (رويترز) -"', () => {
  const body = `<div class="entry-content"><p>الرباط (رويترز) - ${P1}</p><p>${P2}</p></div>`;
  assert.equal(extractHtml(page(body)).dateline, 'الرباط (رويترز)');
});

test('dateline glued to its dash, as in the seed page: "طرابلس- دعت"', () => {
  const body = `<div class="entry-content"><p>طرابلس- ${P1}</p><p>${P2}</p></div>`;
  assert.equal(extractHtml(page(body)).dateline, 'طرابلس');
});

test('no dateline is invented for a paragraph that opens with a sentence', () => {
  assert.equal(extractHtml(page(ARTICLE_BODY)).dateline, undefined);
});

test('canonical URL is resolved against the page URL; the lead image comes from og:image', () => {
  const head = '<link rel="canonical" href="/news/123"><meta property="og:image" content="/img/bus.jpg">';
  const result = extractHtml(page(ARTICLE_BODY, head), { url: 'https://example.com/news/123?utm=x' });
  assert.equal(result.canonicalUrl, 'https://example.com/news/123');
  assert.equal(result.image, 'https://example.com/img/bus.jpg');
});

test('language comes from <html lang>, region dropped: ar-EG → ar', () => {
  const html = page(ARTICLE_BODY).replace('lang="ar"', 'lang="ar-EG"');
  assert.equal(extractHtml(html).language, 'ar');
});

test('language is guessed as Arabic from the text when the page does not say', () => {
  const html = page(ARTICLE_BODY).replace(' lang="ar"', '');
  assert.equal(extractHtml(html).language, 'ar');
});

test('display text is NFC with collapsed whitespace, otherwise as the outlet wrote it', () => {
  const decomposed = 'ا\u0654'; // alef + hamza above composes to أ under NFC
  const body = `<div class="entry-content"><p>  ${decomposed}علنت   الوزارة\n\n اليوم ${P1}</p><p>${P2}</p></div>`;
  assert.ok(extractHtml(page(body)).paragraphs[0].startsWith('أعلنت الوزارة اليوم'));
});

test('the description is a standfirst only when it is not the first paragraph cut short', () => {
  const same = extractHtml(page(ARTICLE_BODY, `<meta name="description" content="${P1.slice(0, 60)}...">`));
  assert.equal(same.standfirst, undefined);
  const own = extractHtml(page(ARTICLE_BODY, '<meta name="description" content="خط جديد يخدم عشرة آلاف راكب يوميا">'));
  assert.equal(own.standfirst, 'خط جديد يخدم عشرة آلاف راكب يوميا');
});

test('teaser summaries in a sidebar placed before the article in the markup stay out', () => {
  const teaser = (title: string, summary: string) => `<div class="card"><h3><a href="/t">${title}</a></h3><p>${summary}</p></div>`;
  const sidebar = `<div class="col-side"><h2>الأكثر قراءة</h2>${teaser('ارتفاع أسعار الذهب', 'سجلت أسعار الذهب ارتفاعا جديدا في السوق المحلية صباح اليوم، وسط إقبال على الشراء.')}${teaser('طقس حار', 'تتوقع الأرصاد الجوية طقسا حارا نسبيا على معظم المناطق، مع رياح نشطة على السواحل.')}</div>`;
  const result = extractHtml(page(`<div class="layout">${sidebar}<div class="col-main">${ARTICLE_BODY}</div></div>`));
  assert.deepEqual(result.paragraphs, [P1, P2, P3]);
});

test('a standfirst element named by the outlet is the standfirst', () => {
  const body = `<h1>خط حافلات جديد</h1><p class="article-lead">خط جديد يربط الجامعة بوسط المدينة ويخدم عشرة آلاف راكب يوميا.</p>${ARTICLE_BODY}`;
  assert.equal(extractHtml(page(body)).standfirst, 'خط جديد يربط الجامعة بوسط المدينة ويخدم عشرة آلاف راكب يوميا.');
});

test('an og:title end part that spells the host is the site name: "… - Alwatan News" on alwatannews', () => {
  const head = '<meta property="og:title" content="ارتفاع أسعار القمح في الأسواق المحلية - Alwatan News">';
  const result = extractHtml(page(ARTICLE_BODY, head), { url: 'https://www.alwatannews.example/economy/1' });
  assert.equal(result.title, 'ارتفاع أسعار القمح في الأسواق المحلية');
});
