// The JSON API, declared once: path, what it does, the schema that validates its query, and the
// schema of its answer. api.ts validates requests with these very schemas and openapi.ts turns
// them into the OpenAPI document, so the two cannot disagree.
import { z } from 'zod';
import { entityArticleParams, entityListParams, idParam, listParams, quoteParams, searchParams, storyParams } from './params.ts';
import * as schemas from './schemas.ts';

export interface Endpoint<Q extends z.ZodObject = z.ZodObject, P extends z.ZodObject = z.ZodObject> {
  operationId: string;
  /** Hono's form, relative to /api: `/articles/:id`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  query: Q;
  params: P;
  /** The name the answer's schema has in the OpenAPI components. */
  response: keyof typeof NAMED_SCHEMAS;
  /** Query parameters the handler insists on although the schema gives them a default. */
  requiredQuery?: readonly string[];
  /** True when an unknown id is a 404. */
  mayBeMissing?: boolean;
}

/** Schemas that get a name (and a $ref) in the OpenAPI document. */
export const NAMED_SCHEMAS = {
  Article: schemas.articleSchema,
  ArticleSummary: schemas.articleSummarySchema,
  ArticlePage: schemas.articlePageSchema,
  RelatedList: schemas.relatedListSchema,
  SearchHit: schemas.searchHitSchema,
  SearchPage: schemas.searchPageSchema,
  Entity: schemas.entitySchema,
  EntityPage: schemas.entityPageSchema,
  EntityDetail: schemas.entityDetailSchema,
  QuoteRecord: schemas.quoteRecordSchema,
  QuotePage: schemas.quotePageSchema,
  StorySummary: schemas.storySummarySchema,
  StoryPage: schemas.storyPageSchema,
  StoryDetail: schemas.storyDetailSchema,
  Stats: schemas.statsSchema,
  Sources: schemas.sourcesSchema,
  Alert: schemas.alertSchema,
  AlertList: schemas.alertListSchema,
  Error: schemas.errorSchema,
} as const;

const none = z.object({});

function endpoint<Q extends z.ZodObject, P extends z.ZodObject>(e: Endpoint<Q, P>): Endpoint<Q, P> {
  return e;
}

export const searchApiParams = searchParams.extend({
  facets: z.enum(['source']).optional().describe('"source" adds hit counts per outlet (facets.sources)'),
});

export const ENDPOINTS = {
  listArticles: endpoint({
    operationId: 'listArticles', path: '/articles', tag: 'articles', summary: 'Articles, newest first',
    query: listParams, params: none, response: 'ArticlePage',
  }),
  getArticle: endpoint({
    operationId: 'getArticle', path: '/articles/:id', tag: 'articles', summary: 'One article with its annotations',
    description: 'Display text, paragraphs, entity mentions, quotes, dates and amounts as stand-off spans over `text`.',
    query: none, params: idParam, response: 'Article', mayBeMissing: true,
  }),
  getRelated: endpoint({
    operationId: 'getRelated', path: '/articles/:id/related', tag: 'articles', summary: 'Articles related to one article',
    description: 'What `marsad show` gives as related[]: copies at other outlets, the same story, similar content and entities.',
    query: none, params: idParam, response: 'RelatedList', mayBeMissing: true,
  }),
  search: endpoint({
    operationId: 'search', path: '/search', tag: 'articles', summary: 'Arabic-aware full-text search',
    description: 'Spelling-insensitive (hamza, ة/ه, ى/ي, harakat, tatweel, clitics). Best match first.',
    query: searchApiParams, params: none, response: 'SearchPage', requiredQuery: ['q'],
  }),
  listEntities: endpoint({
    operationId: 'listEntities', path: '/entities', tag: 'entities', summary: 'People, organisations and places, most mentioned first',
    query: entityListParams, params: none, response: 'EntityPage',
  }),
  getEntity: endpoint({
    operationId: 'getEntity', path: '/entities/:id', tag: 'entities', summary: 'One entity: variants, roles, mentions per day, co-mentioned entities',
    query: none, params: idParam, response: 'EntityDetail', mayBeMissing: true,
  }),
  getEntityArticles: endpoint({
    operationId: 'getEntityArticles', path: '/entities/:id/articles', tag: 'entities', summary: "The articles that mention one entity, newest first",
    description: 'What the reader lists on the entity\'s page; `/search?q=…&entity=` searches within them.',
    query: entityArticleParams, params: idParam, response: 'ArticlePage', mayBeMissing: true,
  }),
  listQuotes: endpoint({
    operationId: 'listQuotes', path: '/quotes', tag: 'quotes', summary: 'Quotes with their speakers, newest first',
    query: quoteParams, params: none, response: 'QuotePage',
  }),
  listStories: endpoint({
    operationId: 'listStories', path: '/stories', tag: 'stories', summary: 'Story clusters, largest first',
    query: storyParams, params: none, response: 'StoryPage',
  }),
  getStory: endpoint({
    operationId: 'getStory', path: '/stories/:id', tag: 'stories', summary: "One story: its articles across outlets in time order",
    query: none, params: idParam, response: 'StoryDetail', mayBeMissing: true,
  }),
  stats: endpoint({
    operationId: 'stats', path: '/stats', tag: 'archive', summary: 'What the archive holds', query: none, params: none, response: 'Stats',
  }),
  sources: endpoint({
    operationId: 'sources', path: '/sources', tag: 'archive', summary: 'Outlets and their article counts', query: none, params: none, response: 'Sources',
  }),
  listAlerts: endpoint({
    operationId: 'listAlerts', path: '/alerts', tag: 'alerts', summary: 'Alerts (saved searches) with their latest matches',
    description: 'Added with `marsad alert add`; each has an RSS feed at /alerts/NAME.rss.', query: none, params: none, response: 'AlertList',
  }),
};

export type EndpointName = keyof typeof ENDPOINTS;
