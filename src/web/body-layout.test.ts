import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { EntityMention, Quote } from '../core/types.ts';
import { layoutBody, mentionedEntities, type Run } from './body-layout.ts';

const TEXT = ['قال وزير الخارجية فؤاد الخطيب إن “الحل في الحوار”.', 'والتقى الخطيب المبعوثة مارغريت هاريسون.'].join('\n\n');

function at(surface: string, occurrence = 0): { start: number; end: number; text: string } {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = TEXT.indexOf(surface, start + 1);
  return { start, end: start + surface.length, text: surface };
}

const person = (surface: string, entityId: string, occurrence = 0): EntityMention => ({ ...at(surface, occurrence), type: 'PER', entityId });

function flatten(runs: Run[]): string {
  return runs.map((r) => (r.kind === 'quote' ? flatten(r.runs) : r.text)).join('');
}

function links(runs: Run[]): string[] {
  return runs.flatMap((r) => (r.kind === 'entity' ? [r.text] : r.kind === 'quote' ? links(r.runs) : []));
}

describe('article body layout', () => {
  it('paragraphs are the text split on a blank line, each shown whole', () => {
    const paragraphs = layoutBody(TEXT, [person('فؤاد الخطيب', 'per:khatib')]);
    assert.deepEqual(paragraphs.map((p) => flatten(p.runs)), TEXT.split('\n\n'));
  });

  it('an entity mention becomes a link at its offsets: الخطيب and هاريسون in the second paragraph', () => {
    const paragraphs = layoutBody(TEXT, [person('فؤاد الخطيب', 'per:khatib'), person('هاريسون', 'per:harrison')]);
    assert.deepEqual(paragraphs.map((p) => links(p.runs)), [['فؤاد الخطيب'], ['هاريسون']]);
    const [before] = paragraphs[1].runs;
    assert.equal(before.kind === 'text' && before.text, 'والتقى الخطيب المبعوثة مارغريت ');
  });

  it('only the first mention of an entity in the article is a link', () => {
    const text = 'التقى الخطيب المبعوثة، ثم عاد الخطيب إلى مكتبه.\n\nوقال الخطيب إن اللقاء كان مثمرا.';
    const mentions: EntityMention[] = [];
    for (let at = text.indexOf('الخطيب'); at !== -1; at = text.indexOf('الخطيب', at + 1)) {
      mentions.push({ text: 'الخطيب', start: at, end: at + 6, type: 'PER', entityId: 'per:khatib' });
    }
    assert.equal(mentions.length, 3);
    const paragraphs = layoutBody(text, mentions);
    assert.deepEqual(paragraphs.map((p) => links(p.runs)), [['الخطيب'], []]);
    assert.equal(paragraphs.map((p) => flatten(p.runs)).join('\n\n'), text);
  });

  it('a span whose offsets do not cover its text is left out, the text stays', () => {
    const stale = { ...person('هاريسون', 'per:harrison'), start: 3 };
    const paragraphs = layoutBody(TEXT, [stale]);
    assert.deepEqual(paragraphs.flatMap((p) => links(p.runs)), []);
    assert.equal(paragraphs.map((p) => flatten(p.runs)).join('\n\n'), TEXT);
  });

  it('a mention without an entity id is text, not a link', () => {
    const { entityId: _, ...unlinked } = person('فؤاد الخطيب', 'x');
    assert.deepEqual(layoutBody(TEXT, [unlinked as EntityMention]).flatMap((p) => links(p.runs)), []);
  });

  it('of two overlapping mentions the earlier, longer one wins', () => {
    const runs = layoutBody(TEXT, [person('الخطيب', 'per:b'), person('فؤاد الخطيب', 'per:a')])[0].runs;
    assert.deepEqual(links(runs), ['فؤاد الخطيب']);
  });

  it('a quote wraps its words, and an entity inside it stays a link inside the quote', () => {
    const quoted = '“الحل في الحوار”';
    const quote: Quote = { ...at(quoted), direct: true };
    const inside: EntityMention = { ...at('الحوار'), type: 'MISC', entityId: 'misc:dialogue' };
    const runs = layoutBody(TEXT, [inside], [quote])[0].runs;
    const quoteRun = runs.find((r) => r.kind === 'quote');
    assert.ok(quoteRun && quoteRun.kind === 'quote');
    assert.equal(flatten(quoteRun.runs), quoted);
    assert.deepEqual(links(quoteRun.runs), ['الحوار']);
  });

  it('an entity that crosses a quote boundary is not linked', () => {
    const quote: Quote = { ...at('“الحل في الحوار”'), direct: true };
    const crossing: EntityMention = { start: quote.start - 3, end: quote.start + 4, text: TEXT.slice(quote.start - 3, quote.start + 4), type: 'MISC', entityId: 'x' };
    assert.deepEqual(links(layoutBody(TEXT, [crossing], [quote])[0].runs), []);
  });

  it('whatever the spans, the paragraphs joined back equal the text (random spans)', () => {
    fc.assert(fc.property(
      fc.array(fc.constantFrom('الخطيب ', 'قال ', '“', '”', '\n\n', 'هاريسون', '، ', 'و')).map((parts) => parts.join('')),
      fc.array(fc.tuple(fc.nat(80), fc.nat(20), fc.boolean())),
      (text, raw) => {
        const entities: EntityMention[] = raw.filter(([, , isQuote]) => !isQuote).map(([start, length]) => ({
          start, end: start + length, text: text.slice(start, start + length), type: 'PER', entityId: `e${start}`,
        }));
        const quotes: Quote[] = raw.filter(([, , isQuote]) => isQuote).map(([start, length]) => ({
          start, end: start + length, text: text.slice(start, start + length), direct: true,
        }));
        const paragraphs = layoutBody(text, entities, quotes);
        assert.equal(paragraphs.map((p) => flatten(p.runs)).join('\n\n'), text);
      },
    ));
  });

  it('who is in the article: one entry per entity, most mentioned first', () => {
    const list = mentionedEntities(TEXT, [person('فؤاد الخطيب', 'per:khatib'), person('الخطيب', 'per:khatib', 1), person('هاريسون', 'per:harrison')]);
    assert.deepEqual(list.map((e) => [e.entityId, e.count]), [['per:khatib', 2], ['per:harrison', 1]]);
  });
});
