// Presenting values to Arabic readers: dates in Arabic, counts with Arabic plural forms.

const LONG_DATE = new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' });
const LONG_DATE_TIME = new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
const NUMBER = new Intl.NumberFormat('ar');

export function arabicDate(iso: string | undefined, withTime = false): string | undefined {
  if (!iso) return undefined;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return undefined;
  const hasTime = /T\d{2}:\d{2}/.test(iso) && !/T00:00(:00(\.0+)?)?(Z|[+-]00:?00)?$/.test(iso);
  return (withTime && hasTime ? LONG_DATE_TIME : LONG_DATE).format(new Date(time));
}

export function arabicNumber(n: number): string {
  return NUMBER.format(n);
}

/** "3 نتائج", "نتيجة واحدة", "نتيجتان", "11 نتيجة": the count agrees with the noun. */
export function countNoun(n: number, forms: { none: string; one: string; two: string; few: string; many: string }): string {
  if (n === 0) return forms.none;
  if (n === 1) return forms.one;
  if (n === 2) return forms.two;
  const mod = n % 100;
  if (mod >= 3 && mod <= 10) return `${arabicNumber(n)} ${forms.few}`;
  return `${arabicNumber(n)} ${forms.many}`;
}

export const RESULT_FORMS = { none: 'لا نتائج', one: 'نتيجة واحدة', two: 'نتيجتان', few: 'نتائج', many: 'نتيجة' };
export const ARTICLE_FORMS = { none: 'لا مقالات', one: 'مقال واحد', two: 'مقالان', few: 'مقالات', many: 'مقالًا' };
