/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// Mentions over time as an inline SVG bar chart: no script, no external asset, colours as SVG
// attributes (the CSP allows no inline style). Time runs right to left, as the page reads; the
// same numbers are in a table for screen readers and for reading exact values.
import type { TimelinePoint } from '../../store/port.ts';
import { arabicNumber, arabicShortDay, countNoun, MENTION_FORMS } from '../format.ts';
import { timelineBars, type Bucket } from '../timeline.ts';

const WIDTH = 640;
const HEIGHT = 140;
/** A few days of data draw as narrow bars, not as three slabs filling the width. */
const MAX_BAR_WIDTH = 24;
const BUCKET_NAMES: Record<Bucket, string> = { day: 'يومًا بيوم', week: 'أسبوعًا بأسبوع', month: 'شهرًا بشهر' };

export function TimelineChart({ points, name }: { points: TimelinePoint[]; name: string }) {
  const { bucket, bars, max, total } = timelineBars(points);
  if (bars.length === 0) return null;
  const step = WIDTH / bars.length;
  const barWidth = Math.min(MAX_BAR_WIDTH, Math.max(1, step * 0.8));
  const plot = HEIGHT - 2;
  const peak = bars.reduce((best, bar) => (bar.mentions > best.mentions ? bar : best), bars[0]);
  const summary = `${countNoun(total, MENTION_FORMS)} لـ${name} بين ${arabicShortDay(bars[0].start)} و${arabicShortDay(bars[bars.length - 1].start)}؛ `
    + `الذروة ${arabicNumber(peak.mentions)} في ${arabicShortDay(peak.start)}.`;
  return (
    <figure class="timeline">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="timeline-title">
        <title id="timeline-title">{summary}</title>
        <line x1="0" y1={plot} x2={WIDTH} y2={plot} stroke="#8a9099" stroke-width="1" />
        {bars.map((bar, index) => {
          const height = max === 0 ? 0 : Math.max(bar.mentions > 0 ? 2 : 0, (bar.mentions / max) * (plot - 4));
          // Right to left: the first bar sits at the right edge.
          const x = WIDTH - (index + 1) * step + (step - barWidth) / 2;
          return (
            <rect x={x.toFixed(1)} y={(plot - height).toFixed(1)} width={barWidth.toFixed(1)} height={height.toFixed(1)} fill="#0b5c8a">
              <title>{`${arabicShortDay(bar.start)}: ${arabicNumber(bar.mentions)}`}</title>
            </rect>
          );
        })}
      </svg>
      <p class="axis" aria-hidden="true"><span>{arabicShortDay(bars[0].start)}</span><span>{arabicShortDay(bars[bars.length - 1].start)}</span></p>
      <figcaption>{summary} ({BUCKET_NAMES[bucket]})</figcaption>
      <details>
        <summary>الأرقام جدولًا</summary>
        <table>
          <thead><tr><th scope="col">{bucket === 'day' ? 'اليوم' : bucket === 'week' ? 'الأسبوع الذي يبدأ' : 'الشهر'}</th><th scope="col">الإشارات</th></tr></thead>
          <tbody>
            {bars.filter((b) => b.mentions > 0).map((b) => <tr><td>{arabicShortDay(b.start)}</td><td>{arabicNumber(b.mentions)}</td></tr>)}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
