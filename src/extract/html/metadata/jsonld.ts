// JSON-LD: the structured data most news sites publish for search engines. Malformed blocks
// are common (trailing commas, raw newlines in strings); they are skipped, not fatal.

export type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle', 'backgroundnewsarticle',
  'blogposting', 'socialmediaposting', 'liveblogposting', 'techarticle', 'scholarlyarticle', 'report', 'posting',
]);

export interface JsonLd {
  /** The first object typed as an article, if any. */
  article?: JsonObject;
  /** Every object found, @graph entries flattened. */
  objects: JsonObject[];
  /** Blocks that did not parse. */
  malformed: number;
}

/** Objects nested deeper than this are ignored: JSON-LD is shallow, and walks must stay bounded. */
const MAX_OBJECTS = 500;

export function readJsonLd(blocks: string[]): JsonLd {
  const objects: JsonObject[] = [];
  let malformed = 0;
  for (const raw of blocks) {
    const parsed = parseLenient(raw);
    if (parsed === undefined) { malformed += 1; continue; }
    const pending: unknown[] = [parsed];
    while (pending.length > 0 && objects.length < MAX_OBJECTS) {
      const item = pending.pop();
      if (Array.isArray(item)) { for (let i = item.length - 1; i >= 0; i -= 1) pending.push(item[i]); continue; }
      if (!item || typeof item !== 'object') continue;
      const object = item as JsonObject;
      objects.push(object);
      if (Array.isArray(object['@graph'])) pending.push(object['@graph']);
      if (object.mainEntity && typeof object.mainEntity === 'object') pending.push(object.mainEntity);
    }
  }
  const article = objects.find((o) => typeNames(o).some((t) => ARTICLE_TYPES.has(t)));
  return { article, objects, malformed };
}

export function typeNames(object: JsonObject): string[] {
  const type = object['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase());
}

function parseLenient(raw: string): unknown {
  const text = raw.trim().replace(/^<!--|-->$/g, '').replace(/^\/\*<!\[CDATA\[\*\/|\/\*\]\]>\*\/$/g, '').trim();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    try {
      // Raw control characters inside strings and trailing commas are the usual faults.
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return undefined;
    }
  }
}

/** A string field, or the `name` of an object field (`author: {name}`), or the first of a list. */
export function stringField(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const s = stringField(item);
      if (s) return s;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    const object = value as JsonObject;
    return stringField(object.name) ?? stringField(object['@value']) ?? stringField(object.url);
  }
  return undefined;
}
