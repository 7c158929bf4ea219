// One article: section, headline, standfirst, dateline, byline, date in Arabic, the body, and a
// link to the outlet's page. The body is display text rendered as text (JSX escapes it), never as HTML.
import type { Article } from '../../core/types.ts';
import { arabicDate } from '../format.ts';
import { Layout } from '../layout.tsx';

function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function jsonLd(article: Article): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.standfirst,
    datePublished: article.publishedAt,
    author: article.authors.map((name) => ({ '@type': 'Person', name })),
    publisher: article.source ? { '@type': 'Organization', name: article.source } : undefined,
    url: safeHttpUrl(article.url),
    inLanguage: article.language,
  };
  // "<" escaped so no string in the data can close the script element.
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export function ArticlePage({ article }: { article: Article }) {
  const sourceUrl = safeHttpUrl(article.url);
  const date = arabicDate(article.publishedAt ?? article.firstSeenAt, true);
  const [first, ...rest] = article.paragraphs;
  return (
    <Layout title={article.title} head={<script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(article) }} />}>
      <article class="full">
        <header>
          {article.section ? <span class="section-label">{article.section}</span> : null}
          <h1>{article.title}</h1>
          <p class="meta">
            {[article.source, article.authors.length ? `بقلم ${article.authors.join('، ')}` : undefined]
              .filter(Boolean).join(' · ')}
            {date && (article.source || article.authors.length) ? ' · ' : null}
            {date ? <>{article.publishedAt ? 'نُشر في ' : 'أُضيف إلى الأرشيف في '}<time datetime={article.publishedAt ?? article.firstSeenAt}>{date}</time></> : null}
          </p>
          {article.standfirst ? <p class="standfirst">{article.standfirst}</p> : null}
        </header>
        {first !== undefined
          ? <p>{article.dateline ? <><span class="dateline">{article.dateline}</span> – </> : null}{first}</p>
          : null}
        {rest.map((p) => <p>{p}</p>)}
        <footer>
          {sourceUrl ? <p class="meta">المصدر: <a class="source-link" href={sourceUrl} rel="noopener noreferrer nofollow">{sourceUrl}</a></p> : null}
          <a class="to-top" href="#top">العودة إلى الأعلى ↑</a>
        </footer>
      </article>
    </Layout>
  );
}
