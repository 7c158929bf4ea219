/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// One article: section, headline, standfirst, outlet, byline, date in Arabic, dateline and body
// with entities linked, who said what, where else the text ran, related articles, back to top.
// Display text is rendered as text (JSX escapes it), never as HTML.
import type { Article } from '../../core/types.ts';
import { mentionedEntities } from '../body-layout.ts';
import { arabicDate, countNoun, ENTITY_TYPE_NAMES, OUTLET_FORMS, OUTLET_FORMS_GENITIVE, ARTICLE_FORMS } from '../format.ts';
import { Layout } from '../layout.tsx';
import { articleHref, entityHref, outletHref, safeHttpUrl, storyHref } from '../links.ts';
import type { ArticleView } from '../views/article-view.ts';
import { ArticleBody } from './article-body.tsx';
import { QuoteList } from './quotes.tsx';
import { outletName } from '../outlets.ts';

function jsonLd(article: Article): string {
  const mentions = mentionedEntities(article.text, article.entities).slice(0, 20);
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.standfirst,
    datePublished: article.publishedAt,
    dateModified: article.modifiedAt,
    articleSection: article.section,
    // Left out rather than [] when the page names no author: an empty list claims there is none.
    author: article.authors.length > 0 ? article.authors.map((name) => ({ '@type': 'Person', name })) : undefined,
    publisher: article.source ? { '@type': 'Organization', name: outletName(article.source) } : undefined,
    url: safeHttpUrl(article.url),
    inLanguage: article.language,
    mentions: mentions.length > 0 ? mentions.map((m) => ({ '@type': m.type === 'PER' ? 'Person' : m.type === 'ORG' ? 'Organization' : m.type === 'LOC' ? 'Place' : 'Thing', name: m.name })) : undefined,
  };
  // "<" escaped so no string in the data can close the script element.
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

function Byline({ article }: { article: Article }) {
  const date = article.publishedAt ?? article.firstSeenAt;
  const shown = arabicDate(date, true);
  return (
    <p class="meta byline">
      {article.source ? <a href={outletHref(article.source)}><bdi>{outletName(article.source)}</bdi></a> : null}
      {article.authors.length > 0 ? <>{article.source ? ' · ' : null}بقلم {article.authors.join('، ')}</> : null}
      {shown ? <>{article.source || article.authors.length > 0 ? ' · ' : null}{article.publishedAt ? 'نُشر في ' : 'أُضيف إلى الأرشيف في '}<time datetime={date}>{shown}</time></> : null}
    </p>
  );
}

function CopyNotice({ view }: { view: ArticleView }) {
  const { original, otherOutlets, story } = view;
  if (!original && otherOutlets.length === 0) return null;
  return (
    <aside class="notice" aria-label="نسخ النص">
      {original ? (
        <p>هذا النص نسخة من مقال نشره أولًا {original.source ? <bdi>{outletName(original.source)}</bdi> : 'مصدر آخر'}:{' '}
          <a href={articleHref(original.id)}>{original.title}</a>{original.publishedAt ? <> ({arabicDate(original.publishedAt)})</> : null}.</p>
      ) : null}
      {otherOutlets.length > 0 ? (
        <p>نُشر النص نفسه أيضًا في {countNoun(otherOutlets.length, OUTLET_FORMS)}: {otherOutlets.map((outlet, i) => <>{i > 0 ? '، ' : null}<bdi>{outletName(outlet)}</bdi></>)}
          {story ? <>. <a href={storyHref(story.id)}>تتبّع القصة</a></> : null}.</p>
      ) : null}
    </aside>
  );
}

function InThisArticle({ article }: { article: Article }) {
  const entities = mentionedEntities(article.text, article.entities);
  if (entities.length === 0) return null;
  return (
    <section aria-labelledby="in-article">
      <h2 id="in-article">في هذا المقال</h2>
      <ul class="chips">
        {entities.slice(0, 30).map((e) => (
          <li><a href={entityHref(e.entityId)}>{e.name}</a> <span class="meta">{ENTITY_TYPE_NAMES[e.type] ?? e.type}</span></li>
        ))}
      </ul>
    </section>
  );
}

function Related({ view }: { view: ArticleView }) {
  return (
    <section aria-labelledby="related">
      <h2 id="related">مقالات ذات صلة</h2>
      {view.related.length > 0 ? (
        <ul class="articles compact">
          {view.related.map((r) => (
            <li><a href={articleHref(r.id)}>{r.title}</a> <span class="meta">{r.source ? <bdi>{outletName(r.source)}</bdi> : null}{r.source && arabicDate(r.publishedAt) ? ' · ' : null}{arabicDate(r.publishedAt)}</span></li>
          ))}
        </ul>
      ) : null}
      {view.story && view.story.size > 1 ? (
        <p><a href={storyHref(view.story.id)}>القصة كاملة</a>: {countNoun(view.story.size, ARTICLE_FORMS)} من {countNoun(view.story.sources.length, OUTLET_FORMS_GENITIVE)}</p>
      ) : null}
      <p><a href={`${articleHref(view.article.id)}/related`}>مقالات مشابهة من الأرشيف</a></p>
    </section>
  );
}

export function ArticlePage({ view }: { view: ArticleView }) {
  const { article } = view;
  const sourceUrl = safeHttpUrl(article.url);
  return (
    <Layout title={article.title} description={article.standfirst}
      head={<script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(article) }} />}>
      <article class="full">
        <header>
          {article.section ? <p class="section-label">{article.section}</p> : null}
          <h1>{article.title}</h1>
          {article.standfirst ? <p class="standfirst">{article.standfirst}</p> : null}
          <Byline article={article} />
        </header>
        <CopyNotice view={view} />
        <ArticleBody article={article} />
        {sourceUrl ? (
          <footer>
            <p class="meta">المصدر: <a class="source-link" href={sourceUrl} rel="noopener noreferrer nofollow"><bdi>{sourceUrl}</bdi></a></p>
          </footer>
        ) : null}
      </article>
      {article.quotes && article.quotes.length > 0 ? <QuoteList article={article} /> : null}
      <InThisArticle article={article} />
      <Related view={view} />
      <p class="to-top-wrap"><a class="to-top" href="#top">العودة إلى الأعلى <span aria-hidden="true">↑</span></a></p>
    </Layout>
  );
}
