/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// Everything related to one article, as `marsad show` lists it: the same text at other outlets, the
// rest of its story, then articles similar by content and by the entities they share.
import type { Article, RelatedArticle } from '../../core/types.ts';
import { arabicDate } from '../format.ts';
import { Layout } from '../layout.tsx';
import { articleHref } from '../links.ts';
import { outletName } from '../outlets.ts';

const GROUPS: ReadonlyArray<{ reason: RelatedArticle['reason']; heading: string }> = [
  { reason: 'duplicate', heading: 'النص نفسه في مصادر أخرى' },
  { reason: 'story', heading: 'من القصة نفسها' },
  { reason: 'similar', heading: 'مقالات مشابهة' },
];

export function RelatedPage({ article, related }: { article: Article; related: RelatedArticle[] }) {
  return (
    <Layout title={`ذات صلة: ${article.title}`}>
      <h1>مقالات ذات صلة</h1>
      <p>بمقال <a href={articleHref(article.id)}>{article.title}</a>{article.source ? <> (<bdi>{outletName(article.source)}</bdi>)</> : null}.</p>
      {related.length === 0 ? <p>لم نجد في الأرشيف مقالات ذات صلة بهذا المقال.</p> : null}
      {GROUPS.map(({ reason, heading }) => {
        const items = related.filter((r) => r.reason === reason);
        if (items.length === 0) return null;
        return (
          <section aria-labelledby={`related-${reason}`}>
            <h2 id={`related-${reason}`}>{heading}</h2>
            <ul class="articles compact">
              {items.map((r) => (
                <li><a href={articleHref(r.id)}>{r.title}</a> <span class="meta">{r.source ? <bdi>{outletName(r.source)}</bdi> : null}{r.source && arabicDate(r.publishedAt) ? ' · ' : null}{arabicDate(r.publishedAt)}</span></li>
              ))}
            </ul>
          </section>
        );
      })}
    </Layout>
  );
}
