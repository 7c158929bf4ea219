import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { backoffDelayMs, isRetryableStatus, parseRetryAfter } from './retry.ts';

describe('retry rules', () => {
  it('Retry-After in seconds', () => {
    assert.equal(parseRetryAfter('120', 0), 120_000);
    assert.equal(parseRetryAfter(' 0 ', 0), 0);
  });

  it('Retry-After as an HTTP date counts from now, never below zero', () => {
    const now = Date.parse('Sun, 06 Nov 1994 08:49:37 GMT');
    assert.equal(parseRetryAfter('Sun, 06 Nov 1994 08:50:07 GMT', now), 30_000);
    assert.equal(parseRetryAfter('Sun, 06 Nov 1994 08:00:00 GMT', now), 0);
  });

  it('an unreadable Retry-After is ignored', () => {
    for (const value of [undefined, '', 'soon', '-5', '1.5']) assert.equal(parseRetryAfter(value, 0), undefined, String(value));
  });

  it('429, 408 and passing 5xx are retried; 4xx, 501 and 505 are not', () => {
    for (const status of [408, 429, 500, 502, 503, 504]) assert.ok(isRetryableStatus(status), String(status));
    for (const status of [400, 403, 404, 410, 501, 505]) assert.ok(!isRetryableStatus(status), String(status));
  });

  it('backoff doubles per attempt and keeps at least half of each step', () => {
    for (const attempt of [0, 1, 2, 3]) {
      const step = 500 * 2 ** attempt;
      assert.equal(backoffDelayMs(attempt, 500, () => 0), step / 2);
      assert.equal(backoffDelayMs(attempt, 500, () => 1), step);
    }
  });
});
