// The plain data that flows through the pipeline (DESIGN.md "Data model").
// Every span's start/end are UTF-16 code-unit offsets into Article.text (display text).

export type Severity = 'error' | 'warning' | 'info';

/** A problem found on the way; it travels with the document instead of going to a log. */
export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  /** Which stage noticed it: decode, extract, analyze, store… */
  stage?: string;
}

/** Bytes plus what we know of them, before extraction. */
export interface RawDocument {
  /** Where the bytes came from: a file path, `path.zip!entry`, `file.jsonl:12`, a URL, or `-`. */
  origin: string;
  bytes: Uint8Array;
  /** `text` = scraped page text, `html` = a web page, `record` = one JSON record (SaudiNewsNet fields). */
  format: 'text' | 'html' | 'record';
  url?: string;
  contentType?: string;
  charset?: string;
  fetchedAt?: string;
  /** Outlet name given by the user (`--source`) or by the record. */
  source?: string;
}

/** Fields a structured record (JSONL, SaudiNewsNet) may carry alongside its text. */
export interface SourceRecord {
  source?: string;
  url?: string;
  title?: string;
  author?: string;
  content: string;
  date_extracted?: string;
  publishedAt?: string;
  section?: string;
}

export interface Span {
  text: string;
  start: number;
  end: number;
}

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface EntityMention extends Span {
  type: EntityType;
  entityId?: string;
  canonical?: string;
  role?: string;
}

export interface Speaker {
  text: string;
  entityId?: string;
  canonical?: string;
  role?: string;
  start?: number;
  end?: number;
}

export interface Quote extends Span {
  direct: boolean;
  cue?: string;
  speaker?: Speaker;
}

export type DatePrecision = 'day' | 'month' | 'year';

export interface DateMention extends Span {
  value: string;
  precision: DatePrecision;
  /** 'hijri' when the text gave a Hijri date (the value is its Gregorian day or month). */
  calendar?: 'gregorian' | 'hijri';
  /** Resolved against the publication date ("أمس", "الشهر الماضي", a day and month with no year). */
  relative?: boolean;
  /** A span read as one day: "الأسبوع الماضي" → the day a week before publication. */
  approximate?: boolean;
}

export interface AmountMention extends Span {
  value: number;
  currency?: string;
  unit?: 'percent';
  /** A round reading of an unspecified count: "عشرات الملايين" (tens of millions) → 10000000. */
  approximate?: boolean;
}

export interface Article {
  /** Stable: from the canonical URL, else from the normalised content. */
  id: string;
  url?: string;
  canonicalUrl?: string;
  source?: string;
  siteName?: string;
  section?: string;
  title: string;
  standfirst?: string;
  dateline?: string;
  /** The news agency the text credits (رويترز، واس، أ ف ب…), when it names one. */
  agency?: string;
  authors: string[];
  /** ISO 8601. */
  publishedAt?: string;
  modifiedAt?: string;
  language: string;
  image?: string;
  paragraphs: string[];
  /** Paragraphs joined by "\n\n"; every span indexes into it. */
  text: string;
  diagnostics: Diagnostic[];
  entities?: EntityMention[];
  quotes?: Quote[];
  dates?: DateMention[];
  amounts?: AmountMention[];
  /** Where the raw input is kept, so the article can be re-extracted. */
  rawId?: string;
  /** When Marsad first saw the article (ISO 8601). */
  firstSeenAt?: string;
  /** The earliest copy of this article's text, when this one is a near-duplicate (wire copy). */
  duplicateOf?: string;
  /** The story cluster the article belongs to. */
  storyId?: string;
  /** Related articles: same story first, then similar by content and shared entities. */
  related?: RelatedArticle[];
}

export interface RelatedArticle {
  id: string;
  title: string;
  source?: string;
  publishedAt?: string;
  /** Why it is related: the same story, a duplicate, or similar content/entities. */
  reason: 'duplicate' | 'story' | 'similar';
  score?: number;
}
