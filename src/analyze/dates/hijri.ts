// Hijri to Gregorian. The Umm al-Qura calendar (Saudi Arabia's, used by its press) comes from
// Intl ('islamic-umalqura', full ICU in Node 20) for the years it covers; elsewhere, and as the
// first estimate, the arithmetic (tabular) Islamic calendar.

const UMALQURA_FIRST_YEAR = 1300;
const UMALQURA_LAST_YEAR = 1600;
const MS_PER_DAY = 86_400_000;
/** Julian day number of 1970-01-01. */
const UNIX_EPOCH_JD = 2_440_588;
/** The tabular calendar and Umm al-Qura differ by at most this many days. */
const MAX_UMALQURA_DRIFT = 3;

// A formatter is immutable: one per module is a constant, not a cache.
const UMALQURA = new Intl.DateTimeFormat('en-US-u-ca-islamic-umalqura-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });

export interface GregorianDate {
  year: number;
  month: number;
  day: number;
}

/** Julian day number of a date in the tabular Islamic calendar (civil epoch). */
function tabularToJulianDay(year: number, month: number, day: number): number {
  return day + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + 1_948_439;
}

function julianDayToGregorian(jd: number): GregorianDate {
  const date = new Date((jd - UNIX_EPOCH_JD) * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function umalquraParts(jd: number): { year: number; month: number; day: number } {
  const parts = UMALQURA.formatToParts(new Date((jd - UNIX_EPOCH_JD) * MS_PER_DAY));
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/** The Gregorian date of a Hijri date, or undefined when the day does not exist (30 of a 29-day month). */
export function hijriToGregorian(year: number, month: number, day: number): GregorianDate | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 30 || year < 1) return undefined;
  const estimate = tabularToJulianDay(year, month, day);
  if (year < UMALQURA_FIRST_YEAR || year > UMALQURA_LAST_YEAR) return julianDayToGregorian(estimate);
  for (let drift = 0; drift <= MAX_UMALQURA_DRIFT; drift++) {
    for (const jd of drift === 0 ? [estimate] : [estimate - drift, estimate + drift]) {
      const parts = umalquraParts(jd);
      if (parts.year === year && parts.month === month && parts.day === day) return julianDayToGregorian(jd);
    }
  }
  return undefined;
}

/** The Hijri (Umm al-Qura) date of a Gregorian day. */
export function gregorianToHijri(date: GregorianDate): { year: number; month: number; day: number } {
  const jd = Math.floor(Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY) + UNIX_EPOCH_JD;
  return umalquraParts(jd);
}
