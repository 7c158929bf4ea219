/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// One story: its articles across outlets in the order they were published, who published first,
// how long after the first each outlet followed, and which articles copy another's text.
import type { StoryDetail } from '../../store/port.ts';
import { arabicDate, arabicDelay, ARTICLE_FORMS, countNoun, OUTLET_FORMS } from '../format.ts';
import { Layout } from '../layout.tsx';
import { articleHref, outletHref, storyHref, withQuery } from '../links.ts';
import { Pagination } from './pagination.tsx';
import { outletName } from '../outlets.ts';

/** A story of a few hundred articles would weigh more than a page should: it is shown in pages. */
export const STORY_PAGE_SIZE = 100;

export function StoryPage({ story, page = 1 }: { story: StoryDetail; page?: number }) {
  const [first] = story.articles;
  const titles = new Map(story.articles.map((a) => [a.id, a]));
  const offset = (page - 1) * STORY_PAGE_SIZE;
  const shown = story.articles.slice(offset, offset + STORY_PAGE_SIZE);
  return (
    <Layout title={story.title} section="stories">
      <p class="section-label">قصة</p>
      <h1>{story.title}</h1>
      <p class="meta">
        {countNoun(story.articles.length, ARTICLE_FORMS)} في {countNoun(story.sources.length, OUTLET_FORMS)}
        {' · '}من <time datetime={story.firstSeen}>{arabicDate(story.firstSeen, true)}</time>
        {' '}إلى <time datetime={story.lastSeen}>{arabicDate(story.lastSeen, true)}</time>
      </p>
      {first ? (
        <p class="notice">نشرها أولًا {first.source ? <a href={outletHref(first.source)}><bdi>{outletName(first.source)}</bdi></a> : 'مصدر غير معروف'}
          {arabicDate(first.publishedAt) ? <> في <time datetime={first.publishedAt}>{arabicDate(first.publishedAt, true)}</time></> : null}.</p>
      ) : null}
      <section aria-labelledby="story-articles">
        <h2 id="story-articles">المقالات بترتيب النشر</h2>
        <ol class="articles story-timeline" start={offset + 1}>
          {shown.map((a, shownIndex) => {
            const index = offset + shownIndex;
            const original = a.duplicateOf ? titles.get(a.duplicateOf) : undefined;
            return (
              <li>
                <h3><a href={articleHref(a.id)}>{a.title}</a></h3>
                <p class="meta">
                  {a.source ? <bdi>{outletName(a.source)}</bdi> : 'مصدر غير معروف'}
                  {arabicDate(a.publishedAt) ? <> · <time datetime={a.publishedAt}>{arabicDate(a.publishedAt, true)}</time></> : null}
                  {index === 0 ? <> · <strong>الأول</strong></> : first ? <>{arabicDelay(first.publishedAt, a.publishedAt) ? ` · ${arabicDelay(first.publishedAt, a.publishedAt)}` : null}</> : null}
                </p>
                {a.duplicateOf ? (
                  <p class="meta copy">نسخة من {original ? <a href={articleHref(original.id)}><bdi>{original.source ? outletName(original.source) : original.title}</bdi></a> : <a href={articleHref(a.duplicateOf)}>مقال سابق</a>}</p>
                ) : null}
              </li>
            );
          })}
        </ol>
        <Pagination page={page} pages={Math.ceil(story.articles.length / STORY_PAGE_SIZE)} label="صفحات القصة"
          href={(p) => withQuery(storyHref(story.id), { page: p })} />
      </section>
    </Layout>
  );
}
