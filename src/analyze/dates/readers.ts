// The date shapes, one reader each. A reader looks at token i and returns the date that starts
// there (its tokens, ISO value and precision) or undefined. Dates with no year, and relative
// dates, need the publication day; without it they are not read.
import type { DatePrecision } from '../../core/types.ts';
import type { Token } from '../amounts/tokens.ts';
import type { Calendar } from './calendar-words.ts';
import { type Day, isValidDay, isoValue, addDays, weekday, nearestYear, yearOfMonth } from './calendar.ts';
import { hijriToGregorian, gregorianToHijri } from './hijri.ts';
import {
  readMonthName, readOrdinalDay, weekdayOf, relativeDayOf, RELATIVE_DAY_PAIRS, relativeUnitOf, directionOf, isThisWord,
  isDateContext, readCalendarMark, namesOutletBefore, isBeforeYear, type MonthReading,
} from './lexicon.ts';

const QUOTE_MARKS = new Set(['"', '«', '“', '”']);

export interface DateReading {
  firstToken: number;
  /** Exclusive. */
  endToken: number;
  /** Characters to skip at the start of the first token (a preposition written on it: بيوليو). */
  prefix?: number;
  value: string;
  precision: DatePrecision;
  calendar?: Calendar;
  relative?: boolean;
  approximate?: boolean;
}

const GREGORIAN_YEARS = { min: 1900, max: 2100 };
const HIJRI_YEARS = { min: 1300, max: 1600 };
const NUMERIC_SEPARATORS = new Set(['/', '-', '.', '\\']);
/** Between the two days of a range: "13 - 16 سبتمبر", "13 إلى 16 سبتمبر". */
const RANGE_JOINERS = new Set(['-', '–', 'الي', 'حتي', 'و']);

const isYear = (n: number, calendar: Calendar): boolean =>
  calendar === 'hijri' ? n >= HIJRI_YEARS.min && n <= HIJRI_YEARS.max : n >= GREGORIAN_YEARS.min && n <= GREGORIAN_YEARS.max;

function intOf(token: Token | undefined): number | undefined {
  return token && token.kind === 'number' && /^\d{1,4}$/u.test(token.fold) ? Number(token.fold) : undefined;
}

/** A Gregorian or Hijri day as an ISO day; Hijri through Umm al-Qura. */
function toDay(calendar: Calendar, year: number, month: number, day: number): Day | undefined {
  if (calendar === 'hijri') return hijriToGregorian(year, month, day);
  const date = { year, month, day };
  return isValidDay(date) ? date : undefined;
}

/** "١٠/١٢/٢٠١٨", "1436/10/15 هـ", "15.10.2015", "30/ 11/ 1436هـ". */
export function readNumericDate(tokens: Token[], i: number): DateReading | undefined {
  const first = tokens[i];
  if (first.kind !== 'number') return undefined;
  let parts: number[];
  let j: number;
  const dotted = /^(\d{1,4})\.(\d{1,2})\.(\d{1,4})$/u.exec(first.fold);
  if (dotted) { parts = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])]; j = i + 1; }
  else {
    parts = [];
    j = i;
    while (parts.length < 3) {
      const n = intOf(tokens[j]);
      if (n === undefined || (parts.length > 0 && tokens[j].newlineBefore)) return undefined;
      parts.push(n);
      j++;
      if (parts.length === 3) break;
      if (!tokens[j] || !NUMERIC_SEPARATORS.has(tokens[j].text) || tokens[j].newlineBefore) return undefined;
      j++;
    }
  }
  const mark = readCalendarMark(tokens, j);
  const yearFirst = String(parts[0]).length === 4 || parts[0] > 31;
  const [year, month, day] = yearFirst ? parts : [parts[2], parts[1], parts[0]];
  const calendar: Calendar = mark?.calendar ?? (isYear(year, 'hijri') ? 'hijri' : 'gregorian');
  if (!isYear(year, calendar)) return undefined;
  const date = toDay(calendar, year, month, day);
  if (!date) return undefined;
  return { firstToken: i, endToken: mark?.end ?? j, value: isoValue(date, 'day'), precision: 'day', ...(calendar === 'hijri' ? { calendar } : {}) };
}

/** The year (or relative year) after a month: "2018", "1436 هـ", "الحالي", "من العام الماضي". */
function yearAfterMonth(tokens: Token[], j: number, month: MonthReading, published: Day | undefined):
  { year: number; end: number; relative: boolean } | undefined {
  let token = tokens[j];
  if (!token || token.newlineBefore) return undefined;
  // "25 يناير عام 2011", "يناير من عام 2015": words before the year.
  let k = j;
  while (k < j + 2 && isBeforeYear(tokens[k]?.fold) && tokens[k + 1] && !tokens[k + 1].newlineBefore) k++;
  const n = intOf(tokens[k]);
  if (n !== undefined && isYear(n, month.calendar)) return { year: n, end: readCalendarMark(tokens, k + 1)?.end ?? k + 1, relative: false };
  token = tokens[j];
  if (!published) return undefined;
  const direction = directionOf(token.fold);
  if (direction === undefined) return undefined;
  if (month.calendar === 'hijri') {
    const hijriToday = gregorianToHijri(published);
    const year = direction === 0 ? hijriToday.year : direction < 0 ? (month.month < hijriToday.month ? hijriToday.year : hijriToday.year - 1) : (month.month > hijriToday.month ? hijriToday.year : hijriToday.year + 1);
    return { year, end: j + 1, relative: true };
  }
  return { year: yearOfMonth(month.month, direction, published), end: j + 1, relative: true };
}

