// Query-string schemas shared by the JSON API, the reader and the OpenAPI document: one place says
// what a valid page, limit, date or id is. A failure becomes a 400 with a stable code; the same
// schemas are turned into the OpenAPI parameters (src/http/openapi.ts), so the document cannot
// drift from what the server accepts.
import { z } from 'zod';

/** Deep pages cost an OFFSET scan and nobody reads them; past this, narrow the query instead. */
export const MAX_PAGE = 1000;
/**
 * The longest search text accepted (a long article pasted whole); longer gets 400 query_too_long.
 * Percent-encoded, 20,000 Arabic letters are 120 KB of URL, which MAX_HEADER_BYTES lets in.
 */
export const MAX_QUERY_CHARS = 20_000;
/**
 * Node's default of 16 KB turned a 10 KB Arabic query (28 KB percent-encoded) into an empty 431.
 * The longest Arabic query must fit, with room for the same URL again as the Referer of the next page.
 */
export const MAX_HEADER_BYTES = 256 * 1024;
const MAX_NAME_CHARS = 200;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** 2015-02-31 matches the pattern, and Date.parse rolls it over to March: the day must survive the round trip. */
function isCalendarDate(value: string): boolean {
  const time = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
  return !Number.isNaN(time) && (value.length > 10 || new Date(time).toISOString().slice(0, 10) === value);
}

const isoDate = z.string().regex(ISO_DATE, 'a date like 2015-07-21').refine(isCalendarDate, 'not a calendar date');

/**
 * A whole number written plainly: z.coerce alone took "1e3", "0x10" and " 1" (Number() reads them
 * all), so one page had many URLs. Anything else becomes NaN, which the number schema refuses.
 */
function plainCount(max: number, fallback: number) {
  return z.preprocess((v) => (typeof v === 'string' && !/^[1-9]\d*$/.test(v) ? Number.NaN : v),
    z.coerce.number().int().min(1).max(max).default(fallback));
}

const page = plainCount(MAX_PAGE, 1)
  .describe(`1-based page number (at most ${MAX_PAGE}); past the last page the API answers an empty page, the reader a 404`);
const limit = (fallback: number) => plainCount(100, fallback).describe('items per page');
const name = z.string().max(MAX_NAME_CHARS);

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

export const listParams = z.object({
  limit: limit(20),
  page,
  source: name.optional().describe('only articles from this outlet'),
  from: isoDate.optional().describe('published on or after this date (YYYY-MM-DD or ISO 8601)'),
  to: isoDate.optional().describe('published on or before this date; a bare day includes the whole day'),
});

export const searchParams = listParams.extend({
  q: z.string().max(MAX_QUERY_CHARS).default('')
    .describe(`words must all appear; "a phrase" in quotes; -word excludes. Any Arabic spelling matches. At most ${MAX_QUERY_CHARS} characters (longer: 400 query_too_long).`),
  limit: limit(10),
  entity: name.optional().describe('only articles that mention this entity id'),
});

export const entityListParams = z.object({
  type: z.enum(ENTITY_TYPES).optional().describe('PER, ORG, LOC or MISC'),
  name: name.optional().describe('a name or part of one, in any spelling'),
  limit: limit(20),
  page,
});

export const quoteParams = z.object({
  speaker: name.optional().describe("the speaker's name, in any spelling"),
  entity: name.optional().describe('quotes said by this entity id'),
  about: name.optional().describe('quotes whose text mentions this entity id'),
  limit: limit(20),
  page,
});

export const storyParams = z.object({
  since: isoDate.optional().describe('stories with an article on or after this date'),
  limit: limit(20),
  page,
});

/** An entity's articles, newest first. */
export const entityArticleParams = z.object({ limit: limit(20), page });

/** For pages of one thing that can grow long (a story's articles). */
export const pageParams = z.object({ page });

export const idParam = z.object({
  id: z.string().min(1).max(MAX_NAME_CHARS).describe('the stable id'),
});

export type ListParams = z.infer<typeof listParams>;
export type SearchParams = z.infer<typeof searchParams>;
export type EntityListParams = z.infer<typeof entityListParams>;
export type QuoteParams = z.infer<typeof quoteParams>;
export type StoryParams = z.infer<typeof storyParams>;

/** Empty strings from HTML forms mean "not given". */
export function formValues(query: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== ''));
}

/** A search text over MAX_QUERY_CHARS gets its own stable code, so a client can tell it from a typo. */
export function isQueryTooLong(error: z.ZodError): boolean {
  return error.issues.some((issue) => issue.path[0] === 'q' && issue.code === 'too_big');
}

/** One message a parameter: "from: a date like 2015-07-21; from: not a calendar date" said the same thing twice. */
export function describeIssues(error: z.ZodError): string {
  const byField = new Map<string, string>();
  for (const issue of error.issues) {
    const field = issue.path.join('.') || 'query';
    if (!byField.has(field)) byField.set(field, `${field}: ${issue.message}`);
  }
  return [...byField.values()].join('; ');
}

export function offsetOf(params: { page: number; limit: number }): number {
  return (params.page - 1) * params.limit;
}
