// Month names as pages write them (STYLE.md rule 8: vocabulary is data). Arabic has several
// calendars of names for the same Gregorian months, by region; Hijri months are separate because
// their dates need converting. Keys are written as outlets spell them; the parser folds hamza
// forms and teh marbuta, so one spelling of each is enough unless the words themselves differ.

/** Egypt, the Gulf, most pan-Arab outlets. */
export const GREGORIAN_MONTHS_EGYPTIAN_GULF: Record<string, number> = {
  'يناير': 1, 'فبراير': 2, 'مارس': 3, 'أبريل': 4, 'إبريل': 4, 'مايو': 5, 'يونيو': 6, 'يونيه': 6,
  'يوليو': 7, 'يوليه': 7, 'أغسطس': 8, 'سبتمبر': 9, 'أكتوبر': 10, 'نوفمبر': 11, 'ديسمبر': 12,
};

/** Syria, Lebanon, Jordan, Palestine, Iraq (Syriac names). */
export const GREGORIAN_MONTHS_LEVANTINE: Record<string, number> = {
  'كانون الثاني': 1, 'شباط': 2, 'آذار': 3, 'نيسان': 4, 'أيار': 5, 'حزيران': 6,
  'تموز': 7, 'آب': 8, 'أيلول': 9, 'تشرين الأول': 10, 'تشرين الثاني': 11, 'كانون الأول': 12,
};

/** Algeria and Tunisia (from French), and Morocco's own forms. */
export const GREGORIAN_MONTHS_MAGHREBI: Record<string, number> = {
  'جانفي': 1, 'فيفري': 2, 'أفريل': 4, 'ماي': 5, 'جوان': 6, 'جويلية': 7, 'جويلة': 7, 'أوت': 8,
  'يوليوز': 7, 'غشت': 8, 'شتنبر': 9, 'نونبر': 11, 'دجنبر': 12,
};

export const HIJRI_MONTHS: Record<string, number> = {
  'محرم': 1, 'صفر': 2, 'ربيع الأول': 3, 'ربيع الآخر': 4, 'ربيع الثاني': 4, 'جمادى الأولى': 5, 'جمادى الأول': 5,
  'جمادى الآخرة': 6, 'جمادى الثانية': 6, 'جمادى الآخر': 6, 'رجب': 7, 'شعبان': 8, 'رمضان': 9, 'شوال': 10,
  'ذو القعدة': 11, 'ذي القعدة': 11, 'ذو الحجة': 12, 'ذي الحجة': 12,
};

/** Latin-script names for the pages of other languages the extractor meets (English, German, French). */
export const GREGORIAN_MONTHS_LATIN: Record<string, number> = {
  january: 1, jan: 1, januar: 1, janvier: 1, jänner: 1, february: 2, feb: 2, februar: 2, février: 2,
  march: 3, mar: 3, märz: 3, maerz: 3, mars: 3, april: 4, apr: 4, avril: 4, may: 5, mai: 5,
  june: 6, jun: 6, juni: 6, juin: 6, july: 7, jul: 7, juli: 7, juillet: 7, august: 8, aug: 8, août: 8,
  september: 9, sep: 9, sept: 9, septembre: 9, october: 10, oct: 10, oktober: 10, okt: 10, octobre: 10,
  november: 11, nov: 11, novembre: 11, december: 12, dec: 12, dezember: 12, dez: 12, décembre: 12,
};

/** Words that mark a year as Hijri or Gregorian: "1445 هـ", "2024 م". */
export const HIJRI_YEAR_MARKERS = ['هـ', 'ه', 'هجري', 'هجرية'];
