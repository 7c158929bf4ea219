// Presenting values to Arabic readers: dates in Arabic, counts with Arabic plural forms, spans of
// time ("بعد ثلاث ساعات"). Formatters are built once; they hold no state that depends on input.

const LONG_DATE = new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' });
const LONG_DATE_TIME = new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
const SHORT_DAY = new Intl.DateTimeFormat('ar', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const NUMBER = new Intl.NumberFormat('ar');

/** A time given as midnight carries only a day: showing "00:00" would invent a time. */
function carriesTime(iso: string): boolean {
  return /T\d{2}:\d{2}/.test(iso) && !/T00:00(:00(\.0+)?)?(Z|[+-]00:?00)?$/.test(iso);
}

/**
 * The month names LONG_DATE writes, when it writes a date as "day month year" in Latin digits
 * (as Node's ICU does): then a date is put together from them, ten times faster than Intl, which
 * was 2% of a search page (ten dates). Read from Intl itself, so the two always agree; any other
 * pattern leaves every date to Intl.
 */
function plainMonthNames(): string[] | undefined {
  const months: string[] = [];
  for (let month = 0; month < 12; month++) {
    const probe = new Date(Date.UTC(2015, month, 25));
    const name = LONG_DATE.formatToParts(probe).find((part) => part.type === 'month')?.value;
    if (name === undefined || LONG_DATE.format(probe) !== `25 ${name} 2015`) return undefined;
    months.push(name);
  }
  return months;
}

const MONTH_NAMES = plainMonthNames();

function longDate(date: Date): string {
  const year = date.getUTCFullYear();
  // Intl writes years before 1000 and after 9999 its own way (eras); common years are put together here.
  if (MONTH_NAMES === undefined || year < 1000 || year > 9999) return LONG_DATE.format(date);
  return `${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]} ${year}`;
}

/** The offset an ISO time was written with, in minutes east of UTC (0 for Z); undefined when it names none. */
function writtenOffset(iso: string): number | undefined {
  if (/T[\d:.]+Z$/i.test(iso)) return 0;
  const match = /T[\d:.]+([+-])(\d{2}):?(\d{2})$/.exec(iso);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : undefined;
}

/** "بتوقيت غرينتش" or "بتوقيت غرينتش+3": the zone a time is shown in, said in Arabic. */
function zoneLabel(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'بتوقيت غرينتش';
  const sign = offsetMinutes > 0 ? '+' : '-';
  const hours = Math.floor(Math.abs(offsetMinutes) / 60);
  const minutes = Math.abs(offsetMinutes) % 60;
  return `بتوقيت غرينتش${sign}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}

/**
 * A date, and with withTime its time of day, in the offset the source wrote it with (an article
 * published at 12:00+03:00 shows 12:00, not 9:00), and the time says its zone.
 */
export function arabicDate(iso: string | undefined, withTime = false): string | undefined {
  if (!iso) return undefined;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return undefined;
  const offset = writtenOffset(iso);
  const local = new Date(time + (offset ?? 0) * 60_000);
  if (!(withTime && carriesTime(iso))) return longDate(local);
  return `${LONG_DATE_TIME.format(local)} ${zoneLabel(offset ?? 0)}`;
}

/** "٢٤ نوفمبر" for chart axes and compact lists. */
export function arabicShortDay(day: string): string {
  const time = Date.parse(day.length === 10 ? `${day}T00:00:00Z` : day);
  return Number.isNaN(time) ? day : SHORT_DAY.format(new Date(time));
}

/**
 * True when NUMBER writes whole numbers as Node's ICU does for 'ar': Latin digits grouped by three
 * with a comma. Then counts and page numbers (thirty-odd on a search page) are written here, several
 * times faster than Intl; probed from Intl itself, so the two always agree, and any other pattern
 * leaves every number to Intl.
 */
function plainGroupedDigits(): boolean {
  const probes = [0, 7, 42, 999, 1000, 3941, 12_345, 999_999, 1_234_567, 30_671_000];
  return probes.every((n) => NUMBER.format(n) === groupedDigits(n));
}

function groupedDigits(n: number): string {
  const digits = String(n);
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

const PLAIN_GROUPED_DIGITS = plainGroupedDigits();

export function arabicNumber(n: number): string {
  // Negative numbers, fractions and -0 (Intl writes its sign) are left to Intl.
  return PLAIN_GROUPED_DIGITS && Number.isSafeInteger(n) && (n > 0 || Object.is(n, 0)) ? groupedDigits(n) : NUMBER.format(n);
}

export interface NounForms {
  none: string;
  one: string;
  two: string;
  /** 3–10: plural, genitive. */
  few: string;
  /** 11 and up: singular, accusative. */
  many: string;
}

/** "3 نتائج", "نتيجة واحدة", "نتيجتان", "11 نتيجة": the count agrees with the noun. */
export function countNoun(n: number, forms: NounForms): string {
  if (n === 0) return forms.none;
  if (n === 1) return forms.one;
  if (n === 2) return forms.two;
  const mod = n % 100;
  if (mod >= 3 && mod <= 10) return `${arabicNumber(n)} ${forms.few}`;
  return `${arabicNumber(n)} ${forms.many}`;
}

export const RESULT_FORMS: NounForms = { none: 'لا نتائج', one: 'نتيجة واحدة', two: 'نتيجتان', few: 'نتائج', many: 'نتيجة' };
export const ARTICLE_FORMS: NounForms = { none: 'لا مقالات', one: 'مقال واحد', two: 'مقالان', few: 'مقالات', many: 'مقالًا' };
export const OUTLET_FORMS: NounForms = { none: 'لا مصادر', one: 'مصدر واحد', two: 'مصدران', few: 'مصادر', many: 'مصدرًا' };
/** After a preposition (من مصدرين): the dual is genitive. */
export const OUTLET_FORMS_GENITIVE: NounForms = { ...OUTLET_FORMS, two: 'مصدرين' };
export const MENTION_FORMS: NounForms = { none: 'لا إشارات', one: 'إشارة واحدة', two: 'إشارتان', few: 'إشارات', many: 'إشارة' };
export const QUOTE_FORMS: NounForms = { none: 'لا اقتباسات', one: 'اقتباس واحد', two: 'اقتباسان', few: 'اقتباسات', many: 'اقتباسًا' };
export const ENTITY_FORMS: NounForms = { none: 'لا أعلام', one: 'علم واحد', two: 'علمان', few: 'أعلام', many: 'علمًا' };
const MINUTE_FORMS: NounForms = { none: 'أقل من دقيقة', one: 'دقيقة', two: 'دقيقتين', few: 'دقائق', many: 'دقيقة' };
const HOUR_FORMS: NounForms = { none: 'أقل من ساعة', one: 'ساعة', two: 'ساعتين', few: 'ساعات', many: 'ساعة' };
const DAY_FORMS: NounForms = { none: 'أقل من يوم', one: 'يوم', two: 'يومين', few: 'أيام', many: 'يومًا' };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long after the first publication: "بعد ساعتين", "بعد ٣ أيام"; undefined when not later. */
export function arabicDelay(fromIso: string | undefined, toIso: string | undefined): string | undefined {
  if (!fromIso || !toIso) return undefined;
  const ms = Date.parse(toIso) - Date.parse(fromIso);
  if (!Number.isFinite(ms) || ms < MINUTE) return undefined;
  if (ms < HOUR) return `بعد ${countNoun(Math.floor(ms / MINUTE), MINUTE_FORMS)}`;
  if (ms < DAY) return `بعد ${countNoun(Math.floor(ms / HOUR), HOUR_FORMS)}`;
  return `بعد ${countNoun(Math.floor(ms / DAY), DAY_FORMS)}`;
}

/** Entity types as readers name them. */
export const ENTITY_TYPE_NAMES: Record<string, string> = {
  PER: 'شخص', ORG: 'مؤسسة', LOC: 'مكان', MISC: 'أخرى',
};
