// The shapes the JSON API answers with, as zod schemas: the OpenAPI document is generated from
// them, and the API tests check real responses against them, so what the document promises is what
// a program gets. Objects are open (`looseObject`): DESIGN.md lets the data model grow, and a new
// field must not make old responses "invalid".
import { z } from 'zod';
import type { Article } from '../core/types.ts';
import type { EntitySummary, QuoteRecord, StoryDetail, StorySummary } from '../store/port.ts';

const count = z.number().int().min(0);
const isoTime = z.string().describe('ISO 8601');

const span = { text: z.string(), start: count, end: count };

export const diagnosticSchema = z.looseObject({
  code: z.string(), severity: z.enum(['error', 'warning', 'info']), message: z.string(), stage: z.string().optional(),
});

export const entityMentionSchema = z.looseObject({
  ...span,
  type: z.enum(['PER', 'ORG', 'LOC', 'MISC']),
  entityId: z.string().optional(),
  canonical: z.string().optional(),
  role: z.string().optional(),
});

export const speakerSchema = z.looseObject({
  text: z.string(), entityId: z.string().optional(), canonical: z.string().optional(), role: z.string().optional(),
  start: count.optional(), end: count.optional(),
});

export const quoteSchema = z.looseObject({ ...span, direct: z.boolean(), cue: z.string().optional(), speaker: speakerSchema.optional() });

export const relatedSchema = z.looseObject({
  id: z.string(), title: z.string(), source: z.string().optional(), publishedAt: isoTime.optional(),
  reason: z.enum(['duplicate', 'story', 'similar']), score: z.number().optional(),
});

export const articleSchema = z.looseObject({
  id: z.string(),
  url: z.string().optional(),
  canonicalUrl: z.string().optional(),
  source: z.string().optional(),
  siteName: z.string().optional(),
  section: z.string().optional(),
  title: z.string(),
  standfirst: z.string().optional(),
  dateline: z.string().optional(),
  agency: z.string().optional().describe('the news agency the text credits (رويترز، واس…), when it names one'),
  authors: z.array(z.string()),
  publishedAt: isoTime.optional(),
  modifiedAt: isoTime.optional(),
  language: z.string(),
  image: z.string().optional(),
  paragraphs: z.array(z.string()),
  text: z.string().describe('paragraphs joined by "\\n\\n"; every span\'s start/end index into it (UTF-16 code units)'),
  diagnostics: z.array(diagnosticSchema),
  entities: z.array(entityMentionSchema).optional(),
  quotes: z.array(quoteSchema).optional(),
  dates: z.array(z.looseObject({ ...span, value: z.string(), precision: z.enum(['day', 'month', 'year']) })).optional(),
  amounts: z.array(z.looseObject({ ...span, value: z.number(), currency: z.string().optional(), unit: z.literal('percent').optional() })).optional(),
  rawId: z.string().optional(),
  firstSeenAt: isoTime.optional(),
  duplicateOf: z.string().optional().describe('the earliest copy of this text, when this article is a near-duplicate'),
  storyId: z.string().optional(),
  related: z.array(relatedSchema).optional(),
});

export const relatedListSchema = z.looseObject({
  related: z.array(relatedSchema).describe('copies of the same text first, then the story, then similar by content and shared entities'),
});

export const articleSummarySchema = z.looseObject({
  id: z.string(), title: z.string(), source: z.string().optional(), url: z.string().optional(),
  publishedAt: isoTime.optional(), firstSeenAt: isoTime.optional(), standfirst: z.string().optional(), dateline: z.string().optional(),
});

const paging = { total: count, page: count, limit: count };

export const articlePageSchema = z.looseObject({ ...paging, items: z.array(articleSummarySchema) });

export const searchHitSchema = z.looseObject({
  id: z.string(), title: z.string(), source: z.string().optional(), url: z.string().optional(), publishedAt: isoTime.optional(),
  score: z.number(),
  snippet: z.string().describe('display text around the hits, HTML-escaped, with <mark> around each hit'),
});

const sourceCountSchema = z.looseObject({ source: z.string(), articles: count });

export const searchPageSchema = z.looseObject({
  ...paging,
  hits: z.array(searchHitSchema),
  truncated: z.boolean().optional().describe('true when the entity filter could only look at the best-ranked hits'),
  facets: z.looseObject({
    sources: z.array(sourceCountSchema).nullable().describe('hits per outlet, most first; null when there are too many hits to count'),
  }).optional().describe('only with facets=source'),
});

