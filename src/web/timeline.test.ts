import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_BARS, timelineBars } from './timeline.ts';

describe('timeline bars', () => {
  it('days without mentions are drawn as zero bars between the first and the last day', () => {
    const { bucket, bars, max, total } = timelineBars([{ day: '2015-07-21', mentions: 3 }, { day: '2015-07-24', mentions: 1 }]);
    assert.equal(bucket, 'day');
    assert.deepEqual(bars.map((b) => b.mentions), [3, 0, 0, 1]);
    assert.equal(max, 3);
    assert.equal(total, 4);
  });

  it('a span longer than the chart folds into weeks that start on Saturday, counts kept', () => {
    const points = [{ day: '2015-01-01', mentions: 2 }, { day: '2015-01-02', mentions: 5 }, { day: '2015-08-01', mentions: 1 }];
    const { bucket, bars, total } = timelineBars(points);
    assert.equal(bucket, 'week');
    assert.ok(bars.length <= MAX_BARS);
    assert.equal(new Date(`${bars[0].start}T00:00:00Z`).getUTCDay(), 6);
    assert.equal(bars.reduce((s, b) => s + b.mentions, 0), total);
    assert.equal(bars[0].mentions, 7, '1 and 2 January 2015 fall in the week starting Saturday 27 December');
  });

  it('years of mentions fold into months, never more bars than the chart holds', () => {
    const points = Array.from({ length: 40 }, (_, i) => ({ day: `${2000 + Math.floor(i / 4)}-0${1 + (i % 4) * 2}-15`, mentions: 1 }));
    const { bucket, bars } = timelineBars(points);
    assert.equal(bucket, 'month');
    assert.ok(bars.length <= MAX_BARS);
  });

  it('no mentions, no bars', () => {
    assert.deepEqual(timelineBars([]).bars, []);
    assert.deepEqual(timelineBars([{ day: 'not a day', mentions: 3 }]).bars, []);
  });
});
