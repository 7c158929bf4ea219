import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HostScheduler, SchedulerClosedError } from './scheduler.ts';

describe('HostScheduler', () => {
  it('no more than perHost requests to one host at once; other hosts are not held up', async () => {
    const scheduler = new HostScheduler({ perHost: 1, total: 10 });
    const first = await scheduler.acquire('sabq.org', 0);
    let secondStarted = false;
    const second = scheduler.acquire('sabq.org', 0).then((release) => { secondStarted = true; return release; });
    const otherHost = await scheduler.acquire('alriyadh.com', 0);
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(secondStarted, false);
    first();
    (await second)();
    otherHost();
    scheduler.close();
  });

  it('no more than total requests at once across hosts', async () => {
    const scheduler = new HostScheduler({ perHost: 5, total: 2 });
    const a = await scheduler.acquire('a.example', 0);
    await scheduler.acquire('b.example', 0);
    let thirdStarted = false;
    const third = scheduler.acquire('c.example', 0).then((release) => { thirdStarted = true; return release; });
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(thirdStarted, false);
    a();
    await third;
    assert.equal(thirdStarted, true);
    scheduler.close();
  });

  it('a host keeps its gap between request starts (clock injected)', async () => {
    let now = 1000;
    const scheduler = new HostScheduler({ perHost: 5, total: 5 }, () => now);
    (await scheduler.acquire('sabq.org', 200))();
    let started = false;
    const next = scheduler.acquire('sabq.org', 200).then((release) => { started = true; release(); });
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(started, false, 'started before the gap passed');
    now = 1200;
    await next;
    scheduler.close();
  });

  it('an aborted wait leaves the queue and rejects', async () => {
    const scheduler = new HostScheduler({ perHost: 1, total: 1 });
    const held = await scheduler.acquire('sabq.org', 0);
    const controller = new AbortController();
    const waiting = scheduler.acquire('sabq.org', 0, controller.signal);
    controller.abort(new Error('stop'));
    await assert.rejects(waiting, /stop/);
    held();
    (await scheduler.acquire('sabq.org', 0))();
    scheduler.close();
  });

  it('close rejects every waiter', async () => {
    const scheduler = new HostScheduler({ perHost: 1, total: 1 });
    await scheduler.acquire('sabq.org', 0);
    const waiting = scheduler.acquire('sabq.org', 0);
    scheduler.close();
    await assert.rejects(waiting, SchedulerClosedError);
  });
});
