import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TtlCache } from './ttl-cache.ts';

describe('TtlCache', () => {
  it('an entry older than its time to live is gone', () => {
    let now = 0;
    const cache = new TtlCache<string>(10, 1000, () => now);
    cache.set('ليبيا', 'نتائج');
    now = 999;
    assert.equal(cache.get('ليبيا'), 'نتائج');
    now = 1000;
    assert.equal(cache.get('ليبيا'), undefined);
  });

  it('past its size, the least recently used entry goes first', () => {
    const cache = new TtlCache<number>(2, 60_000);
    cache.set('أ', 1);
    cache.set('ب', 2);
    cache.get('أ');
    cache.set('ج', 3);
    assert.equal(cache.get('ب'), undefined);
    assert.equal(cache.get('أ'), 1);
    assert.equal(cache.size, 2);
  });
});
