// Calendar vocabulary as data (STYLE.md rule 8): month names in their Egyptian/Gulf, Levantine and
// Maghrebi forms, Hijri months, ordinal day words, weekdays, relative words. Written as newspapers
// write them; the reader folds them (foldForSearch), so أبريل and ابريل, ذو and ذي agree where the
// fold makes them agree, and both are listed where it does not.

export type Calendar = 'gregorian' | 'hijri';

export interface MonthName {
  /** One or two words: "يوليو", "كانون الثاني", "ربيع الأول". */
  words: string;
  month: number;
  calendar: Calendar;
  /** A month name that is also a common word (مارس "practised", ماي): needs a day or a year. */
  ambiguous?: boolean;
}

const gregorian = (month: number, ...names: string[]): MonthName[] => names.map((words) => ({ words, month, calendar: 'gregorian' as const }));
const hijri = (month: number, ...names: string[]): MonthName[] => names.map((words) => ({ words, month, calendar: 'hijri' as const }));

export const MONTH_NAMES: readonly MonthName[] = [
  // Egypt and the Gulf
  ...gregorian(1, 'يناير'), ...gregorian(2, 'فبراير'), ...gregorian(4, 'أبريل', 'إبريل'), ...gregorian(5, 'مايو'),
  ...gregorian(6, 'يونيو', 'يونيه'), ...gregorian(7, 'يوليو', 'يوليه'), ...gregorian(8, 'أغسطس', 'اغسطس'),
  ...gregorian(9, 'سبتمبر'), ...gregorian(10, 'أكتوبر'), ...gregorian(11, 'نوفمبر'), ...gregorian(12, 'ديسمبر'),
  { words: 'مارس', month: 3, calendar: 'gregorian', ambiguous: true },
  // The Levant and Iraq
  ...gregorian(1, 'كانون الثاني'), ...gregorian(2, 'شباط'), ...gregorian(3, 'آذار'), ...gregorian(4, 'نيسان'),
  ...gregorian(5, 'أيار'), ...gregorian(6, 'حزيران'), ...gregorian(7, 'تموز'),
  // آب folds like أب (father): it needs a day or a year.
  { words: 'آب', month: 8, calendar: 'gregorian', ambiguous: true },
  ...gregorian(9, 'أيلول'), ...gregorian(10, 'تشرين الأول'), ...gregorian(11, 'تشرين الثاني'), ...gregorian(12, 'كانون الأول'),
  // The Maghreb (Algeria, Tunisia; Morocco writes the Gulf forms or these)
  ...gregorian(1, 'جانفي'), ...gregorian(2, 'فيفري'), ...gregorian(4, 'أفريل'), ...gregorian(6, 'جوان'),
  ...gregorian(7, 'جويلية', 'جويلة'), ...gregorian(8, 'أوت'), ...gregorian(12, 'دجنبر'), ...gregorian(11, 'نونبر'),
  ...gregorian(9, 'شتنبر'), ...gregorian(7, 'يوليوز'),
  { words: 'ماي', month: 5, calendar: 'gregorian', ambiguous: true },
  // Hijri
  ...hijri(1, 'محرم'), ...hijri(2, 'صفر'), ...hijri(3, 'ربيع الأول'), ...hijri(4, 'ربيع الآخر', 'ربيع الثاني'),
  ...hijri(5, 'جمادى الأولى', 'جمادى الأول'), ...hijri(6, 'جمادى الآخرة', 'جمادى الثانية', 'جمادى الآخر'),
  ...hijri(7, 'رجب'), ...hijri(8, 'شعبان'), ...hijri(9, 'رمضان'), ...hijri(10, 'شوال'),
  ...hijri(11, 'ذو القعدة', 'ذي القعدة'), ...hijri(12, 'ذو الحجة', 'ذي الحجة'),
];

/** Ordinal words for days 1–9 ("الحادي" is 1 in compounds: الحادي عشر، الحادي والعشرين). */
export const ORDINAL_UNITS: ReadonlyMap<string, number> = new Map([
  ['الأول', 1], ['الحادي', 1], ['الثاني', 2], ['الثالث', 3], ['الرابع', 4], ['الخامس', 5], ['السادس', 6],
  ['السابع', 7], ['الثامن', 8], ['التاسع', 9],
]);

