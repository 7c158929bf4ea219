import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RememberingCache, TtlCache } from './ttl-cache.ts';

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

describe('RememberingCache', () => {
  it('many requests for the same key at once compute it once', async () => {
    const cache = new RememberingCache<number>(10, 60_000);
    let computed = 0;
    const slow = () => new Promise<number>((resolve) => setTimeout(() => resolve(++computed), 10));
    const answers = await Promise.all(Array.from({ length: 20 }, () => cache.remember('السعودية', slow)));
    assert.deepEqual([...new Set(answers)], [1]);
    assert.equal(computed, 1);
  });

  it('a failure is not remembered: the next request tries again', async () => {
    const cache = new RememberingCache<string>(10, 60_000);
    await assert.rejects(cache.remember('ليبيا', () => Promise.reject(new Error('busy'))));
    assert.equal(await cache.remember('ليبيا', async () => 'نتائج'), 'نتائج');
  });
});
