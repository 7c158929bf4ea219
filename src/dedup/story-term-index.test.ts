import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { StoryTermIndex } from './story-term-index.ts';

const TERMS = ['سراج', 'حكوم', 'وفاق', 'طرابلس', 'ليبيا', 'نفط'];

/** Sets and removals of (term, story slot) entries, as joins and prunes make them. */
const operations = fc.array(fc.record({
  remove: fc.boolean(),
  term: fc.constantFrom(...TERMS),
  slot: fc.integer({ min: 0, max: 7 }),
  weight: fc.double({ min: 0.01, max: 2, noNaN: true }),
}), { maxLength: 200 });

test('a posting keeps the order a Map of its stories would, through updates, removals and arena rebuilds', () => {
  fc.assert(fc.property(operations, fc.constantFrom(1, 4, 16_384), (steps, arenaCapacity) => {
    const index = new StoryTermIndex(arenaCapacity);
    const expected = new Map<string, Map<number, number>>();
    for (const { remove, term, slot, weight } of steps) {
      if (remove) {
        const id = index.idOf(term);
        if (id >= 0) index.remove(id, slot);
        expected.get(term)?.delete(slot);
        if (expected.get(term)?.size === 0) expected.delete(term);
      } else {
        index.set(index.intern(term), slot, weight);
        if (!expected.has(term)) expected.set(term, new Map());
        expected.get(term)!.set(slot, weight);
      }
    }
    for (const term of TERMS) {
      const id = index.idOf(term);
      const actual = id >= 0 ? index.entries(id) : [];
      assert.deepEqual(actual, [...(expected.get(term) ?? [])], `posting of ${term}`);
      assert.equal(id >= 0, expected.has(term), `${term} keeps an id exactly while a story holds it`);
    }
  }), { numRuns: 1000 });
});

test('a term no story holds gives its id back, and the id serves the next new term', () => {
  const index = new StoryTermIndex();
  const siraj = index.intern('سراج');
  index.set(siraj, 3, 0.4);
  index.remove(siraj, 3);
  assert.equal(index.idOf('سراج'), -1);
  const tripoli = index.intern('طرابلس');
  assert.equal(tripoli, siraj, 'ids are reused, so arrays indexed by id stay as small as the live vocabulary');
  assert.equal(index.term(tripoli), 'طرابلس');
  assert.equal(index.idLimit, 1);
});

test('taking several stories out at once leaves the postings that taking them out one by one does', () => {
  const entries = fc.array(fc.record({ term: fc.constantFrom(...TERMS), slot: fc.integer({ min: 0, max: 7 }), weight: fc.double({ min: 0.01, max: 2, noNaN: true }) }), { maxLength: 120 });
  fc.assert(fc.property(entries, fc.uniqueArray(fc.integer({ min: 0, max: 7 })), fc.constantFrom(1, 16_384), (sets, leaving, arenaCapacity) => {
    const together = new StoryTermIndex(arenaCapacity);
    const oneByOne = new StoryTermIndex(arenaCapacity);
    for (const index of [together, oneByOne]) for (const { term, slot, weight } of sets) index.set(index.intern(term), slot, weight);
    const termsOf = (index: StoryTermIndex, slot: number) => TERMS.map((term) => index.idOf(term)).filter((id) => id >= 0 && index.entries(id).some(([s]) => s === slot));
    together.removeStories(leaving.map((slot) => ({ slot, ids: termsOf(together, slot) })));
    for (const slot of leaving) for (const id of termsOf(oneByOne, slot)) oneByOne.remove(id, slot);
    for (const term of TERMS) {
      const [a, b] = [together, oneByOne].map((index) => (index.idOf(term) >= 0 ? index.entries(index.idOf(term)) : null));
      assert.deepEqual(a, b, `posting of ${term}`);
    }
  }), { numRuns: 1000 });
});
