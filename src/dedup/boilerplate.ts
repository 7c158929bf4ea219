// Outlet boilerplate that says nothing about the article: lines dropped before fingerprinting so
// that a copy with an outlet's tail or tag line still matches the wire original. Folded search
// profile, matched at the start of a paragraph.
export const BOILERPLATE_PARAGRAPH_PREFIXES: readonly string[] = [
  'رابط الخبر بصحيفه', // alweeam tail: «رابط الخبر بصحيفة الوئام: <title>»
  'سمات ', // 3alyoum tag line: «سمات <tags>»
  'next previous',
  'اقرا ايضا',
  'اقرا المزيد',
  'مقالات ذات صله',
  'اخبار ذات صله',
  'العوده الي الاعلي',
  'تابعونا علي',
];

/** A first paragraph this short that names an outlet or agency is a byline/dateline, not text. */
export const BYLINE_MAX_WORDS = 8;
export const BYLINE_MARKERS: readonly string[] = [
  'واس', 'رويترز', 'ا ف ب', 'د ب ا', 'عين اليوم', 'الوئام', 'سبق', 'وكالات', 'الشرق الاوسط', 'الجزيره', 'عكاظ', 'اليوم', 'الرياض', 'المدينه',
];
