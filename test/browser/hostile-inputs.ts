// Hostile inputs for the safety test: web pages and JSONL records that try every way we know to get
// script into the reader — script elements, event handlers, javascript: and data: URLs, SVG and
// MathML parser tricks, CSS, frames, JSON-LD that closes its own script element — each carried by
// enough Arabic news text to be ingested as an article. A payload that runs sets window.__pwned or
// opens a dialog; the test watches for both.
import type { Article } from '../../src/core/types.ts';

/** Arabic prose every hostile page carries, so the extractor keeps it as an article; the search word is المتحدث. */
const PROSE = [
  'قال المتحدث باسم وزارة الداخلية إن الأجهزة الأمنية أحبطت محاولة لاختراق أنظمة البلدية، وإن التحقيقات ما زالت جارية لمعرفة الجهة التي تقف وراءها.',
  'وأضاف المتحدث في مؤتمر صحفي عقده مساء الثلاثاء أن الوزارة ستنشر تقريرا مفصلا عن الحادثة خلال الأيام المقبلة، داعيا المواطنين إلى عدم تداول الشائعات.',
  'وأوضح أن الفرق الفنية تعمل على مراجعة جميع الخوادم والتأكد من سلامة البيانات، مشيرا إلى أن الخدمات الإلكترونية عادت إلى العمل بصورة طبيعية.',
];

const paragraphs = (extra = '') => PROSE.map((p, i) => `<p>${p}${i === 1 ? extra : ''}</p>`).join('\n');

function page(title: string, head: string, body: string): string {
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${title}</title>${head}</head>
<body><article><h1>${title}</h1>${body}</article></body></html>`;
}

export const HOSTILE_PAGES: Record<string, string> = {
  'script-elements.html': page('المتحدث: إحباط اختراق <script>window.__pwned="title"</script>',
    '<script>window.__pwned = "head script"; alert(1)</script><script src="http://evil.example/x.js"></script>',
    `${paragraphs(' &lt;script&gt;window.__pwned="escaped text"&lt;/script&gt;')}<script>window.__pwned="body script"</script>
     <noscript><p title="</noscript><img src=x onerror=window.__pwned='noscript'>">نص</p></noscript>`),
  'event-handlers.html': page('المتحدث يكشف تفاصيل الاختراق',
    '',
    `<div onmouseover="window.__pwned='div'"><img src="x" onerror="window.__pwned='img'; alert('img')">${paragraphs('<b onclick="alert(1)"> عاجل</b>')}
     <body onload="window.__pwned='body'"><input autofocus onfocus="window.__pwned='focus'"><details open ontoggle="window.__pwned='toggle'"><summary>x</summary></details></div>`),
  'javascript-urls.html': page('المتحدث: الخدمات عادت إلى العمل',
    '<link rel="canonical" href="javascript:window.__pwned=\'canonical\'"><meta property="og:url" content="javascript:alert(1)">'
      + '<base href="javascript:alert(1)//"><meta http-equiv="refresh" content="0;url=javascript:window.__pwned=\'refresh\'">',
    `${paragraphs()}<p><a href="javascript:window.__pwned='a'">اقرأ المزيد</a> <a href="data:text/html,<script>alert(1)</script>">رابط</a>
     <form action="javascript:alert(1)"><button>أرسل</button></form></p>`),
  'svg-mathml.html': page('المتحدث باسم الوزارة يرد على الشائعات',
    '',
    `<svg onload="window.__pwned='svg'"><script>window.__pwned='svg script'</script><animate onbegin="alert(1)" attributeName="x" dur="1s"/>
     <foreignObject><iframe srcdoc="<script>parent.__pwned='fo'</script>"></iframe></foreignObject></svg>
     <math><mtext><table><mglyph><style><img src=x onerror="window.__pwned='mglyph'"></style></mglyph></table></mtext></math>
     ${paragraphs(' <svg><a xlink:href="javascript:alert(1)"><text>اضغط</text></a></svg>')}`),
  'css-injection.html': page('المتحدث: لا صحة لما تداولته المواقع',
    '<style>body{background:url("javascript:alert(1)")} p{behavior:url(x.htc)} *{color:expression(alert(1))}</style>'
      + '<link rel="stylesheet" href="http://evil.example/x.css">',
    `<p style="background-image:url(javascript:window.__pwned='style')">${PROSE[0]}</p>${paragraphs('</p><style>@import "http://evil.example/y.css";</style><p>')}`),
  'frames.html': page('المتحدث: التحقيقات ما زالت جارية',
    '',
    `<iframe src="javascript:window.top.__pwned='iframe'"></iframe><iframe srcdoc="<script>parent.__pwned='srcdoc'</script>"></iframe>
     <object data="javascript:alert(1)"></object><embed src="data:text/html,<script>alert(1)</script>">
     ${paragraphs()}<frameset><frame src="javascript:alert(1)"></frameset>`),
  'jsonld-breakout.html': page('المتحدث: تقرير مفصل عن الحادثة',
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"</script><script>window.__pwned=\'ld\'</script>",'
      + '"author":{"@type":"Person","name":"<img src=x onerror=window.__pwned=\'ld-author\'>"},"datePublished":"2026-11-20T10:00:00Z"}</script>',
    paragraphs()),
};

/** SaudiNewsNet-shaped records whose every text field is hostile. */
export const HOSTILE_RECORDS = [
  {
    source: '<img src=x onerror="window.__pwned=\'source\'">',
    url: 'javascript:window.__pwned=\'url\'',
    date_extracted: '2026-11-20 10:00:00',
    title: '</title><script>window.__pwned="jsonl title"</script>المتحدث يحذر',
    author: '<svg onload="window.__pwned=\'author\'">',
    content: [PROSE[0], `${PROSE[1]} <iframe src="javascript:window.__pwned='iframe'"></iframe> "><img src=x onerror=window.__pwned='attr'>`,
      `${PROSE[2]} javascript:window.__pwned='content' <a href="javascript:alert(1)">هنا</a>`].join('\n\n'),
  },
  {
    source: 'صحيفة "الاختبار"',
    url: 'data:text/html,<script>alert("data url")</script>',
    date_extracted: '2026-11-21 10:00:00',
    title: '"><svg/onload=alert(1)> المتحدث: لا أضرار',
    author: "' onmouseover='alert(1)",
    content: [PROSE[1], `${PROSE[0]} <math><mi xlink:href="javascript:alert(1)">x</mi></math> <style>*{background:red}</style>`, PROSE[2]].join('\n\n'),
  },
];

