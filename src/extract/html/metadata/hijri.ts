// Hijri → Gregorian. The arithmetical (tabular) calendar gives a first guess; the Umm al-Qura
// calendar that ICU ships (the one Saudi outlets print) confirms it within a couple of days.

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISLAMIC_EPOCH_JULIAN_DAY = 1948440;
const SEARCH_DAYS = [0, -1, 1, -2, 2, -3, 3];

export class HijriConverter {
  private readonly umalqura = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
    day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC',
  });

  toGregorian(hijri: CalendarDate): CalendarDate | undefined {
    if (hijri.month < 1 || hijri.month > 12 || hijri.day < 1 || hijri.day > 30 || hijri.year < 1300 || hijri.year > 1600) return undefined;
    const julianDay = Math.floor((11 * hijri.year + 3) / 30) + 354 * hijri.year + 30 * hijri.month
      - Math.floor((hijri.month - 1) / 2) + hijri.day + ISLAMIC_EPOCH_JULIAN_DAY - 385;
    const guess = julianDayToUtcMs(julianDay);
    for (const offset of SEARCH_DAYS) {
      const candidate = new Date(guess + offset * 86_400_000);
      if (this.matches(candidate, hijri)) return fromDate(candidate);
    }
    return fromDate(new Date(guess));
  }

  private matches(date: Date, hijri: CalendarDate): boolean {
    const parts = this.umalqura.formatToParts(date);
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return get('year') === hijri.year && get('month') === hijri.month && get('day') === hijri.day;
  }
}

function julianDayToUtcMs(julianDay: number): number {
  // Julian day 2440588 is 1970-01-01 (at noon; the tabular formula counts from noon too).
  return (julianDay - 2440588) * 86_400_000;
}

function fromDate(date: Date): CalendarDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
