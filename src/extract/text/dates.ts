// Dates written in a dateline or a date line (`10 أغسطس 2015`, `الأحد 12 آب 2018`, `2018-06-01`).
// Only Gregorian dates with a year are read: a Hijri date is skipped (its month names are not in
// the list) and the Gregorian one after `الموافق` is taken instead.
import { type Lexicon, matchKey } from './match.ts';

// Folded text: digits are ASCII, so one pattern serves Arabic-Indic and Persian digits too.
const DAY_MONTH_YEAR = /(?:^|\s)(\d{1,2})\s+(\S+(?:\s\S+)?)\s+(\d{4})(?=\s|$)/g;
const ISO_DATE = /(?:^|\s)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?=\s|$|T)/;
const DAY_SLASH_DATE = /(?:^|\s)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?=\s|$)/;
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2100;
const DATE_LINE_MAX_CHARS = 90;

export interface FoundDate {
  /** ISO 8601 calendar date. */
  iso: string;
}

function isoDate(year: number, month: number, day: number): FoundDate | undefined {
  if (year < EARLIEST_YEAR || year > LATEST_YEAR || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCDate() !== day) return undefined;
  return { iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

/** The first Gregorian date with day, month and year in a short text, or undefined. */
export function findDate(text: string, lexicon: Lexicon): FoundDate | undefined {
  const key = matchKey(text);
  for (const match of key.matchAll(DAY_MONTH_YEAR)) {
    // A month may be one word (أغسطس) or two (كانون الثاني), and may be followed by its
    // other name (يوليو تموز): try the two-word reading, then the first word alone.
    const words = match[2].split(' ');
    const month = lexicon.months.get(match[2]) ?? lexicon.months.get(words[0]);
    if (month !== undefined) {
      const found = isoDate(Number(match[3]), month, Number(match[1]));
      if (found) return found;
    }
  }
  const iso = ISO_DATE.exec(key);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = DAY_SLASH_DATE.exec(key);
  if (dayFirst) return isoDate(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  return undefined;
}

/** True when every word of a short line is part of a date (numbers, month and day names, `نشر في`). */
export function isDateLine(line: string, lexicon: Lexicon): FoundDate | undefined {
  if (line.length > DATE_LINE_MAX_CHARS) return undefined;
  const key = matchKey(line.replace(/[-–—|,،]/g, ' '));
  if (key.length === 0 || key.length > 80) return undefined;
  const found = findDate(line, lexicon);
  if (!found) return undefined;
  const words = key.split(' ');
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (/^[\d:/.]+$/.test(word) || lexicon.dateLineWords.has(word) || lexicon.months.has(word)) continue;
    if (i + 1 < words.length && lexicon.months.has(`${word} ${words[i + 1]}`)) { i++; continue; }
    return undefined;
  }
  return found;
}
