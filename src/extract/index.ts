// extract: RawDocument → Article fields. Picks the extractor by the document's format:
//   text   — a scraped page's text (src/extract/text/)
//   record — a JSON record whose `content` is scraped text, or whose `html` is a page
//   html   — a web page (src/extract/html/), after charset decoding (src/extract/decode/)
import { MarsadError } from '../core/errors.ts';
import type { Article, Diagnostic, RawDocument } from '../core/types.ts';
import { decodeUtf8Strict } from '../ingest/checks.ts';
import { isoFromLooseDate, validDate } from '../ingest/loose-date.ts';
import { toSourceRecord } from '../ingest/records.ts';
import { toDisplay } from '../text/index.ts';
import { decodeBytes } from './decode/index.ts';
import { extractPage } from './page.ts';
import { extractScrapedText, type ExtractedText } from './text/index.ts';

/** An Article before it has an id (the pipeline gives it one). */
export type Extracted = Omit<Article, 'id' | 'text' | 'language'> & { declaredLanguage?: string };

const utf8 = new TextDecoder('utf-8');

function fromScraped(result: ExtractedText, extra: Partial<Extracted>): Extracted {
  return {
    section: result.section,
    title: result.title,
    standfirst: result.standfirst,
    dateline: result.dateline,
    agency: result.agency,
    authors: result.authors,
    publishedAt: result.publishedAt,
    paragraphs: result.paragraphs,
    diagnostics: result.diagnostics,
    ...withoutUndefined(extra),
  };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function extractText(raw: RawDocument): Extracted {
  const decoded = decodeTextBytes(raw.bytes, raw.origin);
  const result = extractScrapedText(decoded.text, { source: raw.source, url: raw.url });
  return fromScraped({ ...result, diagnostics: [...decoded.diagnostics, ...result.diagnostics] }, { url: raw.url, source: raw.source });
}

/**
 * Scraped text should be UTF-8 (or UTF-16 with a BOM). Text saved in an Arabic single-byte
 * charset (windows-1256, ISO-8859-6) is read when detection is sure of it, with a diagnostic;
 * anything else is refused rather than stored as mojibake.
 */
function decodeTextBytes(bytes: Uint8Array, origin: string): { text: string; diagnostics: Diagnostic[] } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), diagnostics: [] };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), diagnostics: [] };
  try {
    return { text: decodeUtf8Strict(bytes, origin), diagnostics: [] };
  } catch (utf8Error) {
    const detected = decodeBytes(bytes);
    const clean = detected.charset !== 'utf-8' && !detected.mojibake && detected.diagnostics.every((d) => d.severity === 'info');
    if (!clean || !/[\u0621-\u064A]/.test(detected.text)) throw utf8Error;
    return {
      text: detected.text,
      diagnostics: [{ code: 'decode.detected_charset', severity: 'warning', stage: 'decode',
        message: `not UTF-8; read as ${detected.charset} (detected)` }],
    };
  }
}

function extractRecord(raw: RawDocument): Extracted {
  const record = toSourceRecord(JSON.parse(utf8.decode(raw.bytes)), raw.origin);
  const source = raw.source ?? record.source;
  if (record.html && !record.content) {
    const page = extractPage(new TextEncoder().encode(record.html), { ...raw, format: 'html', url: record.url, source });
    return { ...page, title: page.title || (record.title ? toDisplay(record.title) : ''), section: page.section ?? record.section };
  }
  const hints = { title: record.title, author: record.author, source, url: record.url, publishedAt: record.publishedAt };
  const result = extractScrapedText(record.content, hints);
  const diagnostics: Diagnostic[] = [...result.diagnostics];
  const publishedAt = recordDate('the publication date', record.publishedAt, (v) => validDate(v), diagnostics);
  const firstSeenAt = recordDate('date_extracted', record.date_extracted, isoFromLooseDate, diagnostics);
  return fromScraped(result, {
    url: record.url,
    source,
    section: result.section ?? (record.section ? toDisplay(record.section) : undefined),
    publishedAt: publishedAt ?? result.publishedAt,
    firstSeenAt,
    diagnostics,
  });
}

/** A record's date that names no real moment is dropped, with a diagnostic saying which and why. */
function recordDate(name: string, value: string | undefined, read: (value: string) => string | undefined, diagnostics: Diagnostic[]): string | undefined {
  if (value === undefined) return undefined;
  const date = read(value);
  if (date === undefined) {
    diagnostics.push({ code: 'extract.invalid_date', severity: 'warning', stage: 'extract',
      message: `${name} ${JSON.stringify(value.slice(0, 40))} is not a date; left out` });
  }
  return date;
}

export function extractDocument(raw: RawDocument): Extracted {
  let extracted: Extracted;
  if (raw.format === 'record') extracted = extractRecord(raw);
  else if (raw.format === 'html') extracted = extractPage(raw.bytes, raw);
  else extracted = extractText(raw);
  if (extracted.paragraphs.length === 0) {
    throw new MarsadError('no_content', 'no article text found', raw.origin);
  }
  return extracted;
}