/** Ordinals that stand alone: العاشر، العشرين، الثلاثين. */
export const ORDINAL_ROUND: ReadonlyMap<string, number> = new Map([['العاشر', 10], ['العشرين', 20], ['الثلاثين', 30]]);

/** The second word of a compound ordinal: الثالث عشر (13), الخامس والعشرين (25). */
export const ORDINAL_TENS: ReadonlyMap<string, number> = new Map([['عشر', 10], ['والعشرين', 20], ['والعشرون', 20], ['والثلاثين', 30]]);

/** Days of the week, Sunday = 0 (as Date.getUTCDay). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['الأحد', 0], ['الاثنين', 1], ['الإثنين', 1], ['الثلاثاء', 2], ['الأربعاء', 3], ['الخميس', 4], ['الجمعة', 5], ['السبت', 6],
]);

/** Single words for a day relative to publication. */
export const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([
  ['أمس', -1], ['الأمس', -1], ['البارحة', -1], ['اليوم', 0], ['غدا', 1], ['غداً', 1],
]);

/** Two-word relative days: أول أمس، أمس الأول، بعد غد. */
export const RELATIVE_DAY_PHRASES: readonly { words: string; offset: number }[] = [
  { words: 'أول أمس', offset: -2 }, { words: 'أمس الأول', offset: -2 }, { words: 'بعد غد', offset: 2 }, { words: 'بعد غدا', offset: 2 },
];

export type RelativeUnit = 'week' | 'month' | 'year';

/** "الأسبوع الماضي", "الشهر المقبل", "العام الجاري": the unit and its words. */
export const RELATIVE_UNITS: ReadonlyMap<string, RelativeUnit> = new Map([
  ['الأسبوع', 'week'], ['الاسبوع', 'week'], ['الشهر', 'month'], ['العام', 'year'], ['السنة', 'year'], ['عام', 'year'],
]);

/** Words after a unit, a month or a weekday that place it: past, current, next. */
export const RELATIVE_DIRECTIONS: ReadonlyMap<string, -1 | 0 | 1> = new Map([
  ['الماضي', -1], ['الماضية', -1], ['المنصرم', -1], ['المنصرمة', -1], ['السابق', -1], ['الفائت', -1],
  ['الحالي', 0], ['الحالية', 0], ['الجاري', 0], ['الجارية', 0],
  ['المقبل', 1], ['المقبلة', 1], ['القادم', 1], ['القادمة', 1],
]);

/** "هذا العام", "هذه السنة": the current unit. */
export const THIS_WORDS: readonly string[] = ['هذا', 'هذه'];

/** Words before a bare year or month that make it a date: "في 2011", "عام 1967", "منذ يوليو". */
export const DATE_CONTEXT_WORDS: readonly string[] = [
  'في', 'عام', 'العام', 'لعام', 'للعام', 'سنة', 'لسنة', 'منذ', 'حتى', 'خلال', 'مطلع', 'بداية', 'نهاية',
  'أواخر', 'أوائل', 'منتصف', 'قبل', 'بعد', 'صيف', 'شتاء', 'ربيع', 'خريف', 'موسم', 'بحلول', 'حلول', 'شهر',
  'وفي', 'ومنذ', 'وحتى', 'عامي', 'بين', 'إلى', 'الى', 'أعوام', 'مواليد', 'تأسس', 'تأسست',
];

/** Marks after a year or a date: م / ميلادية (Gregorian), هـ / هجرية (Hijri). */
export const GREGORIAN_MARKS: readonly string[] = ['م', 'ميلادي', 'ميلادية', 'للميلاد'];
export const HIJRI_MARKS: readonly string[] = ['هـ', 'ه', 'هجري', 'هجرية', 'للهجرة'];

/** Words before اليوم that make it a name (the outlets "عين اليوم" and "اليوم"), not today. */
export const NOT_TODAY_BEFORE: readonly string[] = ['عين', 'صحيفة', 'جريدة', 'لصحيفة', 'لجريدة', 'موقع', 'وكالة', 'لـ', 'ل'];

/** Words between a month and its year: "25 يناير عام 2011", "يناير من عام 2015". */
export const BEFORE_YEAR: readonly string[] = ['عام', 'العام', 'سنة', 'من'];