const HOSTILE_ID = '"><img src=x onerror="window.__pwned=\'entity id\'">';

/** An article whose annotations are hostile too: entity ids and names, roles, speakers, a story. */
export function hostileAnnotatedArticle(): Article {
  const paragraphs = [`${PROSE[0]} <script>window.__pwned='paragraph'</script>`, `قال "><b>المتحدث</b> إن “<img src=x onerror=alert(1)> لا خطر”.`];
  const text = paragraphs.join('\n\n');
  const name = 'المتحدث';
  const start = text.indexOf(name);
  const quoted = '“<img src=x onerror=alert(1)> لا خطر”';
  const quoteStart = text.indexOf(quoted);
  return {
    id: 'fx-hostile-annotated', title: 'المتحدث <script>window.__pwned="annotated"</script>', authors: ['<b onclick=alert(1)>كاتب</b>'],
    language: 'ar', paragraphs, text, diagnostics: [], source: 'javascript:alert(1)', section: '<img src=x onerror=alert(1)>',
    standfirst: '</p><script>window.__pwned="standfirst"</script>', dateline: '<svg onload=alert(1)>', url: 'https://ok.example/"><script>alert(1)</script>',
    publishedAt: '2026-11-22T10:00:00Z', storyId: '"><svg onload=alert(1)>',
    entities: [{ text: name, start, end: start + name.length, type: 'PER', entityId: HOSTILE_ID, canonical: '<script>window.__pwned="canonical"</script>', role: '<img src=x onerror=alert(1)>' }],
    quotes: [{ text: quoted, start: quoteStart, end: quoteStart + quoted.length, direct: true, cue: '<i onclick=alert(1)>قال</i>',
      speaker: { text: name, entityId: HOSTILE_ID, canonical: '<script>window.__pwned="speaker"</script>' } }],
  };
}

export const HOSTILE_QUERIES = ['<script>window.__pwned="query"</script>', '"><img src=x onerror=alert(1)>', 'المتحدث <svg onload=alert(1)>', "javascript:alert('x')"];
