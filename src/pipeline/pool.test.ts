// The processing pool: replies in input order, and growth only when the workers fall behind.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RawDocument } from '../core/types.ts';
import { ProcessorPool, type WorkerReply } from './pool.ts';

function document(i: number): RawDocument {
  const text = `خبر رقم ${i}\n\nالرياض – قال المتحدث إن الخبر رقم ${i} يتناول الطقس في المدينة وأضاف أن الحرارة سترتفع.`;
  return { origin: `doc-${i}`, format: 'text', bytes: new TextEncoder().encode(text) };
}

async function submitAll(pool: ProcessorPool, count: number): Promise<WorkerReply[]> {
  const replies: WorkerReply[] = [];
  for (let seq = 0; seq < count; seq++) {
    await pool.submit({ seq, document: document(seq), options: {} });
    replies.push(...pool.ready());
  }
  await pool.drain(count);
  replies.push(...pool.ready());
  return replies;
}

describe('ProcessorPool', () => {
  it('grows to its maximum when its workers are busy all the time, and replies in input order', async () => {
    const pool = new ProcessorPool({ initial: 1, max: 2, growthCheckMs: 100 });
    try {
      // Documents arrive as fast as they can be read: the one worker never rests.
      const replies = await submitAll(pool, 6_000);
      assert.equal(pool.size, 2);
      assert.deepEqual(replies.map((r) => r.seq), Array.from({ length: 6_000 }, (_, i) => i));
      assert.ok(replies.every((r) => r.ok));
    } finally {
      await pool.close();
    }
  });

  it('keeps an exact size when given a number', async () => {
    const pool = new ProcessorPool(1);
    try {
      const replies = await submitAll(pool, 1_000);
      assert.equal(pool.size, 1);
      assert.equal(replies.length, 1_000);
    } finally {
      await pool.close();
    }
  });

  it('does not grow while one worker keeps up', async () => {
    const pool = new ProcessorPool({ initial: 1, max: 2, growthCheckMs: 100 });
    try {
      // A document every 10 ms, each a fraction of a millisecond of work: the worker mostly waits.
      for (let seq = 0; seq < 100; seq++) {
        await pool.submit({ seq, document: document(seq), options: {} });
        await pool.drain(seq + 1);
        [...pool.ready()];
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      assert.equal(pool.size, 1);
    } finally {
      await pool.close();
    }
  });
});
