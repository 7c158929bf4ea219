import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { describe, it } from 'node:test';
import { AbortLinks } from './abort-links.ts';

describe('AbortLinks', () => {
  it('one caller signal shared by many links gets one listener, removed when the last unlinks', () => {
    const links = new AbortLinks();
    const caller = new AbortController();
    const made = Array.from({ length: 50 }, () => links.link(caller.signal));
    assert.equal(getEventListeners(caller.signal, 'abort').length, 1);
    for (const link of made) link.unlink();
    assert.equal(getEventListeners(caller.signal, 'abort').length, 0);
  });

  it('the caller aborting aborts every linked signal with its reason', () => {
    const links = new AbortLinks();
    const caller = new AbortController();
    const [a, b] = [links.link(caller.signal), links.link(caller.signal)];
    caller.abort(new Error('توقف'));
    assert.ok(a.signal.aborted && b.signal.aborted);
    assert.equal((b.signal.reason as Error).message, 'توقف');
  });

  it('close aborts everything, and links made after close start aborted', () => {
    const links = new AbortLinks();
    const own = links.link();
    links.close();
    assert.ok(own.signal.aborted);
    assert.ok(links.link().signal.aborted);
  });
});
