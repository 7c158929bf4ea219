import type { ArticleSummary, SourceCount } from '../../store/port.ts';
import { ARTICLE_FORMS, countNoun } from '../format.ts';
import { Layout } from '../layout.tsx';
import { ArticleList } from './article-list.tsx';

export function HomePage({ latest, total, sources }: { latest: ArticleSummary[]; total: number; sources: SourceCount[] }) {
  return (
    <Layout title="أحدث الأخبار">
      <h1>أحدث الأخبار</h1>
      <p class="meta">
        في الأرشيف {countNoun(total, ARTICLE_FORMS)}
        {sources.length > 0 ? ` من ${sources.length} مصدرًا` : ''}
      </p>
      {latest.length === 0
        ? <p>الأرشيف فارغ. أضف أخبارًا بالأمر <code>marsad ingest PATH</code>.</p>
        : <ArticleList items={latest} />}
    </Layout>
  );
}
