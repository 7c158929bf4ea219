/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// The page frame every reader page shares: RTL Arabic, landmarks (banner, navigation, search,
// main, contentinfo), a skip link, the search box, and one small script that only adds comfort.
// The frame is written as strings (see html.ts): JSX pages wrap their content in it through
// Layout, and pages rendered as strings (search) through framedPage, so both get the same frame.
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { attribute, escapeHtml } from './html.ts';
import { assetHref } from './static-assets.ts';

export type Section = 'home' | 'outlets' | 'entities' | 'stories' | 'alerts' | 'api';

const NAV: ReadonlyArray<{ section: Section; href: string; label: string }> = [
  { section: 'home', href: '/', label: 'الرئيسية' },
  { section: 'stories', href: '/stories', label: 'القصص' },
  { section: 'entities', href: '/entities', label: 'الأعلام' },
  { section: 'outlets', href: '/outlets', label: 'المصادر' },
  { section: 'alerts', href: '/alerts', label: 'التنبيهات' },
  { section: 'api', href: '/api/docs', label: 'واجهة البرمجة' },
];

export interface LayoutProps {
  title: string;
  query?: string;
  section?: Section;
  description?: string;
  children?: Child;
  head?: Child;
}

type FrameProps = Pick<LayoutProps, 'title' | 'query' | 'section' | 'description'>;

/** The <head> a page starts with; a page's own additions (JSON-LD, feeds) follow it. */
function headStart({ title, description }: FrameProps): string {
  return '<meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>'
    + `<title>${escapeHtml(title)} — مرصد</title>${description ? `<meta name="description"${attribute('content', description)}/>` : ''}`
    + `<link rel="stylesheet" href="${assetHref('marsad.css')}"/><script src="${assetHref('marsad.js')}" defer=""></script>`;
}

function navigation(current: Section | undefined): string {
  const items = NAV.map((item) => `<li><a href="${item.href}"${item.section === current ? ' aria-current="page"' : ''}>${item.label}</a></li>`);
  return `<nav aria-label="أقسام الموقع" class="sections"><ul>${items.join('')}</ul></nav>`;
}

/** The navigation for each section and for none: the same few strings for every page. */
const NAVIGATION: ReadonlyMap<Section | undefined, string> = new Map(
  [undefined, ...NAV.map((item) => item.section)].map((section) => [section, navigation(section)]),
);

/** The body from its skip link to the start of <main>, where the page's content goes. */
function bodyStart({ query, section }: FrameProps): string {
  return '<body><a class="skip" href="#main">تخطَّ إلى المحتوى</a><header class="site" id="top"><div class="bar">'
    + '<a class="brand" href="/">مرصد</a><form role="search" action="/search" method="get" class="site-search">'
    + '<label for="q" class="visually-hidden">ابحث في الأرشيف</label>'
    + `<input type="search" id="q" name="q" value="${escapeHtml(query ?? '')}" placeholder="ابحث في الأخبار…" maxlength="1000"/>`
    + `<button type="submit">بحث</button></form></div>${NAVIGATION.get(section)}</header><main id="main" tabindex="-1">`;
}

// Latin words inside Arabic sit in <bdi>: left bare, "JSON · OpenAPI" ran together left to right
// and the two links showed in the wrong order.
const BODY_END = '</main><footer class="site"><p>مرصد: أرشيف أخبار عربية قابل للبحث. <a href="/api/docs">واجهة <bdi>JSON</bdi></a>'
  + ' · <a href="/api/openapi.json"><bdi>OpenAPI</bdi></a></p></footer></body>';

export function Layout({ children, head, ...frame }: LayoutProps) {
  // <head> stays a JSX element: hono/jsx renders <script> and <link> inside it as they are written.
  return (
    <html dir="rtl" lang="ar">
      <head>{raw(headStart(frame))}{head}</head>
      {raw(bodyStart(frame))}{children}{raw(BODY_END)}
    </html>
  );
}

/** A whole page, doctype included, around content already written as HTML: what renderPage(<Layout>) gives. */
export function framedPage(frame: FrameProps, mainHtml: string): string {
  return `<!doctype html><html dir="rtl" lang="ar"><head>${headStart(frame)}</head>${bodyStart(frame)}${mainHtml}${BODY_END}</html>`;
}

/** hono/jsx renders no doctype; every page needs one for standards mode. */
export function renderPage(node: { toString(): string | Promise<string> }): Promise<string> {
  return Promise.resolve(node.toString()).then((html) => `<!doctype html>${html}`);
}
