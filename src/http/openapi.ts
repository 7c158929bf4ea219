// The OpenAPI 3.1 document, generated from the endpoint declarations: the query schemas that
// validate requests become the parameters, the answer schemas become components. OpenAPI 3.1
// uses JSON Schema 2020-12, which is what zod's toJSONSchema writes.
import { z } from 'zod';
import { ENDPOINTS, NAMED_SCHEMAS, type Endpoint } from './endpoints.ts';

type JsonSchema = Record<string, unknown>;

export interface OpenApiParameter {
  name: string;
  in: 'query' | 'path';
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

export interface OpenApiOperation {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  parameters: OpenApiParameter[];
  responses: Record<string, { description: string; headers?: Record<string, unknown>; content?: Record<string, { schema: JsonSchema }> }>;
}

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description: string };
  servers: Array<{ url: string }>;
  paths: Record<string, { get: OpenApiOperation }>;
  components: { schemas: Record<string, JsonSchema> };
}

const REF = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** `/articles/:id` → `/api/articles/{id}`. */
export function openApiPath(path: string): string {
  return `/api${path.replace(/:([A-Za-z_]+)/g, '{$1}')}`;
}

function parametersOf(schema: z.ZodObject, where: 'query' | 'path', alwaysRequired: readonly string[] = []): OpenApiParameter[] {
  // "input": what a client sends, so fields with a default are optional.
  const json = z.toJSONSchema(schema, { io: 'input' }) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property as { description?: string } & JsonSchema;
    const insisted = alwaysRequired.includes(name);
    // A default the handler never uses (search refuses an empty q) would tell clients q may be left out.
    if (insisted) delete rest.default;
    const parameter: OpenApiParameter = {
      name, in: where, required: where === 'path' || (json.required ?? []).includes(name) || insisted, schema: rest,
    };
    if (description) parameter.description = description;
    return parameter;
  });
}

const ERROR_RESPONSE = (description: string) => ({ description, content: { 'application/json': { schema: REF('Error') } } });

const VALIDATOR_HEADERS = {
  ETag: { description: 'weak validator of the body; send it back in If-None-Match', schema: { type: 'string' } },
  'Cache-Control': { schema: { type: 'string' } },
  'Access-Control-Allow-Origin': { description: '`*`: a public read-only API, readable from any web page', schema: { type: 'string' } },
};

function operationOf(endpoint: Endpoint): OpenApiOperation {
  const responses: OpenApiOperation['responses'] = {
    200: { description: 'OK', headers: VALIDATOR_HEADERS, content: { 'application/json': { schema: REF(endpoint.response) } } },
    304: { description: 'Not modified: If-None-Match named the current ETag' },
    400: ERROR_RESPONSE('invalid_parameters (or, for search, missing_query or query_too_long): the message names the parameter'),
  };
  if (endpoint.mayBeMissing) responses[404] = ERROR_RESPONSE('not_found: no such id');
  responses[405] = {
    ...ERROR_RESPONSE('method_not_allowed: the API is read-only; any method but GET and HEAD (OPTIONS answers 204 with the same Allow)'),
    headers: { Allow: { description: 'GET, HEAD', schema: { type: 'string' } } },
  };
  responses[500] = ERROR_RESPONSE('internal');
  const operation: OpenApiOperation = {
    operationId: endpoint.operationId, summary: endpoint.summary, tags: [endpoint.tag],
    parameters: [...parametersOf(endpoint.params, 'path'), ...parametersOf(endpoint.query, 'query', endpoint.requiredQuery)],
    responses,
  };
  if (endpoint.description) operation.description = endpoint.description;
  return operation;
}

function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(NAMED_SCHEMAS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}` }) as { schemas: Record<string, JsonSchema> };
  // Components are fragments of this document, not standalone JSON Schema documents.
  for (const schema of Object.values(schemas)) {
    delete schema.$schema;
    delete schema.$id;
  }
  return schemas;
}

export function openApiDocument(endpoints: readonly Endpoint[] = Object.values(ENDPOINTS) as Endpoint[]): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const endpoint of endpoints) paths[openApiPath(endpoint.path)] = { get: operationOf(endpoint) };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Marsad API',
      version: '1',
      description: 'Read-only JSON API of a Marsad archive of Arabic news: articles, search, entities, quotes and stories. '
        + 'Every answer carries a weak ETag and Cache-Control, and Access-Control-Allow-Origin: * (any web page may read it); '
        + 'errors are {"error": {"code", "message"}} with a stable code. Only GET and HEAD: other methods get 405 method_not_allowed with Allow: GET, HEAD.',
    },
    servers: [{ url: '/' }],
    paths,
    components: { schemas: componentSchemas() },
  };
}
