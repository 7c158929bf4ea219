// Best BIO label sequence under emission and transition scores. Transitions are a
// (LABEL_COUNT + 1) × LABEL_COUNT table whose last row is the sentence start; moves that break
// BIO (O → I-PER, B-LOC → I-ORG) are never taken.
import { LABEL_COUNT, canFollow } from './labels.ts';

const L = LABEL_COUNT;
const START_ROW = L;
/** 1 where BIO lets `label` follow `previous` (row L: the sentence start), as previous × L + label. */
export const ALLOWED_TRANSITIONS: Uint8Array = (() => {
  const allowed = new Uint8Array((L + 1) * L);
  for (let previous = 0; previous <= L; previous++) {
    for (let label = 0; label < L; label++) allowed[previous * L + label] = canFollow(previous === L ? -1 : previous, label) ? 1 : 0;
  }
  return allowed;
})();

/** `emissions` holds n × LABEL_COUNT scores; `scratch` must hold at least n × LABEL_COUNT numbers. */
export function viterbi(emissions: Float32Array | Float64Array, n: number, transitions: Float32Array | Float64Array,
  out: Uint8Array, scores: Float64Array, backPointers: Uint8Array): void {
  if (n === 0) return;
  for (let label = 0; label < L; label++) {
    scores[label] = ALLOWED_TRANSITIONS[START_ROW * L + label] ? emissions[label] + transitions[START_ROW * L + label] : -Infinity;
  }
  for (let t = 1; t < n; t++) {
    const here = t * L;
    const before = here - L;
    for (let label = 0; label < L; label++) {
      let best = -Infinity;
      let bestPrevious = 0;
      for (let previous = 0; previous < L; previous++) {
        if (!ALLOWED_TRANSITIONS[previous * L + label]) continue;
        const s = scores[before + previous] + transitions[previous * L + label];
        if (s > best) { best = s; bestPrevious = previous; }
      }
      scores[here + label] = best + emissions[here + label];
      backPointers[here + label] = bestPrevious;
    }
  }
  let bestLast = 0;
  const last = (n - 1) * L;
  for (let label = 1; label < L; label++) if (scores[last + label] > scores[last + bestLast]) bestLast = label;
  out[n - 1] = bestLast;
  for (let t = n - 1; t > 0; t--) out[t - 1] = backPointers[t * L + out[t]];
}
