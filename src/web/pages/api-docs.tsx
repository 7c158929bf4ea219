/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// The API's documentation page, rendered on the server from the same OpenAPI document programs
// read at /api/openapi.json: nothing here is written twice, and no external asset is loaded.
import type { OpenApiDocument, OpenApiOperation } from '../../http/openapi.ts';
import { Layout } from '../layout.tsx';

type JsonSchema = Record<string, unknown>;

/** A short type name for a schema: "string", "integer 1–100", "Article[]", "PER | ORG". */
function typeOf(schema: JsonSchema | undefined): string {
  if (!schema) return 'any';
  if (typeof schema.$ref === 'string') return schema.$ref.split('/').pop() ?? 'object';
  if (Array.isArray(schema.enum)) return schema.enum.map(String).join(' | ');
  if (schema.type === 'array') return `${typeOf(schema.items as JsonSchema)}[]`;
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as JsonSchema[]).map(typeOf).join(' | ');
  const bounds = [schema.minimum, schema.maximum].every((b) => typeof b === 'number' && Math.abs(b as number) < 1e15)
    ? ` ${schema.minimum}–${schema.maximum}` : '';
  return `${String(schema.type ?? 'object')}${bounds}`;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function Operation({ path, operation }: { path: string; operation: OpenApiOperation }) {
  const example = path.replace(/\{(\w+)\}/g, (_, name: string) => `:${name}`);
  return (
    <section class="endpoint" aria-labelledby={`op-${operation.operationId}`} lang="en" dir="ltr">
      <h3 id={`op-${operation.operationId}`}><code>GET {path}</code></h3>
      <p>{operation.summary}{operation.description ? `. ${operation.description}` : ''}</p>
      {operation.parameters.length > 0 ? (
        <table>
          <caption>Parameters</caption>
          <thead><tr><th scope="col">name</th><th scope="col">in</th><th scope="col">type</th><th scope="col">required</th><th scope="col">description</th></tr></thead>
          <tbody>
            {operation.parameters.map((p) => (
              <tr>
                <td><code>{p.name}</code></td><td>{p.in}</td><td><code>{typeOf(p.schema)}</code>{p.schema.default !== undefined ? ` = ${JSON.stringify(p.schema.default)}` : ''}</td>
                <td>{p.required ? 'yes' : 'no'}</td><td>{p.description ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <ul class="responses">
        {Object.entries(operation.responses).map(([status, response]) => {
          const schema = response.content?.['application/json']?.schema;
          return <li><code>{status}</code> {response.description}{schema ? <> — <a href={`#schema-${slug(typeOf(schema))}`}><code>{typeOf(schema)}</code></a></> : null}</li>;
        })}
      </ul>
      <pre><code>curl -s 'http://127.0.0.1:8080{example}'</code></pre>
    </section>
  );
}

function Schema({ name, schema }: { name: string; schema: JsonSchema }) {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  return (
    <section aria-labelledby={`schema-${slug(name)}`} lang="en" dir="ltr">
      <h3 id={`schema-${slug(name)}`}><code>{name}</code></h3>
      {typeof schema.description === 'string' ? <p>{schema.description}</p> : null}
      {Object.keys(properties).length > 0 ? (
        <table>
          <thead><tr><th scope="col">field</th><th scope="col">type</th><th scope="col">required</th><th scope="col">description</th></tr></thead>
          <tbody>
            {Object.entries(properties).map(([field, property]) => (
              <tr><td><code>{field}</code></td><td><code>{typeOf(property)}</code></td><td>{required.has(field) ? 'yes' : 'no'}</td><td>{String(property.description ?? '')}</td></tr>
            ))}
          </tbody>
        </table>
      ) : <p><code>{typeOf(schema)}</code></p>}
    </section>
  );
}

export function ApiDocsPage({ document }: { document: OpenApiDocument }) {
  return (
    <Layout title="واجهة البرمجة" section="api">
      <h1>واجهة البرمجة (JSON)</h1>
      <p>كل ما في الأرشيف متاح لبرامجك بصيغة JSON للقراءة فقط. الوصف الآلي الكامل بصيغة OpenAPI 3.1 في{' '}
        <a href="/api/openapi.json" dir="ltr">/api/openapi.json</a>، وهذه الصفحة مولّدة منه.</p>
      <div lang="en" dir="ltr" class="api-intro">
        <p>{document.info.description}</p>
        <p>Paging: <code>page</code> (1-based) and <code>limit</code>; answers carry <code>total</code>. Conditional requests: send the
          {' '}<code>ETag</code> back as <code>If-None-Match</code> to get <code>304 Not Modified</code>.</p>
      </div>
      <h2 id="endpoints">نقاط الوصول</h2>
      {Object.entries(document.paths).map(([path, item]) => <Operation path={path} operation={item.get} />)}
      <h2 id="schemas">أشكال البيانات</h2>
      {Object.entries(document.components.schemas).map(([name, schema]) => <Schema name={name} schema={schema} />)}
    </Layout>
  );
}