/** "تموز (يوليو)": a month repeated in another form in parentheses belongs to the date. */
function skipMonthAlias(tokens: Token[], j: number): number {
  if (tokens[j]?.text !== '(') return j;
  const alias = readMonthName(tokens, j + 1);
  return alias && tokens[alias.end]?.text === ')' ? alias.end + 1 : j;
}

/** The year of a day and month with no year: nearest to publication, in the month's calendar. */
function inferredYear(month: MonthReading, day: number, published: Day): number {
  if (month.calendar === 'gregorian') return nearestYear(month.month, day, published);
  const today = gregorianToHijri(published);
  const candidates = [today.year - 1, today.year, today.year + 1];
  const offset = (year: number): number => Math.abs((year - today.year) * 354 + (month.month - today.month) * 29.5 + (day - today.day));
  return candidates.reduce((best, year) => (offset(year) < offset(best) ? year : best));
}

/** "10 كانون الأول 2018", "15 رمضان 1436 هـ", "في العاشر من ديسمبر", "27 يوليو (تموز) الحالي". */
export function readDayMonth(tokens: Token[], i: number, published: Day | undefined): DateReading | undefined {
  let day: number | undefined;
  let j: number;
  const n = intOf(tokens[i]);
  if (n !== undefined && n >= 1 && n <= 31) {
    day = n;
    j = i + 1;
    // "من 13 - 16 سبتمبر 2015": the first day of a range takes the month of the second.
    const second = intOf(tokens[j + 1]);
    if (tokens[j] && RANGE_JOINERS.has(tokens[j].fold) && second !== undefined && second > n && second <= 31 && readMonthName(tokens, j + 2)) {
      const rest = readDayMonth(tokens, j + 1, published);
      return rest ? { ...rest, firstToken: i, endToken: i + 1, value: rest.value.slice(0, 8) + String(n).padStart(2, '0') } : undefined;
    }
  } else {
    const ordinal = readOrdinalDay(tokens, i);
    if (!ordinal || tokens[ordinal.end]?.fold !== 'من') return undefined;
    day = ordinal.day;
    j = ordinal.end + 1;
    if (tokens[j]?.fold === 'شهر') j++;
  }
  const month = readMonthName(tokens, j);
  if (!month || month.prefix > 0 || tokens[j].newlineBefore) return undefined;
  j = skipMonthAlias(tokens, month.end);
  const year = yearAfterMonth(tokens, j, month, published);
  const resolvedYear = year?.year ?? (published ? inferredYear(month, day, published) : undefined);
  if (resolvedYear === undefined) return undefined;
  const date = toDay(month.calendar, resolvedYear, month.month, day);
  if (!date) return undefined;
  return {
    firstToken: i, endToken: year?.end ?? j, value: isoValue(date, 'day'), precision: 'day',
    ...(month.calendar === 'hijri' ? { calendar: 'hijri' as const } : {}),
    ...(year?.relative || !year ? { relative: true } : {}),
  };
}

/** "يوليو 2013", "رمضان 1436هـ", "مايو الماضي", "في أغسطس": month precision. */
export function readMonthYear(tokens: Token[], i: number, published: Day | undefined): DateReading | undefined {
  const month = readMonthName(tokens, i);
  if (!month) return undefined;
  const j = skipMonthAlias(tokens, month.end);
  const year = yearAfterMonth(tokens, j, month, published);
  if (!year) {
    // A bare month is a date only after a date word ("في أغسطس", "منذ يوليو") and when we know the year.
    const before = i > 0 ? tokens[i - 1].fold : undefined;
    if (month.ambiguous || !published || !(isDateContext(before) || month.prefix > 0)) return undefined;
    const bare = readBareMonth(month, published);
    return bare ? { firstToken: i, endToken: j, prefix: month.prefix, ...bare, relative: true } : undefined;
  }
  if (month.ambiguous && year.relative) return undefined;
  const date = toDay(month.calendar, year.year, month.month, 1);
  if (!date) return undefined;
  return {
    firstToken: i, endToken: year.end, prefix: month.prefix, value: isoValue(date, 'month'), precision: 'month',
    ...(month.calendar === 'hijri' ? { calendar: 'hijri' as const } : {}), ...(year.relative ? { relative: true } : {}),
  };
}