export const entitySchema = z.looseObject({
  id: z.string(), type: z.string(), canonical: z.string(), variants: z.array(z.string()), roles: z.array(z.string()),
  mentions: count, articles: count, firstSeen: z.string().optional(), lastSeen: z.string().optional(),
});

export const entityPageSchema = z.looseObject({ ...paging, items: z.array(entitySchema) });

export const entityDetailSchema = entitySchema.extend({
  timeline: z.array(z.looseObject({ day: z.string().describe('YYYY-MM-DD'), mentions: count })),
  coMentions: z.array(entitySchema.extend({ together: count.describe('articles that mention both, among the sampled ones') }))
    .describe('entities named in the same articles, read from the entity\'s most recent articles (see coMentionsSampled)'),
  coMentionsSampled: count.describe('how many of its most recent articles co-mentions were counted in'),
});

export const quoteRecordSchema = z.looseObject({
  articleId: z.string(), articleTitle: z.string(), source: z.string().optional(), publishedAt: isoTime.optional(),
  ...span, direct: z.boolean(), cue: z.string().optional(),
  speaker: z.looseObject({ text: z.string(), entityId: z.string().optional(), canonical: z.string().optional(), role: z.string().optional() }).optional(),
});

export const quotePageSchema = z.looseObject({ ...paging, items: z.array(quoteRecordSchema) });

export const storySummarySchema = z.looseObject({
  id: z.string(), title: z.string(), firstSeen: isoTime, lastSeen: isoTime, size: count, sources: z.array(z.string()),
});

export const storyPageSchema = z.looseObject({ ...paging, items: z.array(storySummarySchema) });

export const storyDetailSchema = storySummarySchema.extend({
  articles: z.array(z.looseObject({
    id: z.string(), url: z.string().optional(), title: z.string(), source: z.string().optional(),
    publishedAt: isoTime.optional(), duplicateOf: z.string().optional(),
  })).describe('in publication order: the first is the first publisher'),
});

export const statsSchema = z.record(z.string(), count).describe('articles, entities, stories, quotes, sources, rawDocuments, …');

export const sourcesSchema = z.looseObject({ sources: z.array(sourceCountSchema) });

export const alertSchema = z.looseObject({
  name: z.string(), query: z.string().describe('search syntax: words, "phrases", -excluded'), createdAt: isoTime,
  entity: z.looseObject({ id: z.string(), canonical: z.string().optional() }).optional().describe('only articles that mention this entity'),
  matches: count, lastMatchedAt: isoTime.optional(),
  hasWebhook: z.boolean().describe('the webhook URL itself is not shown'),
  deliveries: z.looseObject({ pending: count, sent: count, failed: count }),
  latest: z.array(articleSummarySchema.extend({ matchedAt: isoTime })).describe('the latest matches, newest match first'),
  feed: z.string().describe('path of the alert\'s RSS 2.0 feed'),
});

export const alertListSchema = z.looseObject({ alerts: z.array(alertSchema) });

export const errorSchema = z.looseObject({
  error: z.looseObject({
    code: z.string().describe('stable: invalid_parameters, missing_query, query_too_long, not_found, method_not_allowed, internal '
      + '(and request_too_long, a 431, when the request line and headers pass 256 KB)'),
    message: z.string(),
  }),
});

// Compile-time checks that the schemas describe the types the store returns: if a type gains a
// required field the schema lacks (or the other way round), these lines stop compiling.
// Open objects carry an index signature that TypeScript interfaces lack, so it is set aside first.
type Closed<T> = T extends (infer U)[] ? Closed<U>[]
  : T extends object ? { [K in keyof T as string extends K ? never : K]: Closed<T[K]> } : T;
type Assignable<T, U extends T> = U;
export type SchemaChecks = [
  Assignable<Closed<z.infer<typeof articleSchema>>, Article>,
  Assignable<Closed<z.infer<typeof entitySchema>>, EntitySummary>,
  Assignable<Closed<z.infer<typeof quoteRecordSchema>>, QuoteRecord>,
  Assignable<Closed<z.infer<typeof storySummarySchema>>, StorySummary>,
  Assignable<Closed<z.infer<typeof storyDetailSchema>>, StoryDetail>,
];
