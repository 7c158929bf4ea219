// Outlets are stored under the name their source gave (SaudiNewsNet gives slugs: okaz, aawsat):
// an identifier that filters and links use. A reader sees the outlet's Arabic name where we know
// it, and the stored name otherwise.

/** Arabic names of outlets whose stored name is a Latin slug (SaudiNewsNet's 14, and the Saudi Press Agency's URL slug). */
const OUTLET_NAMES: Readonly<Record<string, string>> = {
  alriyadh: 'الرياض',
  aljazirah: 'الجزيرة',
  alyaum: 'اليوم',
  aawsat: 'الشرق الأوسط',
  aleqtisadiya: 'الاقتصادية',
  okaz: 'عكاظ',
  alwatan: 'الوطن',
  almadina: 'المدينة',
  alweeam: 'الوئام',
  '3alyoum': 'عين اليوم',
  sabq: 'سبق',
  was: 'واس',
  spa: 'واس',
  arreyadi: 'الرياضي',
  arriyadiyah: 'الرياضية',
};

/** The name a reader sees for a stored outlet name. */
export function outletName(source: string): string {
  return OUTLET_NAMES[source.trim().toLowerCase()] ?? source;
}