function readBareMonth(month: MonthReading, published: Day): { value: string; precision: DatePrecision; calendar?: Calendar } | undefined {
  if (month.calendar === 'hijri') {
    const date = hijriToGregorian(inferredYear(month, 1, published), month.month, 1);
    return date ? { value: isoValue(date, 'month'), precision: 'month', calendar: 'hijri' } : undefined;
  }
  return { value: isoValue({ year: nearestYear(month.month, 15, published), month: month.month }, 'month'), precision: 'month' };
}

/** "أمس", "أول أمس", "الخميس", "الخميس المقبل", "الأسبوع الماضي", "الشهر المقبل", "هذا العام". */
export function readRelative(tokens: Token[], i: number, published: Day): DateReading | undefined {
  const token = tokens[i];
  if (token.kind !== 'word') return undefined;
  const next = tokens[i + 1] && !tokens[i + 1].newlineBefore ? tokens[i + 1] : undefined;
  for (const { words, offset } of RELATIVE_DAY_PAIRS) {
    if (token.fold === words[0] && next?.fold === words[1]) return dayReading(i, i + 2, addDays(published, offset));
  }
  const offset = relativeDayOf(token.fold);
  // "عين اليوم", لـ"اليوم", «اليوم»: the outlets called اليوم.
  if (offset === 0 && (namesOutletBefore(tokens[i - 1]?.fold) || QUOTE_MARKS.has(tokens[i - 1]?.text ?? ''))) return undefined;
  // "اليوم الجمعة": today, named by its weekday.
  if (offset === 0 && next && weekdayOf(next.fold) !== undefined) return dayReading(i, i + 2, published);
  // "اليوم الوطني", "اليوم العالمي": اليوم with a definite adjective is a name, not today.
  if (offset !== undefined && !(offset === 0 && next?.fold.startsWith('ال') && directionOf(next.fold) === undefined)) {
    return dayReading(i, i + 1, addDays(published, offset));
  }
  const day = weekdayOf(token.fold);
  if (day !== undefined) return weekdayReading(i, day, directionOf(next?.fold), published);
  if (isThisWord(token.fold) && next && relativeUnitOf(next.fold)) return unitReading(i, i + 2, relativeUnitOf(next.fold)!, 0, published);
  const unit = relativeUnitOf(token.fold);
  const direction = directionOf(next?.fold);
  if (unit && direction !== undefined) return unitReading(i, i + 2, unit, direction, published);
  return undefined;
}

function dayReading(first: number, end: number, date: Day): DateReading {
  return { firstToken: first, endToken: end, value: isoValue(date, 'day'), precision: 'day', relative: true };
}

/** The weekday nearest before publication (or on it); "المقبل" moves to the next one, "الماضي" to the last one before it. */
function weekdayReading(i: number, day: number, direction: -1 | 0 | 1 | undefined, published: Day): DateReading {
  const today = weekday(published);
  let delta = ((day - today) % 7 + 7) % 7; // days ahead, 0..6
  if (direction === 1) delta = delta === 0 ? 7 : delta;
  else if (direction === -1) delta = delta === 0 ? -7 : delta - 7;
  else delta = delta === 0 ? 0 : delta - 7;
  return { ...dayReading(i, direction === undefined ? i + 1 : i + 2, addDays(published, delta)) };
}

function unitReading(first: number, end: number, unit: 'week' | 'month' | 'year', direction: -1 | 0 | 1, published: Day): DateReading {
  if (unit === 'week') {
    return { firstToken: first, endToken: end, value: isoValue(addDays(published, 7 * direction), 'day'), precision: 'day', relative: true, approximate: true };
  }
  if (unit === 'month') {
    const shifted = new Date(Date.UTC(published.year, published.month - 1 + direction, 1));
    return { firstToken: first, endToken: end, value: isoValue({ year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1 }, 'month'), precision: 'month', relative: true };
  }
  return { firstToken: first, endToken: end, value: isoValue({ year: published.year + direction }, 'year'), precision: 'year', relative: true };
}

/** A year alone: "في 2011", "عام 1967", "2014م", "حتى 2020." — not "2000 زائر". */
export function readYear(tokens: Token[], i: number): DateReading | undefined {
  const n = intOf(tokens[i]);
  if (n === undefined || String(n).length !== 4 || tokens[i].fold.length !== 4) return undefined;
  const mark = readCalendarMark(tokens, i + 1);
  if (mark?.calendar === 'hijri' || !isYear(n, 'gregorian')) return undefined;
  const before = i > 0 && !tokens[i].newlineBefore ? tokens[i - 1].fold : undefined;
  const next = tokens[i + 1];
  const standsAlone = !next || next.newlineBefore || next.kind === 'punct' || next.fold === 'و' || mark !== undefined;
  if (!mark && !isDateContext(before) && !standsAlone) return undefined;
  return { firstToken: i, endToken: mark?.end ?? i + 1, value: isoValue({ year: n }, 'year'), precision: 'year' };
}
