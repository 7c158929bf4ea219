/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// The page frame every reader page shares: RTL Arabic, landmarks (banner, navigation, search,
// main, contentinfo), a skip link, the search box, and one small script that only adds comfort.
import type { Child } from 'hono/jsx';

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

export function Layout({ title, query, section, description, children, head }: LayoutProps) {
  return (
    <html dir="rtl" lang="ar">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title} — مرصد</title>
        {description ? <meta name="description" content={description} /> : null}
        <link rel="stylesheet" href="/static/marsad.css" />
        <script src="/static/marsad.js" defer></script>
        {head}
      </head>
      <body>
        <a class="skip" href="#main">تخطَّ إلى المحتوى</a>
        <header class="site" id="top">
          <div class="bar">
            <a class="brand" href="/">مرصد</a>
            <form role="search" action="/search" method="get" class="site-search">
              <label for="q" class="visually-hidden">ابحث في الأرشيف</label>
              <input type="search" id="q" name="q" value={query ?? ''} placeholder="ابحث في الأخبار…" maxlength={1000} />
              <button type="submit">بحث</button>
            </form>
          </div>
          <nav aria-label="أقسام الموقع" class="sections">
            <ul>
              {NAV.map((item) => (
                <li><a href={item.href} aria-current={item.section === section ? 'page' : undefined}>{item.label}</a></li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main" tabindex={-1}>{children}</main>
        <footer class="site">
          <p>مرصد: أرشيف أخبار عربية قابل للبحث. <a href="/api/docs">واجهة JSON</a> · <a href="/api/openapi.json">OpenAPI</a></p>
        </footer>
      </body>
    </html>
  );
}

/** hono/jsx renders no doctype; every page needs one for standards mode. */
export function renderPage(node: { toString(): string | Promise<string> }): Promise<string> {
  return Promise.resolve(node.toString()).then((html) => `<!doctype html>${html}`);
}
