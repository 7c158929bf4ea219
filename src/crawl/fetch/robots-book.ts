// robots.txt per origin, fetched once and remembered (bounded, per Fetcher). What a response
// means follows RFC 9309 §2.3.1: 2xx → the rules; 4xx → no rules; 5xx, 429 or unreachable →
// everything disallowed for now, asked again after a short while.
import { LruMap } from '../../core/lru-map.ts';
import { ALLOW_ALL, parseRobots, type RobotsRules } from './robots.ts';

/** What loading robots.txt produced, before it is judged. */
export type RobotsResponse =
  | { kind: 'response'; status: number; text: string }
  /** `lasting` when asking again will not help (the name does not resolve, the certificate is bad). */
  | { kind: 'unreachable'; problem: string; lasting?: boolean }
  /** Fetching it would break the safety rule: the page itself will be refused for the same reason. */
  | { kind: 'blocked'; problem: string };

export type RobotsVerdict =
  | { kind: 'rules'; rules: RobotsRules }
  | { kind: 'unavailable'; problem: string; retryAt: number; lasting?: boolean }
  | { kind: 'blocked'; problem: string };

/** RFC 9309 §2.4: a cached robots.txt should not be used for more than 24 hours. */
export const ROBOTS_TTL_MS = 24 * 60 * 60 * 1000;
/** An unreachable robots.txt is asked again after this; until then the host is left alone. */
export const ROBOTS_RETRY_MS = 5 * 60 * 1000;
/** RFC 9309 §2.5: crawlers must read at least 500 KiB; we read exactly that much. */
export const ROBOTS_MAX_BYTES = 500 * 1024;

interface Entry { verdict: RobotsVerdict; expiresAt: number }

export class RobotsBook {
  private readonly entries: LruMap<string, Entry>;
  private readonly loading = new Map<string, Promise<RobotsVerdict>>();

  constructor(
    capacity: number,
    private readonly agentToken: string,
    /** Not given the caller's signal: one caller giving up must not spoil the answer others share. */
    private readonly load: (robotsUrl: string) => Promise<RobotsResponse>,
    private readonly now: () => number,
  ) {
    this.entries = new LruMap(capacity);
  }

  /** The verdict for the origin of `url`; concurrent callers for one origin share one fetch. */
  verdictFor(url: URL, signal?: AbortSignal): Promise<RobotsVerdict> {
    const origin = url.origin;
    const cached = this.entries.get(origin);
    if (cached && cached.expiresAt > this.now()) return Promise.resolve(cached.verdict);
    return untilAborted(this.loading.get(origin) ?? this.startLoading(origin), signal);
  }

  /** The rules already known for `url`'s origin, without fetching. */
  known(url: URL): RobotsRules | undefined {
    const verdict = this.entries.get(url.origin)?.verdict;
    return verdict?.kind === 'rules' ? verdict.rules : undefined;
  }

  private startLoading(origin: string): Promise<RobotsVerdict> {
    const loading = this.load(`${origin}/robots.txt`)
      .then((response) => {
        const verdict = this.judge(response);
        // A refused address is not remembered: --allow-private may differ on the next Fetcher,
        // and the page fetch reports it anyway.
        if (verdict.kind !== 'blocked') {
          const lifetime = verdict.kind === 'rules' ? ROBOTS_TTL_MS : ROBOTS_RETRY_MS;
          this.entries.set(origin, { verdict, expiresAt: this.now() + lifetime });
        }
        return verdict;
      })
      .finally(() => this.loading.delete(origin));
    this.loading.set(origin, loading);
    return loading;
  }

  clear(): void {
    this.entries.clear();
    this.loading.clear();
  }

  private judge(response: RobotsResponse): RobotsVerdict {
    if (response.kind === 'blocked') return { kind: 'blocked', problem: response.problem };
    const retryAt = this.now() + ROBOTS_RETRY_MS;
    if (response.kind === 'unreachable') return { kind: 'unavailable', problem: response.problem, retryAt, lasting: response.lasting };
    const { status } = response;
    if (status >= 200 && status < 300) return { kind: 'rules', rules: parseRobots(response.text, this.agentToken) };
    // 429 is "slow down", not "there are no rules": treated like a server error.
    if (status === 429 || status >= 500) return { kind: 'unavailable', problem: `robots.txt answered HTTP ${status}`, retryAt };
    if (status >= 400) return { kind: 'rules', rules: ALLOW_ALL };
    return { kind: 'unavailable', problem: `robots.txt answered HTTP ${status}`, retryAt };
  }
}

/** Stops waiting when the signal fires; the shared work goes on for the other waiters. */
function untilAborted<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => { signal.removeEventListener('abort', onAbort); resolve(value); },
      (error) => { signal.removeEventListener('abort', onAbort); reject(error); },
    );
  });
}
