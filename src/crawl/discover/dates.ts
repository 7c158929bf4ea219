// Dates as feeds and sitemaps write them → ISO 8601. RSS promises RFC 822 ("Tue, 10 Jun 2025
// 14:30:00 +0300") and Atom/sitemaps W3C dates, but Arabic sites also write "GMT+3", "+03:00",
// "AST", Arabic month and day names, Arabic-Indic digits, 12-hour clocks with ص/م, and
// day-first numeric dates. A date we cannot read is undefined, never a guess.
import {
  GREGORIAN_MONTHS_EGYPTIAN_GULF,
  GREGORIAN_MONTHS_LATIN,
  GREGORIAN_MONTHS_LEVANTINE,
  GREGORIAN_MONTHS_MAGHREBI,
} from '../../extract/html/metadata/month-names.ts';
import { foldDateText } from '../../extract/html/metadata/date-text.ts';
import { EVENING_MARKERS, MORNING_MARKERS, ZONE_OFFSETS } from './vocabulary.ts';

const MONTHS = new Map<string, number>();
for (const table of [GREGORIAN_MONTHS_EGYPTIAN_GULF, GREGORIAN_MONTHS_LEVANTINE, GREGORIAN_MONTHS_MAGHREBI, GREGORIAN_MONTHS_LATIN]) {
  for (const [name, month] of Object.entries(table)) MONTHS.set(foldDateText(name), month);
}
const MONTH_NAMES = [...MONTHS.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(.*)$/;
const DAY_MONTH_YEAR = new RegExp(`(?<![\\d])(\\d{1,2})(?:st|nd|rd|th)?[\\s\\-./,]*(${MONTH_NAMES})\\.?[\\s\\-./,]*(\\d{4}|\\d{2})(?!\\d)`);
const MONTH_DAY_YEAR = new RegExp(`(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`);
const NUMERIC = /(?<!\d)(\d{1,4})[/.](\d{1,2})[/.](\d{1,4})(?!\d)/;
const TIME = /^[\s,t]*(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?/;
const NUMERIC_ZONE = /(?:^|[\s(])(?:(?:gmt|utc|ut)\s*)?([+-])(\d{1,2})(?::?(\d{2}))?(?!\d)/;
const WORD = /[\p{L}.]+/gu;

interface Parts {
  year: number;
  month: number;
  day: number;
  time?: { hour: number; minute: number; second: number };
  /** Text after the date (and time): where the zone and an am/pm marker are. */
  rest: string;
}

/** An ISO 8601 string for a date a feed or sitemap wrote, or undefined when it cannot be read. */
export function readFeedDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const text = foldDateText(value.trim()).replace(/\u060c/g, ',');
  if (text.length === 0 || text.length > 100) return undefined;
  const parts = isoParts(text) ?? namedMonthParts(text) ?? numericParts(text);
  if (!parts || !validDay(parts.year, parts.month, parts.day)) return undefined;
  if (!parts.time) return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;

  let { hour } = parts.time;
  const { minute, second } = parts.time;
  const words = parts.rest.match(WORD) ?? [];
  if (words.some((w) => EVENING_MARKERS.has(w)) && hour < 12) hour += 12;
  else if (words.some((w) => MORNING_MARKERS.has(w)) && hour === 12) hour = 0;
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  const offset = zoneOffset(parts.rest);
  if (offset === null) return undefined;
  const time = Date.UTC(parts.year, parts.month - 1, parts.day, hour, minute, Math.min(second, 59)) - offset * 60_000;
  return new Date(time).toISOString();
}

function isoParts(text: string): Parts | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const time = m[4] === undefined ? undefined : { hour: +m[4], minute: +m[5], second: m[6] === undefined ? 0 : +m[6] };
  return { year: +m[1], month: +m[2], day: +m[3], time, rest: m[7] };
}

function namedMonthParts(text: string): Parts | undefined {
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return withTime(fullYear(dmy[3]), MONTHS.get(dmy[2])!, +dmy[1], text.slice(dmy.index + dmy[0].length));
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) return withTime(+mdy[3], MONTHS.get(mdy[1])!, +mdy[2], text.slice(mdy.index + mdy[0].length));
  return undefined;
}

/** 2025/06/10, or day first as Arabic pages write it (10/06/2025); month first only when the day says so (06/25/2025). */
function numericParts(text: string): Parts | undefined {
  const m = NUMERIC.exec(text);
  if (!m) return undefined;
  const [a, b, c] = [m[1], m[2], m[3]];
  const rest = text.slice(m.index + m[0].length);
  if (a.length === 4) return withTime(+a, +b, +c, rest);
  if (c.length !== 4 && c.length !== 2) return undefined;
  const year = fullYear(c);
  if (+a > 12 || +b <= 12) return withTime(year, +b, +a, rest);
  return withTime(year, +a, +b, rest);
}

function withTime(year: number, month: number, day: number, after: string): Parts {
  const t = TIME.exec(after);
  if (!t) return { year, month, day, rest: after };
  return { year, month, day, time: { hour: +t[1], minute: +t[2], second: t[3] === undefined ? 0 : +t[3] }, rest: after.slice(t[0].length) };
}

/** Minutes east of UTC; 0 when no zone is written (RSS dates without one are meant as GMT); null when the zone is nonsense. */
function zoneOffset(rest: string): number | null {
  const numeric = NUMERIC_ZONE.exec(rest);
  if (numeric) {
    const hours = +numeric[2];
    const minutes = numeric[3] === undefined ? 0 : +numeric[3];
    if (hours > 14 || minutes > 59) return null;
    return (numeric[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
  }
  if (/^\s*z\b/.test(rest)) return 0;
  for (const word of rest.match(WORD) ?? []) {
    const key = word.replace(/\./g, '');
    if (Object.hasOwn(ZONE_OFFSETS, key)) return ZONE_OFFSETS[key];
  }
  return 0;
}

function fullYear(text: string): number {
  const year = +text;
  if (text.length === 4) return year;
  return year < 50 ? 2000 + year : 1900 + year;
}

function validDay(year: number, month: number, day: number): boolean {
  if (year < 1970 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
