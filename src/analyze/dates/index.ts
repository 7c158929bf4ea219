// Dates in the text, normalised to ISO with their precision: "10 كانون الأول 2018" → 2018-12-10
// (day), "يوليو 2013" → 2013-07 (month), "في 2011" → 2011 (year); Hijri dates through Umm al-Qura;
// relative dates ("أمس", "الخميس المقبل", "الشهر الماضي") resolved against publishedAt, and left
// out when it is not known. Pure function over display text; offsets are UTF-16 indices into it.
import type { DateMention } from '../../core/types.ts';
import { tokenize, type Token } from '../amounts/tokens.ts';
import { findAmounts } from '../amounts/index.ts';
import { parsePublishedAt, type Day } from './calendar.ts';
import { readNumericDate, readDayMonth, readMonthYear, readRelative, readYear, type DateReading } from './readers.ts';

export { hijriToGregorian, gregorianToHijri } from './hijri.ts';

export interface FindDatesOptions {
  /** ISO 8601 publication date: resolves relative dates and dates with no year. */
  publishedAt?: string;
}

export function findDates(text: string, options: FindDatesOptions = {}): DateMention[] {
  const tokens = tokenize(text);
  const published = parsePublishedAt(options.publishedAt);
  // A number that is money or a percentage is not a year: "2011 دولار".
  const amounts = findAmounts(text);
  let nextAmount = 0;
  const dates: DateMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    while (nextAmount < amounts.length && amounts[nextAmount].end <= tokens[i].start) nextAmount++;
    const amount = amounts[nextAmount];
    if (amount && amount.start <= tokens[i].start && tokens[i].start < amount.end) continue;
    const reading = readAt(tokens, i, published);
    if (!reading) continue;
    dates.push(toMention(text, tokens, reading));
    i = reading.endToken - 1;
  }
  return dates;
}

/** The longest shapes first: a full date before a month and year, before a year alone. */
function readAt(tokens: Token[], i: number, published: Day | undefined): DateReading | undefined {
  return readNumericDate(tokens, i)
    ?? readDayMonth(tokens, i, published)
    ?? readMonthYear(tokens, i, published)
    ?? (published ? readRelative(tokens, i, published) : undefined)
    ?? readYear(tokens, i);
}

function toMention(text: string, tokens: Token[], reading: DateReading): DateMention {
  const start = tokens[reading.firstToken].start + (reading.prefix ?? 0);
  const end = tokens[reading.endToken - 1].end;
  const mention: DateMention = { text: text.slice(start, end), start, end, value: reading.value, precision: reading.precision };
  if (reading.calendar) mention.calendar = reading.calendar;
  if (reading.relative) mention.relative = true;
  if (reading.approximate) mention.approximate = true;
  return mention;
}
