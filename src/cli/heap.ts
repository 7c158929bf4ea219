// How far V8 lets a heap grow past what survived its last full collection. Left to itself, V8
// picks a factor of up to 4 when collections are cheap, so an ingest's main thread (the story
// and duplicate state, the batch being written) sat at ~230 MB of heap for ~100–160 MB live.
// A fixed 1.6 collects sooner: measured on all of SaudiNewsNet (foundation stages, alternated,
// load 5–6), peak RSS 463–472 MB against 560–575 MB by default, with no CPU cost the noise could
// show (user 47–59 s both ways); with every stage on (5,700 articles), 566–582 MB against
// 709–750 MB, user 38–44 s against 43 s. 1.3 and 1.45 saved only 10–20 MB more.
import { setFlagsFromString } from 'node:v8';

const HEAP_GROWING_PERCENT = 60;

/** Applies to every heap of the process, the worker threads' included (V8 flags are process-wide). */
export function keepHeapsCompact(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
