// Plain date arithmetic in UTC, and ISO values at a precision.
import type { DatePrecision } from '../../core/types.ts';

export interface Day {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDay(date: Day): boolean {
  return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(date.year, date.month);
}

export function addDays(date: Day, days: number): Day {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day) + days * MS_PER_DAY);
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

export function weekday(date: Day): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function isoValue(date: Partial<Day> & { year: number }, precision: DatePrecision): string {
  if (precision === 'year') return pad(date.year, 4);
  if (precision === 'month') return `${pad(date.year, 4)}-${pad(date.month ?? 1)}`;
  return `${pad(date.year, 4)}-${pad(date.month ?? 1)}-${pad(date.day ?? 1)}`;
}

/** The calendar day of an ISO 8601 timestamp or date (its own date, ignoring the time zone offset). */
export function parsePublishedAt(publishedAt: string | undefined): Day | undefined {
  const match = publishedAt ? /^(\d{4})-(\d{2})-(\d{2})/u.exec(publishedAt) : null;
  if (!match) return undefined;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidDay(day) ? day : undefined;
}

/** The year that puts a month (and day) of no stated year nearest to the publication date. */
export function nearestYear(month: number, day: number, published: Day): number {
  const candidates = [published.year - 1, published.year, published.year + 1];
  const distance = (year: number): number => Math.abs(Date.UTC(year, month - 1, day) - Date.UTC(published.year, published.month - 1, published.day));
  return candidates.reduce((best, year) => (distance(year) < distance(best) ? year : best));
}

/** The year of a month said to be past (-1), current (0) or next (1) relative to publication. */
export function yearOfMonth(month: number, direction: -1 | 0 | 1, published: Day): number {
  if (direction === 0) return published.year;
  if (direction < 0) return month < published.month ? published.year : published.year - 1;
  return month > published.month ? published.year : published.year + 1;
}
