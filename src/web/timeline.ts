// Mentions per day, made ready for a small bar chart: days without mentions filled in as zeros,
// and long spans folded into weeks or months so the chart never has more bars than a phone can show.
import type { TimelinePoint } from '../store/port.ts';

export const MAX_BARS = 120;
const DAY_MS = 86_400_000;

export type Bucket = 'day' | 'week' | 'month';

export interface Bar {
  /** First day the bar covers, YYYY-MM-DD. */
  start: string;
  mentions: number;
}

export interface TimelineBars {
  bucket: Bucket;
  bars: Bar[];
  max: number;
  total: number;
}

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const msOf = (day: string) => Date.parse(`${day}T00:00:00Z`);

function bucketStart(ms: number, bucket: Bucket): number {
  if (bucket === 'day') return ms;
  const date = new Date(ms);
  if (bucket === 'month') return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
  // Weeks start on Saturday, as the week does in most Arab countries.
  const daysSinceSaturday = (date.getUTCDay() + 1) % 7;
  return ms - daysSinceSaturday * DAY_MS;
}

function nextBucket(ms: number, bucket: Bucket): number {
  if (bucket === 'day') return ms + DAY_MS;
  if (bucket === 'week') return ms + 7 * DAY_MS;
  const date = new Date(ms);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}

export function timelineBars(points: TimelinePoint[]): TimelineBars {
  const valid = points.filter((p) => Number.isFinite(msOf(p.day)) && p.mentions > 0).sort((a, b) => msOf(a.day) - msOf(b.day));
  if (valid.length === 0) return { bucket: 'day', bars: [], max: 0, total: 0 };
  const first = msOf(valid[0].day);
  const last = msOf(valid[valid.length - 1].day);
  const spanDays = Math.round((last - first) / DAY_MS) + 1;
  const bucket: Bucket = spanDays <= MAX_BARS ? 'day' : spanDays <= MAX_BARS * 7 ? 'week' : 'month';
  const counts = new Map<number, number>();
  for (const p of valid) {
    const key = bucketStart(msOf(p.day), bucket);
    counts.set(key, (counts.get(key) ?? 0) + p.mentions);
  }
  const bars: Bar[] = [];
  for (let ms = bucketStart(first, bucket); ms <= last; ms = nextBucket(ms, bucket)) {
    bars.push({ start: dayOf(ms), mentions: counts.get(ms) ?? 0 });
  }
  // Past MAX_BARS months (ten years), only the most recent are drawn.
  const shown = bars.slice(-MAX_BARS);
  return { bucket, bars: shown, max: Math.max(...shown.map((b) => b.mentions)), total: valid.reduce((s, p) => s + p.mentions, 0) };
}
