/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
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
