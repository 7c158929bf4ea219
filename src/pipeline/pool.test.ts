// The processing pool: replies in input order, and growth only when the workers fall behind.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RawDocument } from '../core/types.ts';
import { anotherWorkerWouldHelp, ProcessorPool, type WorkerReply } from './pool.ts';

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
  it('replies in input order, whatever worker answered', async () => {
    const pool = new ProcessorPool({ initial: 2, max: 2 });
    try {
      const replies = await submitAll(pool, 1_000);
      assert.deepEqual(replies.map((r) => r.seq), Array.from({ length: 1_000 }, (_, i) => i));
      assert.ok(replies.every((r) => r.ok));
    } finally {
      await pool.close();
    }
  });

  it('keeps an exact size when given a number', async () => {
    const pool = new ProcessorPool(1);
    try {
      assert.equal((await submitAll(pool, 500)).length, 500);
      assert.equal(pool.size, 1);
    } finally {
      await pool.close();
    }
  });
});

describe('anotherWorkerWouldHelp', () => {
  it('grows the pool when every worker is busy all the time, the main thread waits for them, and a core is idle', () => {
    assert.equal(anotherWorkerWouldHelp({ workerUtilisations: [0.97, 0.95], feederWaitShare: 0.6, idleCores: 1.2 }), true);
  });

  it('does not when a worker waits part of the time', () => {
    assert.equal(anotherWorkerWouldHelp({ workerUtilisations: [0.97, 0.6], feederWaitShare: 0.6, idleCores: 1.2 }), false);
  });

  it('does not when the main thread never waits for room (it is the slow stage, however busy the workers look)', () => {
    assert.equal(anotherWorkerWouldHelp({ workerUtilisations: [0.99], feederWaitShare: 0.05, idleCores: 1.2 }), false);
  });

  it('does not when the cores are already busy (one more worker would only take time from the others)', () => {
    assert.equal(anotherWorkerWouldHelp({ workerUtilisations: [0.99], feederWaitShare: 0.6, idleCores: 0.1 }), false);
  });

  it('does not without workers', () => {
    assert.equal(anotherWorkerWouldHelp({ workerUtilisations: [], feederWaitShare: 0, idleCores: 2 }), false);
  });
});
