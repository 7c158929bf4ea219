// Lays out an article's body for display: paragraphs (text split on "\n\n"), with entity mentions
// and quotes placed by their stand-off offsets into Article.text. Annotations come from analyzers
// that may be newer or older than the text, so each span is checked against the text it claims to
// cover; one that does not match, overlaps another, or crosses a paragraph is left out, and the
// text itself is always shown whole. Only the first mention of an entity becomes a link, as
// encyclopedias do: a long article naming a country forty times should not read as a page of
// underlines, nor weigh forty links (the "in this article" list names every entity anyway).
import type { EntityMention, Quote } from '../core/types.ts';

export const PARAGRAPH_BREAK = '\n\n';

export type Run =
  | { kind: 'text'; text: string }
  | { kind: 'entity'; text: string; entityId: string; type: string }
  | { kind: 'quote'; quoteIndex: number; runs: Run[] };

export interface BodyParagraph {
  start: number;
  runs: Run[];
}

interface Placed {
  start: number;
  end: number;
}

function coversText(text: string, span: { start: number; end: number; text: string }): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end <= text.length
    && span.start < span.end && text.slice(span.start, span.end) === span.text;
}

/** Earliest first, longest first at the same start; any span overlapping a kept one is dropped. */
function nonOverlapping<T extends Placed>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const span of sorted) if (kept.length === 0 || span.start >= kept[kept.length - 1].end) kept.push(span);
  return kept;
}

function paragraphBounds(text: string): Placed[] {
  const bounds: Placed[] = [];
  let start = 0;
  while (start <= text.length) {
    const next = text.indexOf(PARAGRAPH_BREAK, start);
    const end = next === -1 ? text.length : next;
    bounds.push({ start, end });
    if (next === -1) break;
    start = next + PARAGRAPH_BREAK.length;
  }
  return text.length === 0 ? [] : bounds;
}

type LinkedEntity = EntityMention & { entityId: string };
type PlacedQuote = Quote & { quoteIndex: number };

/** Entity links between `from` and `to`; `linked` holds the ids already linked earlier in the article. */
function entityRuns(text: string, from: number, to: number, entities: LinkedEntity[], linked: Set<string>): Run[] {
  const runs: Run[] = [];
  let cursor = from;
  for (const entity of entities) {
    if (entity.start < from || entity.end > to || linked.has(entity.entityId)) continue;
    linked.add(entity.entityId);
    if (entity.start > cursor) runs.push({ kind: 'text', text: text.slice(cursor, entity.start) });
    runs.push({ kind: 'entity', text: entity.text, entityId: entity.entityId, type: entity.type });
    cursor = entity.end;
  }
  if (cursor < to) runs.push({ kind: 'text', text: text.slice(cursor, to) });
  return runs;
}

export function layoutBody(text: string, entities: EntityMention[] = [], quotes: Quote[] = []): BodyParagraph[] {
  const linked = nonOverlapping(entities.filter((e): e is LinkedEntity => Boolean(e.entityId) && coversText(text, e)));
  const placedQuotes = nonOverlapping(quotes.map((q, quoteIndex): PlacedQuote => ({ ...q, quoteIndex })).filter((q) => coversText(text, q)));
  const linkedHere = new Set<string>();
  return paragraphBounds(text).map(({ start, end }) => {
    const runs: Run[] = [];
    let cursor = start;
    for (const quote of placedQuotes) {
      if (quote.start < start || quote.end > end) continue;
      runs.push(...entityRuns(text, cursor, quote.start, linked, linkedHere));
      runs.push({ kind: 'quote', quoteIndex: quote.quoteIndex, runs: entityRuns(text, quote.start, quote.end, linked, linkedHere) });
      cursor = quote.end;
    }
    runs.push(...entityRuns(text, cursor, end, linked, linkedHere));
    return { start, runs };
  });
}

/** The entity ids whose mentions survived layout, most mentioned first: "who is in this article". */
export function mentionedEntities(text: string, entities: EntityMention[] = []): Array<{ entityId: string; name: string; type: string; count: number }> {
  const byId = new Map<string, { entityId: string; name: string; type: string; count: number }>();
  for (const e of entities) {
    if (!e.entityId || !coversText(text, e)) continue;
    const entry = byId.get(e.entityId) ?? { entityId: e.entityId, name: e.canonical ?? e.text, type: e.type, count: 0 };
    entry.count++;
    byId.set(e.entityId, entry);
  }
  return [...byId.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'ar'));
}
