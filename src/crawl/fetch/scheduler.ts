// Who may start a request now: at most `perHost` requests in flight to one host and `total` over
// all, and (when polite) at least the host's gap between two request starts. Waiters are served
// first come, first served, except that a waiter for a resting host lets others go ahead.

export interface SchedulerLimits {
  perHost: number;
  total: number;
}

interface HostState {
  active: number;
  /** Earliest time the next request to this host may start. */
  nextStartAt: number;
}

interface Waiter {
  host: string;
  gapMs: number;
  resolve: (release: () => void) => void;
  reject: (error: Error) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

/** Past this many hosts remembered, idle ones are dropped (a crawl over many outlets). */
const PRUNE_AT_HOSTS = 10_000;

export class SchedulerClosedError extends Error {
  constructor() {
    super('the fetcher was closed');
    this.name = 'SchedulerClosedError';
  }
}

export class HostScheduler {
  private readonly hosts = new Map<string, HostState>();
  private readonly waiters: Waiter[] = [];
  private active = 0;
  private wakeTimer?: NodeJS.Timeout;
  private closed = false;

  constructor(private readonly limits: SchedulerLimits, private readonly now: () => number = Date.now) {}

  /**
   * Resolves with a release function once a request to `host` may start; `gapMs` is the spacing
   * this request must keep from the previous start to the same host (0 when not polite).
   */
  acquire(host: string, gapMs: number, signal?: AbortSignal): Promise<() => void> {
    if (this.closed) return Promise.reject(new SchedulerClosedError());
    if (signal?.aborted) return Promise.reject(signal.reason ?? new Error('aborted'));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { host, gapMs, resolve, reject, signal };
      if (signal) {
        waiter.onAbort = () => {
          this.remove(waiter);
          reject(signal.reason ?? new Error('aborted'));
          this.pump();
        };
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      this.waiters.push(waiter);
      this.pump();
    });
  }

  /** Keeps every request to `host` from starting before `until` (a 429 or 503 with Retry-After). */
  deferHost(host: string, until: number): void {
    const state = this.state(host);
    state.nextStartAt = Math.max(state.nextStartAt, until);
  }

  close(): void {
    this.closed = true;
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    this.wakeTimer = undefined;
    for (const waiter of this.waiters.splice(0)) {
      if (waiter.onAbort) waiter.signal?.removeEventListener('abort', waiter.onAbort);
      waiter.reject(new SchedulerClosedError());
    }
    this.hosts.clear();
  }

  private pump(): void {
    if (this.closed) return;
    if (this.wakeTimer) { clearTimeout(this.wakeTimer); this.wakeTimer = undefined; }
    let earliestWake = Infinity;
    for (let i = 0; i < this.waiters.length && this.active < this.limits.total; i++) {
      const waiter = this.waiters[i];
      const state = this.state(waiter.host);
      if (state.active >= this.limits.perHost) continue;
      const now = this.now();
      if (state.nextStartAt > now) { earliestWake = Math.min(earliestWake, state.nextStartAt); continue; }
      this.waiters.splice(i--, 1);
      if (waiter.onAbort) waiter.signal?.removeEventListener('abort', waiter.onAbort);
      state.active++;
      this.active++;
      state.nextStartAt = now + waiter.gapMs;
      waiter.resolve(this.releaser(waiter.host, state));
    }
    if (earliestWake !== Infinity && this.active < this.limits.total) {
      this.wakeTimer = setTimeout(() => this.pump(), Math.max(1, earliestWake - this.now()));
    }
  }

  private releaser(host: string, state: HostState): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      state.active--;
      this.active--;
      // A host with nothing in flight and no rest to keep is forgotten, so the map stays small.
      if (state.active === 0 && state.nextStartAt <= this.now() && !this.waiters.some((w) => w.host === host)) this.hosts.delete(host);
      this.pump();
    };
  }

  private state(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      if (this.hosts.size >= PRUNE_AT_HOSTS) this.pruneIdleHosts();
      state = { active: 0, nextStartAt: 0 };
      this.hosts.set(host, state);
    }
    return state;
  }

  /** Hosts with nothing in flight and no rest left to keep carry no information. */
  private pruneIdleHosts(): void {
    const now = this.now();
    const waiting = new Set(this.waiters.map((waiter) => waiter.host));
    for (const [host, state] of this.hosts) {
      if (state.active === 0 && state.nextStartAt <= now && !waiting.has(host)) this.hosts.delete(host);
    }
  }

  private remove(waiter: Waiter): void {
    const index = this.waiters.indexOf(waiter);
    if (index !== -1) this.waiters.splice(index, 1);
  }
}
