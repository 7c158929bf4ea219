/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// Home: the day's and the week's top stories with how many outlets carried each, then the latest
// articles. Sections without data (no stories clustered yet) are left out, not faked.
import { arabicDate, ARTICLE_FORMS, countNoun, OUTLET_FORMS_GENITIVE } from '../format.ts';
import { Layout } from '../layout.tsx';
import { withQuery } from '../links.ts';
import type { HomeView } from '../views/home-view.ts';
import { ArticleList } from './article-list.tsx';
import { StoryList } from './story-list.tsx';

export function HomePage({ view, outlets }: { view: HomeView; outlets: number }) {
  const { latest, total, day, week } = view;
  return (
    <Layout title="أحدث الأخبار" section="home" description="أرشيف أخبار عربية: القصص الأبرز وأحدث المقالات.">
      <h1>مرصد الأخبار</h1>
      <p class="meta">
        في الأرشيف {countNoun(total, ARTICLE_FORMS)}
        {outlets > 0 ? ` من ${countNoun(outlets, OUTLET_FORMS_GENITIVE)}` : ''}.
      </p>
      {view.archiveIsOld && (day.length > 0 || week.length > 0) ? (
        <p class="notice">آخر خبر في الأرشيف بتاريخ <time datetime={view.reference}>{arabicDate(view.reference)}</time>؛
          «اليوم» و«الأسبوع» هنا محسوبان من ذلك التاريخ.</p>
      ) : null}
      {day.length > 0 ? (
        <section aria-labelledby="top-day">
          <h2 id="top-day">{view.archiveIsOld ? 'أبرز قصص آخر يوم في الأرشيف' : 'أبرز قصص اليوم'}</h2>
          <StoryList stories={day} />
        </section>
      ) : null}
      {week.length > 0 ? (
        <section aria-labelledby="top-week">
          <h2 id="top-week">{view.archiveIsOld ? 'أبرز قصص آخر أسبوع في الأرشيف' : 'أبرز قصص الأسبوع'}</h2>
          <StoryList stories={week} />
        </section>
      ) : null}
      <section aria-labelledby="latest">
        <h2 id="latest">أحدث المقالات</h2>
        {latest.length === 0
          ? <p>الأرشيف فارغ. أضف أخبارًا بالأمر <code dir="ltr">marsad ingest PATH</code>.</p>
          : <ArticleList items={latest} />}
        {total > latest.length ? <p><a href={withQuery('/articles', { page: 2 })}>مقالات أقدم ←</a></p> : null}
      </section>
    </Layout>
  );
}
