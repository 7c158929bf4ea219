/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { arabicNumber } from '../format.ts';
import { Layout } from '../layout.tsx';

export function NotFoundPage({ what }: { what: string }) {
  return (
    <Layout title="غير موجود">
      <h1>الصفحة غير موجودة</h1>
      <p>{what}</p>
      <p><a href="/">العودة إلى الصفحة الرئيسية</a> أو ابحث في الأرشيف من المربع أعلى الصفحة.</p>
    </Layout>
  );
}

export function ErrorPage({ message, title = 'تعذّر عرض الصفحة' }: { message: string; title?: string }) {
  return (
    <Layout title="خطأ">
      <h1>{title}</h1>
      <p>{message}</p>
      <p><a href="/">العودة إلى الصفحة الرئيسية</a></p>
    </Layout>
  );
}

/** A page number past the last page: where the list ends, and a link there. */
export function PastLastPage({ last, lastHref }: { last: number; lastHref: string }) {
  return (
    <Layout title="لا توجد هذه الصفحة">
      <h1>لا توجد صفحة بهذا الرقم</h1>
      <p>{last === 1 ? 'كل النتائج في صفحة واحدة.' : `تنتهي النتائج عند الصفحة ${arabicNumber(last)}.`}</p>
      <p><a href={lastHref}>{last === 1 ? 'إلى الصفحة الأولى' : 'إلى الصفحة الأخيرة'}</a></p>
    </Layout>
  );
}
