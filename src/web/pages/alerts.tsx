/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// The alerts page: every alert with its query, its entity, how many articles it matched, its RSS
// feed, and its latest matches. Alerts are added from the command line (marsad alert add).
import { alertFeedHref } from '../../alerts/feed.ts';
import type { AlertOverview } from '../../alerts/overview.ts';
import { arabicDate, arabicNumber, ARTICLE_FORMS, countNoun } from '../format.ts';
import { Layout } from '../layout.tsx';
import { entityHref } from '../links.ts';
import { ArticleList } from './article-list.tsx';

function HowToAdd() {
  return (
    <>
      <p>التنبيه يخبرك حين يظهر في مقال جديد اسم أو عبارة تتابعها. أضف تنبيهًا من سطر الأوامر، مثلًا:</p>
      <pre dir="ltr"><code>marsad alert add ليبيا-الانتخابات --query "ليبيا الانتخابات"</code></pre>
      <p>ويمكن تقييده بعلم (<code dir="ltr">--entity ID</code>) أو إرساله إلى عنوان ويب (<code dir="ltr">--webhook URL</code>).
        يظهر كل تنبيه هنا مع ما طابقه، وله خلاصة RSS خاصة به.</p>
    </>
  );
}

function Deliveries({ alert }: { alert: AlertOverview }) {
  if (!alert.hasWebhook) return null;
  const { sent, pending, failed } = alert.deliveries;
  return (
    <>
      <dt>الإرسال إلى عنوان الويب</dt>
      <dd>أُرسل {arabicNumber(sent)}، وينتظر {arabicNumber(pending)}، وتعذّر {arabicNumber(failed)}</dd>
    </>
  );
}

function AlertSection({ alert }: { alert: AlertOverview }) {
  const headingId = `alert-${alert.name}`;
  return (
    <section class="alert" aria-labelledby={headingId}>
      <h2 id={headingId}>{alert.name}</h2>
      <dl class="facts">
        <dt>البحث</dt>
        <dd><a href={`/search?${new URLSearchParams({ q: alert.query })}`}>{alert.query}</a></dd>
        {alert.entity ? (
          <>
            <dt>مقيّد بالعلم</dt>
            <dd><a href={entityHref(alert.entity.id)}>{alert.entity.canonical ?? alert.entity.id}</a></dd>
          </>
        ) : null}
        <dt>المطابقات</dt>
        <dd>
          {countNoun(alert.matches, ARTICLE_FORMS)}
          {alert.lastMatchedAt ? <>، آخرها <time datetime={alert.lastMatchedAt}>{arabicDate(alert.lastMatchedAt, true)}</time></> : null}
        </dd>
        <Deliveries alert={alert} />
        <dt>الخلاصة</dt>
        <dd><a href={alertFeedHref(alert.name)} type="application/rss+xml" dir="ltr">RSS</a></dd>
      </dl>
      {alert.latest.length > 0 ? <ArticleList items={alert.latest} /> : <p>لم يطابق هذا التنبيه أي مقال جديد بعد.</p>}
    </section>
  );
}

export function AlertsPage({ alerts }: { alerts: AlertOverview[] }) {
  const feeds = alerts.map((a) => <link rel="alternate" type="application/rss+xml" title={`تنبيه: ${a.name}`} href={alertFeedHref(a.name)} />);
  return (
    <Layout title="التنبيهات" section="alerts" head={<>{feeds}</>}>
      <h1>التنبيهات</h1>
      {alerts.length === 0 ? (
        <>
          <p>لا تنبيهات بعد.</p>
          <HowToAdd />
        </>
      ) : (
        <>
          <p class="meta">كل تنبيه بحثٌ محفوظ يطابق المقالات التي تصل بعد إضافته، وله خلاصة RSS.</p>
          {alerts.map((alert) => <AlertSection alert={alert} />)}
          <details>
            <summary>إضافة تنبيه</summary>
            <HowToAdd />
          </details>
        </>
      )}
    </Layout>
  );
}
