// The page frame every reader page shares: RTL Arabic, landmarks, a skip link, the search box.
import type { Child } from 'hono/jsx';

export interface LayoutProps {
  title: string;
  query?: string;
  children?: Child;
  head?: Child;
}

export function Layout({ title, query, children, head }: LayoutProps) {
  return (
    <html dir="rtl" lang="ar">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title} — مرصد</title>
        <link rel="stylesheet" href="/static/marsad.css" />
        {head}
      </head>
      <body>
        <a class="skip" href="#main">تخطَّ إلى المحتوى</a>
        <header class="site" id="top">
          <div class="bar">
            <a class="brand" href="/">مرصد</a>
            <form role="search" action="/search" method="get">
              <label for="q" class="skip">ابحث في الأرشيف</label>
              <input type="search" id="q" name="q" value={query ?? ''} placeholder="ابحث في الأخبار…" maxlength={1000} />
              <button type="submit">بحث</button>
            </form>
          </div>
        </header>
        <main id="main">{children}</main>
        <footer class="site">
          <p>مرصد: أرشيف أخبار عربية قابل للبحث. <a href="/api/articles">واجهة JSON</a></p>
        </footer>
      </body>
    </html>
  );
}

/** hono/jsx renders no doctype; every page needs one for standards mode. */
export function renderPage(node: { toString(): string | Promise<string> }): Promise<string> {
  return Promise.resolve(node.toString()).then((html) => `<!doctype html>${html}`);
}
