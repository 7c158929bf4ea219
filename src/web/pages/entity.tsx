/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// One entity: its names and roles, mentions per day, who it appears with, what it said and what
// was said about it, and the latest articles that name it. Each section shows when it has data.
import type { EntitySummary } from '../../store/port.ts';
import { arabicDate, ARTICLE_FORMS, arabicNumber, countNoun, ENTITY_TYPE_NAMES, MENTION_FORMS } from '../format.ts';
import { Layout } from '../layout.tsx';
import { entityHref } from '../links.ts';
import type { EntityView } from '../views/entity-view.ts';
import { ArticleList } from './article-list.tsx';
import { ArchiveQuotes } from './quotes.tsx';
import { TimelineChart } from './timeline-chart.tsx';

function Names({ entity }: { entity: EntitySummary }) {
  const variants = entity.variants.filter((v) => v !== entity.canonical);
  if (variants.length === 0 && entity.roles.length === 0) return null;
  return (
    <section aria-labelledby="names">
      <h2 id="names">الأسماء والصفات</h2>
      {variants.length > 0 ? <><h3>يُكتب أيضًا</h3><ul class="chips">{variants.map((v) => <li>{v}</li>)}</ul></> : null}
      {entity.roles.length > 0 ? <><h3>الصفات</h3><ul class="chips">{entity.roles.map((r) => <li>{r}</li>)}</ul></> : null}
    </section>
  );
}

export function EntityPage({ view }: { view: EntityView }) {
  const { entity, coMentions, quotesBy, quotesAbout, articles } = view;
  return (
    <Layout title={entity.canonical} section="entities" description={`${entity.canonical} في الأخبار: الإشارات والاقتباسات.`}>
      <p class="section-label">{ENTITY_TYPE_NAMES[entity.type] ?? entity.type}</p>
      <h1>{entity.canonical}</h1>
      <p class="meta">
        {countNoun(entity.mentions, MENTION_FORMS)} في {countNoun(entity.articles, ARTICLE_FORMS)}
        {entity.firstSeen ? <> · أول ظهور {arabicDate(entity.firstSeen)}</> : null}
        {entity.lastSeen ? <> · آخر ظهور {arabicDate(entity.lastSeen)}</> : null}
      </p>
      <form class="filters" role="search" action="/search" method="get" aria-label={`ابحث في المقالات التي تذكر ${entity.canonical}`}>
        <input type="hidden" name="entity" value={entity.id} />
        <label for="entity-q">ابحث في المقالات التي تذكره</label>
        <input id="entity-q" type="search" name="q" maxlength={1000} />
        <button type="submit">بحث</button>
      </form>
      <Names entity={entity} />
      {view.timeline.length > 0 ? (
        <section aria-labelledby="timeline">
          <h2 id="timeline">الإشارات عبر الزمن</h2>
          <TimelineChart points={view.timeline} name={entity.canonical} />
        </section>
      ) : null}
      {coMentions.length > 0 ? (
        <section aria-labelledby="co">
          <h2 id="co">يُذكر معه</h2>
          <p class="meta">في {view.sampled < entity.articles ? `أحدث ${countNoun(view.sampled, ARTICLE_FORMS)} تذكره` : 'كل المقالات التي تذكره'}، مع عدد المقالات المشتركة.</p>
          <ul class="chips">
            {coMentions.map((c) => (
              <li><a href={entityHref(c.id)}>{c.canonical}</a> <span class="count" title="مقالات مشتركة">{arabicNumber(c.together)}</span></li>
            ))}
          </ul>
        </section>
      ) : null}
      <ArchiveQuotes id="quotes-by" heading={`ما قاله ${entity.canonical}`} quotes={quotesBy.items} />
      <ArchiveQuotes id="quotes-about" heading={`ما قيل عن ${entity.canonical}`} quotes={quotesAbout} />
      {articles.items.length > 0 ? (
        <section aria-labelledby="entity-articles">
          <h2 id="entity-articles">أحدث المقالات التي تذكره</h2>
          <ArticleList items={articles.items} />
        </section>
      ) : null}
    </Layout>
  );
}
