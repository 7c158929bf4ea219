// Folded lookups built once from calendar-words.ts (constant data derived at load, not a cache).
import { foldForSearch } from '../../text/index.ts';
import type { Token } from '../amounts/tokens.ts';
import {
  MONTH_NAMES, ORDINAL_UNITS, ORDINAL_ROUND, ORDINAL_TENS, WEEKDAYS, RELATIVE_DAYS, RELATIVE_DAY_PHRASES, RELATIVE_UNITS,
  RELATIVE_DIRECTIONS, THIS_WORDS, DATE_CONTEXT_WORDS, GREGORIAN_MARKS, HIJRI_MARKS, NOT_TODAY_BEFORE, BEFORE_YEAR,
  type MonthName, type Calendar, type RelativeUnit,
} from './calendar-words.ts';

const foldKeys = <T>(map: ReadonlyMap<string, T>): Map<string, T> => new Map([...map].map(([word, value]) => [foldForSearch(word), value]));
const foldSet = (words: readonly string[]): Set<string> => new Set(words.map(foldForSearch));

interface FoldedMonth extends MonthName {
  folded: string[];
}

const MONTHS_BY_FIRST_WORD = new Map<string, FoldedMonth[]>();
for (const name of MONTH_NAMES) {
  const folded = name.words.split(' ').map(foldForSearch);
  const list = MONTHS_BY_FIRST_WORD.get(folded[0]) ?? [];
  list.push({ ...name, folded });
  // Two-word names first, so "كانون الثاني" is not read as a lone "كانون".
  list.sort((a, b) => b.folded.length - a.folded.length);
  MONTHS_BY_FIRST_WORD.set(folded[0], list);
}

// Prepositions a month name may carry: "بيوليو", "لشهر", "وفي".
const MONTH_PREFIXES = ['وب', 'ب', 'ل', 'و'];

export interface MonthReading {
  month: number;
  calendar: Calendar;
  ambiguous: boolean;
  /** Exclusive token index after the name. */
  end: number;
  /** Characters of a preposition written on the first word. */
  prefix: number;
}

/** The month name that starts at token i, if any. */
export function readMonthName(tokens: Token[], i: number): MonthReading | undefined {
  const token = tokens[i];
  if (!token || token.kind !== 'word') return undefined;
  const candidates: Array<{ word: string; prefix: number }> = [{ word: token.fold, prefix: 0 }];
  // A prefix only on a name of three letters or more: "باب" (door) is not ب + آب.
  for (const prefix of MONTH_PREFIXES) {
    if (token.fold.startsWith(prefix) && token.fold.length - prefix.length >= 3) candidates.push({ word: token.fold.slice(prefix.length), prefix: prefix.length });
  }
  for (const { word, prefix } of candidates) {
    for (const name of MONTHS_BY_FIRST_WORD.get(word) ?? []) {
      if (name.folded.slice(1).every((second, k) => tokens[i + 1 + k]?.fold === second && !tokens[i + 1 + k].newlineBefore)) {
        return { month: name.month, calendar: name.calendar, ambiguous: name.ambiguous === true, end: i + name.folded.length, prefix };
      }
    }
  }
  return undefined;
}

const UNITS = foldKeys(ORDINAL_UNITS);
const ROUND = foldKeys(ORDINAL_ROUND);
const TENS = foldKeys(ORDINAL_TENS);

/** An ordinal day word at token i ("العاشر", "الحادي والعشرين"): its value and the next token. */
export function readOrdinalDay(tokens: Token[], i: number): { day: number; end: number } | undefined {
  const fold = tokens[i]?.fold;
  if (!fold) return undefined;
  const round = ROUND.get(fold);
  if (round !== undefined) return { day: round, end: i + 1 };
  const unit = UNITS.get(fold);
  if (unit === undefined) return undefined;
  const tens = tokens[i + 1] ? TENS.get(tokens[i + 1].fold) : undefined;
  if (tens !== undefined && (tens !== 10 || unit > 1 || fold === foldForSearch('الحادي'))) return { day: unit + tens, end: i + 2 };
  return { day: unit, end: i + 1 };
}

const WEEKDAY_MAP = foldKeys(WEEKDAYS);
export const weekdayOf = (fold: string): number | undefined => WEEKDAY_MAP.get(fold) ?? WEEKDAY_MAP.get(fold.replace(/^(و|ب|ل|وب)/u, ''));

const RELATIVE_DAY_MAP = foldKeys(RELATIVE_DAYS);
export const relativeDayOf = (fold: string): number | undefined => RELATIVE_DAY_MAP.get(fold) ?? RELATIVE_DAY_MAP.get(fold.replace(/^و/u, ''));
export const RELATIVE_DAY_PAIRS = RELATIVE_DAY_PHRASES.map(({ words, offset }) => ({ words: words.split(' ').map(foldForSearch), offset }));

const UNIT_MAP = foldKeys(RELATIVE_UNITS);
export const relativeUnitOf = (fold: string): RelativeUnit | undefined => UNIT_MAP.get(fold) ?? UNIT_MAP.get(fold.replace(/^(و|ب|ل|خلال)/u, ''));
const DIRECTION_MAP = foldKeys(RELATIVE_DIRECTIONS);
export const directionOf = (fold: string | undefined): -1 | 0 | 1 | undefined => (fold === undefined ? undefined : DIRECTION_MAP.get(fold));
const THIS_SET = foldSet(THIS_WORDS);
export const isThisWord = (fold: string): boolean => THIS_SET.has(fold);

const CONTEXT_SET = foldSet(DATE_CONTEXT_WORDS);
export const isDateContext = (fold: string | undefined): boolean => fold !== undefined && CONTEXT_SET.has(fold);

const GREGORIAN_MARK_SET = foldSet(GREGORIAN_MARKS);
const HIJRI_MARK_SET = foldSet(HIJRI_MARKS);

/** A calendar mark after a year ("2014م", "1436 هـ"): which calendar, and the next token. */
export function readCalendarMark(tokens: Token[], i: number): { calendar: Calendar; end: number } | undefined {
  const token = tokens[i];
  if (!token || token.newlineBefore || token.kind !== 'word') return undefined;
  let end = i + 1;
  // "هـ." and "م." carry a dot that belongs to the abbreviation only when a word follows.
  if (GREGORIAN_MARK_SET.has(token.fold)) return { calendar: 'gregorian', end };
  if (HIJRI_MARK_SET.has(token.fold)) {
    if (tokens[end]?.text === 'ـ') end++;
    return { calendar: 'hijri', end };
  }
  return undefined;
}

const NOT_TODAY_SET = foldSet(NOT_TODAY_BEFORE);
/** "عين اليوم", "لـ«اليوم»": the outlet, not today. */
export const namesOutletBefore = (fold: string | undefined): boolean => fold !== undefined && NOT_TODAY_SET.has(fold);
const BEFORE_YEAR_SET = foldSet(BEFORE_YEAR);
export const isBeforeYear = (fold: string | undefined): boolean => fold !== undefined && BEFORE_YEAR_SET.has(fold);
