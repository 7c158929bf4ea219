// Fictional Arabic news items for the crawler's tests: written from our own word lists with a
// seeded generator, so every article differs (no two are near-duplicates) and runs repeat exactly.
import type { SiteArticle } from './news-site.ts';

const ACTORS = ['وزارة الصحة', 'بلدية المدينة', 'الهيئة العامة للطرق', 'جامعة الساحل', 'غرفة التجارة', 'مجلس النواب',
  'شركة الموانئ', 'اتحاد المزارعين', 'المصرف المركزي', 'نقابة المعلمين', 'هيئة الأرصاد', 'وزارة النقل'];
const PLACES = ['طرابلس', 'بنغازي', 'مصراتة', 'سبها', 'الزاوية', 'درنة', 'غريان', 'زليتن', 'طبرق', 'سرت', 'البيضاء', 'غدامس'];
const ACTIONS = ['أعلنت', 'أطلقت', 'ناقشت', 'افتتحت', 'أقرت', 'عرضت', 'راجعت', 'وقعت'];
const TOPICS = ['خطة لتوسيع شبكة المياه', 'برنامجا لتدريب الشباب', 'مشروعا لصيانة الطرق', 'اتفاقا لدعم صغار المنتجين',
  'ميزانية جديدة للمدارس', 'حملة للتطعيم', 'مبادرة لتنظيف الشواطئ', 'خطة لتحديث المستشفيات', 'معرضا للكتاب',
  'مشروعا للطاقة الشمسية', 'برنامجا لإسكان الأسر', 'خطة لتطوير الموانئ'];
const PEOPLE = ['سالم الورفلي', 'هدى الترهوني', 'عمر الزوي', 'نادية المسلاتي', 'خالد البرعصي', 'ليلى القماطي',
  'يوسف الشريف', 'مريم الفيتوري', 'أحمد الكاديكي', 'سعاد بن عمران'];
const DETAILS = ['وقال المسؤول إن التنفيذ يبدأ خلال الأسابيع المقبلة', 'وأضاف أن الكلفة تبلغ نحو {n} مليون دينار',
  'وأشار إلى أن المرحلة الأولى تشمل {n} موقعا', 'ودعا السكان إلى المشاركة في جلسات الاستماع',
  'وأوضح أن اللجنة ستنشر تقريرها في نهاية الشهر', 'ولفت إلى أن {n} عاملا سيشاركون في العمل',
  'وتوقع أن تنتهي الأعمال قبل فصل الصيف', 'وذكر أن التمويل يأتي من موارد محلية'];

/** A small deterministic generator (mulberry32). */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function fictionalArticles(count: number, seed = 1, start = '2026-11-01T06:00:00.000Z'): SiteArticle[] {
  const random = generator(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const number = () => String(3 + Math.floor(random() * 900));
  const begin = Date.parse(start);
  return Array.from({ length: count }, (_, i) => {
    const actor = pick(ACTORS);
    const place = pick(PLACES);
    const topic = pick(TOPICS);
    const person = pick(PEOPLE);
    const paragraphs = [
      `${pick(ACTIONS)} ${actor} في ${place} ${topic}، في خطوة قالت إنها تستجيب لمطالب السكان منذ ${number()} يوما.`,
      `وقال ${person}، المتحدث باسم ${actor}، إن العمل سيجري على مراحل. ${pick(DETAILS).replace('{n}', number())}.`,
      `${pick(DETAILS).replace('{n}', number())}، ${pick(DETAILS).replace('{n}', number())} في ${pick(PLACES)} و${pick(PLACES)}.`,
      `ويأتي هذا الإعلان رقم ${i + 1} بعد اجتماع عقد في ${place} حضره ممثلون عن ${pick(ACTORS)} و${pick(ACTORS)}.`,
    ];
    return {
      title: `${actor} ${pick(ACTIONS).replace(/ت$/, '')} ${topic} في ${place} (${i + 1})`,
      paragraphs,
      publishedAt: new Date(begin + i * 600_000).toISOString(),
    };
  });
}
