// Waiting that a stop request cuts short: workers and watchers sleep between rounds, and a
// SIGTERM must not wait out the rest of the pause.

/** Resolves after `ms`, or at once when the signal fires (or has fired). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
