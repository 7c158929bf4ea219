import { Layout } from '../layout.tsx';

export function NotFoundPage({ what }: { what: string }) {
  return (
    <Layout title="غير موجود">
      <h1>الصفحة غير موجودة</h1>
      <p>{what}</p>
      <p><a href="/">العودة إلى الصفحة الرئيسية</a></p>
    </Layout>
  );
}

export function ErrorPage({ message }: { message: string }) {
  return (
    <Layout title="خطأ">
      <h1>تعذّر عرض الصفحة</h1>
      <p>{message}</p>
      <p><a href="/">العودة إلى الصفحة الرئيسية</a></p>
    </Layout>
  );
}
