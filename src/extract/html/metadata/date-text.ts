// Reads dates out of text and metadata values: ISO strings, numeric dates, and month names in
// Arabic (Egyptian/Gulf, Levantine, Maghrebi, Hijri) and Latin scripts, with Arabic-Indic digits.

import {
  GREGORIAN_MONTHS_EGYPTIAN_GULF,
  GREGORIAN_MONTHS_LATIN,
  GREGORIAN_MONTHS_LEVANTINE,
  GREGORIAN_MONTHS_MAGHREBI,
  HIJRI_MONTHS,
} from './month-names.ts';
import { HijriConverter, type CalendarDate } from './hijri.ts';

export interface FoundDate {
  /** YYYY-MM-DD, or a full ISO timestamp when the source had one. */
  iso: string;
  calendar: 'gregorian' | 'hijri';
  /** Index in the (digit-folded) text where the date starts. */
  index: number;
}

const ARABIC_INDIC_ZERO = 0x0660;
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0;
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

/** Arabic-Indic and Persian digits → ASCII; hamza forms and teh marbuta folded for month matching. */
export function foldDateText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_ZERO + 9) out += String(code - ARABIC_INDIC_ZERO);
    else if (code >= EXTENDED_ARABIC_INDIC_ZERO && code <= EXTENDED_ARABIC_INDIC_ZERO + 9) out += String(code - EXTENDED_ARABIC_INDIC_ZERO);
    else out += text[i];
  }
  return out
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0629/g, '\u0647')
    .replace(/\u0649/g, '\u064a')
    .replace(/[\u064b-\u065f\u0640]/g, '')
    .toLowerCase();
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;

function alternation(names: string[]): string {
  return names.map(foldDateText).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A reader holds its compiled patterns and calendar converter: build one and reuse it. */
export class DateReader {
  private readonly gregorian = new Map<string, number>();
  private readonly hijri = new Map<string, number>();
  private readonly patterns: Array<{ regex: RegExp; read: (m: RegExpExecArray) => FoundDate | undefined }>;
  private readonly converter = new HijriConverter();

  constructor() {
    for (const table of [GREGORIAN_MONTHS_EGYPTIAN_GULF, GREGORIAN_MONTHS_LEVANTINE, GREGORIAN_MONTHS_MAGHREBI, GREGORIAN_MONTHS_LATIN]) {
      for (const [name, month] of Object.entries(table)) this.gregorian.set(foldDateText(name), month);
    }
    for (const [name, month] of Object.entries(HIJRI_MONTHS)) this.hijri.set(foldDateText(name), month);
    const months = alternation([...this.gregorian.keys()]);
    const hijriMonths = alternation([...this.hijri.keys()]);
    const notLetterBefore = '(?<![\\p{L}\\d])';
    const notLetterAfter = '(?![\\p{L}])';
    this.patterns = [
      {
        // 12 رجب 1445 هـ
        regex: new RegExp(`${notLetterBefore}(\\d{1,2})\\s*(${hijriMonths})${notLetterAfter}\\s*[,،]?\\s*(\\d{4})`, 'gu'),
        read: (m) => this.hijriDate(+m[3], this.hijri.get(m[2])!, +m[1], m.index),
      },
      {
        // 12 يناير 2024 · 12 كانون الثاني/يناير 2024 · 31. Mai 2012 · 3 March, 2019
        regex: new RegExp(`${notLetterBefore}(\\d{1,2})\\.?\\s*(?:من\\s+)?(${months})${notLetterAfter}\\.?(?:\\s*[/(]\\s*(?:${months})\\s*\\)?)?\\s*[,،]?\\s*(\\d{4})`, 'gu'),
        read: (m) => gregorian(+m[3], this.gregorian.get(m[2])!, +m[1], m.index),
      },
      {
        // March 3, 2019 · Mai 2012 has no day and is skipped
        regex: new RegExp(`${notLetterBefore}(${months})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'gu'),
        read: (m) => gregorian(+m[3], this.gregorian.get(m[1])!, +m[2], m.index),
      },
      {
        regex: /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g,
        read: (m) => gregorian(+m[1], +m[2], +m[3], m.index),
      },
      {
        // Day first, as Arabic and European pages write it; month first only when the day cannot be.
        regex: /(?<![\d.])(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?!\d)/g,
        read: (m) => (+m[2] > 12 ? gregorian(+m[3], +m[1], +m[2], m.index) : gregorian(+m[3], +m[2], +m[1], m.index)),
      },
    ];
  }

  /** Dates in the text, in order of appearance. */
  findAll(text: string): FoundDate[] {
    const folded = foldDateText(text);
    const found: FoundDate[] = [];
    for (const pattern of this.patterns) {
      pattern.regex.lastIndex = 0;
      for (let m = pattern.regex.exec(folded); m; m = pattern.regex.exec(folded)) {
        const date = pattern.read(m);
        if (date && !found.some((f) => Math.abs(f.index - date.index) < 3)) found.push(date);
      }
    }
    return found.sort((a, b) => a.index - b.index);
  }

  /** The first date in the text, Gregorian preferred over Hijri when both are printed together. */
  first(text: string): FoundDate | undefined {
    const all = this.findAll(text);
    return all.find((d) => d.calendar === 'gregorian') ?? all[0];
  }

  /** A metadata value: ISO 8601 kept as written (its own offset), anything else read as text. */
  readValue(value: string): string | undefined {
    const trimmed = value.trim();
    const iso = ISO_DATE.exec(trimmed);
    if (iso) {
      if (!validDay(+iso[1], +iso[2], +iso[3])) return undefined;
      if (!iso[4]) return `${iso[1]}-${iso[2]}-${iso[3]}`;
      const seconds = iso[6] ?? '00';
      const zone = iso[7] ? normaliseZone(iso[7]) : '';
      return `${iso[1]}-${iso[2]}-${iso[3]}T${iso[4]}:${iso[5]}:${seconds}${zone}`;
    }
    if (/^\d{10}$/.test(trimmed)) return new Date(Number(trimmed) * 1000).toISOString().slice(0, 19) + 'Z';
    const rfc = Date.parse(trimmed);
    if (/^[a-z]{3},/i.test(trimmed) && !Number.isNaN(rfc)) return new Date(rfc).toISOString().slice(0, 19) + 'Z';
    return this.first(trimmed)?.iso;
  }

  /** A date in a URL path: /2019/08/02/ or /2019-08-02-. */
  fromUrl(url: string): string | undefined {
    const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)/.exec(url);
    if (!m) return undefined;
    return gregorian(+m[1], +m[2], +m[3], 0)?.iso;
  }

  private hijriDate(year: number, month: number, day: number, index: number): FoundDate | undefined {
    const converted = this.converter.toGregorian({ year, month, day });
    if (!converted) return undefined;
    const date = gregorian(converted.year, converted.month, converted.day, index);
    return date ? { ...date, calendar: 'hijri' } : undefined;
  }
}

function gregorian(year: number, month: number, day: number, index: number): FoundDate | undefined {
  if (!validDay(year, month, day)) return undefined;
  return { iso: isoDay({ year, month, day }), calendar: 'gregorian', index };
}

function validDay(year: number, month: number, day: number): boolean {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDay(date: CalendarDate): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

function normaliseZone(zone: string): string {
  if (zone === 'Z') return 'Z';
  return zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
}
