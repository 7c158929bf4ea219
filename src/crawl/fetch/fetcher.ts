// The polite, bounded HTTP fetcher. Per request: parse the URL → (polite) robots.txt → wait for the
// host's turn → one exchange → follow a redirect (back to robots and safety for the new hop) →
// outcome. Network errors, 429 and 5xx go round again after a backoff.
import type dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { MarsadError } from '../../core/errors.ts';
import { AbortLinks } from './abort-links.ts';
import { ACCEPT_ENCODING } from './decode-body.ts';
import { exchange, ExchangeFailure, type ExchangeResponse } from './exchange.ts';
import { AddressGuard, type Resolver } from './guard.ts';
import {
  MAX_CRAWL_DELAY_MS, MAX_RETRY_AFTER_MS, resolvePolicy, ROBOTS_AGENT_TOKEN,
  type FetchOutcome, type FetchPolicy, type FetchRequest, type ResolvedPolicy,
} from './policy.ts';
import { backoffDelayMs, isRetryableStatus, parseRetryAfter } from './retry.ts';
import { RobotsBook, ROBOTS_MAX_BYTES, type RobotsResponse } from './robots-book.ts';
import { isAllowedByRobots } from './robots.ts';
import { HostScheduler, SchedulerClosedError } from './scheduler.ts';

const DEFAULT_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** RFC 9309 §2.3.1.2: follow at least five redirects for robots.txt. */
const ROBOTS_MAX_REDIRECTS = 5;
/** Idle keep-alive sockets are closed after this, so a long crawl does not hoard connections. */
const IDLE_SOCKET_MS = 15_000;

export interface FetcherOptions {
  /** Replaces DNS (tests): the safety rule still judges whatever it answers. */
  lookup?: typeof dns.lookup;
  now?: () => number;
}

/** One attempt that should be tried again, and what to tell the caller if it is the last. */
interface RetryableProblem { retry: true; problem: ExchangeFailure; failure: Extract<FetchOutcome, { kind: 'failed' }> }

type Attempt = FetchOutcome | RetryableProblem;

export class Fetcher {
  private readonly policy: ResolvedPolicy;
  private readonly now: () => number;
  private readonly guard: AddressGuard;
  private readonly scheduler: HostScheduler;
  private readonly robots: RobotsBook;
  private readonly agents: { http: http.Agent; https: https.Agent };
  /** One controller per fetch or robots.txt load; close() aborts them all. */
  private readonly links = new AbortLinks();
  private readonly sleeps = new Set<NodeJS.Timeout>();

  constructor(policy: Partial<FetchPolicy> = {}, options: FetcherOptions = {}) {
    this.policy = resolvePolicy(policy);
    this.now = options.now ?? Date.now;
    this.guard = new AddressGuard(this.policy.allowPrivate, this.policy.allowedPrivateAddresses ?? [], options.lookup as Resolver | undefined);
    this.scheduler = new HostScheduler({ perHost: this.policy.perHostConcurrency, total: this.policy.totalConcurrency }, this.now);
    this.robots = new RobotsBook(this.policy.robotsCacheSize, ROBOTS_AGENT_TOKEN, (robotsUrl) => this.loadRobots(robotsUrl), this.now);
    const agentOptions = { keepAlive: true, maxSockets: this.policy.totalConcurrency, timeout: IDLE_SOCKET_MS };
    this.agents = { http: new http.Agent(agentOptions), https: new https.Agent(agentOptions) };
  }

  async fetch(request: FetchRequest, signal?: AbortSignal): Promise<FetchOutcome> {
    const url = parseHttpUrl(request.url);
    if (!url) return failed(request.url, new ExchangeFailure('network', 'not an http(s) URL', false));
    const link = this.links.link(signal);
    try {
      return await this.fetchWithRetries(request, url, link.signal);
    } finally {
      link.unlink();
    }
  }

  private async fetchWithRetries(request: FetchRequest, url: URL, signal: AbortSignal): Promise<FetchOutcome> {
    const attempts = this.policy.retries + 1;
    let last: RetryableProblem | undefined;
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (last) {
        const retryAfterMs = last.failure.retryAfterMs;
        // A server asking for more than a minute gets it, from the caller's queue rather than ours.
        if (retryAfterMs !== undefined && retryAfterMs > MAX_RETRY_AFTER_MS) return last.failure;
        const wait = Math.max(backoffDelayMs(attempt - 1, this.policy.retryBaseDelayMs), retryAfterMs ?? 0);
        if (!(await this.sleep(wait, signal))) return failed(request.url, this.stopReason());
      }
      const result = await this.attempt(request, url, signal);
      if (!('retry' in result)) return result;
      last = result;
    }
    const { failure, problem } = last!;
    if (attempts === 1) return failure;
    return { ...failure, error: new MarsadError(problem.code, `${problem.message}; gave up after ${attempts} attempts`, request.url) };
  }

  async robotsAllows(url: string): Promise<boolean> {
    const parsed = parseHttpUrl(url);
    if (!parsed) return false;
    if (!this.policy.polite) return true;
    const link = this.links.link();
    try {
      const verdict = await this.robots.verdictFor(parsed, link.signal);
      return verdict.kind === 'rules' && isAllowedByRobots(verdict.rules, parsed.pathname + parsed.search);
    } catch {
      return false;
    } finally {
      link.unlink();
    }
  }

  /** The Sitemap: lines of `url`'s site's robots.txt (fetched if not known yet); empty when none. */
  async robotsSitemaps(url: string): Promise<string[]> {
    const parsed = parseHttpUrl(url);
    if (!parsed) return [];
    const link = this.links.link();
    try {
      const verdict = await this.robots.verdictFor(parsed, link.signal);
      return verdict.kind === 'rules' ? verdict.rules.sitemaps : [];
    } catch {
      return [];
    } finally {
      link.unlink();
    }
  }

  close(): void {
    this.links.close();
    for (const timer of this.sleeps) clearTimeout(timer);
    this.sleeps.clear();
    this.scheduler.close();
    this.robots.clear();
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  /** One pass along the redirect chain. */
  private async attempt(request: FetchRequest, start: URL, signal: AbortSignal): Promise<Attempt> {
    const redirects: string[] = [];
    const visited = new Set([start.href]);
    let current = start;
    for (;;) {
      const named = (failure: ExchangeFailure) => atHop(failure, current, start);
      const gate = await this.passGates(request.url, current, start, signal);
      if (gate) return gate;

      let response: ExchangeResponse;
      try {
        response = await this.exchangeInTurn(current, this.pageHeaders(request), signal, {
          maxBodyBytes: this.policy.maxBodyBytes,
          wantsBody: (status) => status >= 200 && status < 300,
        });
      } catch (error) {
        const failure = named(this.asFailure(error));
        const outcome = failed(request.url, failure);
        return failure.retryable && !signal.aborted ? { retry: true, problem: failure, failure: outcome } : outcome;
      }
      const { status, headers } = response;

      if (REDIRECT_STATUSES.has(status)) {
        const next = nextHop(current, headers.location);
        if (typeof next === 'string') return failed(request.url, named(new ExchangeFailure('network', `HTTP ${status} ${next}`, false)), status);
        redirects.push(current.href);
        if (visited.has(next.href)) {
          return failed(request.url, new ExchangeFailure('network', `redirect loop: ${[...redirects, next.href].join(' → ')}`, false), status);
        }
        if (redirects.length > this.policy.maxRedirects) {
          return failed(request.url, new ExchangeFailure('network', `more than ${this.policy.maxRedirects} redirects (the last to ${next.href})`, false), status);
        }
        visited.add(next.href);
        current = next;
        continue;
      }
      const fetchedAt = new Date(this.now()).toISOString();
      if (status === 304) return { kind: 'not-modified', url: request.url, finalUrl: current.href, fetchedAt };
      if (status >= 200 && status < 300) {
        const contentType = header(headers['content-type']);
        return {
          kind: 'ok', url: request.url, finalUrl: current.href, status, bytes: response.bytes,
          contentType, charset: charsetOf(contentType),
          etag: header(headers.etag), lastModified: header(headers['last-modified']),
          fetchedAt, redirects,
        };
      }
      const problem = named(new ExchangeFailure('network', `HTTP ${status}${statusText(status)}`, isRetryableStatus(status)));
      const retryAfterMs = parseRetryAfter(header(headers['retry-after']), this.now());
      if (retryAfterMs !== undefined) this.scheduler.deferHost(current.hostname, this.now() + Math.min(retryAfterMs, MAX_RETRY_AFTER_MS));
      const outcome = failed(request.url, problem, status, retryAfterMs);
      return problem.retryable ? { retry: true, problem, failure: outcome } : outcome;
    }
  }

  /** Safety by name, then robots.txt; undefined when the hop may be fetched. */
  private async passGates(requestUrl: string, hop: URL, start: URL, signal: AbortSignal): Promise<FetchOutcome | undefined> {
    const blocked = this.guard.checkHost(hop.hostname);
    if (blocked) return failed(requestUrl, atHop(this.asFailure(blocked), hop, start));
    if (!this.policy.polite) return undefined;
    let verdict;
    try {
      verdict = await this.robots.verdictFor(hop, signal);
    } catch (error) {
      return failed(requestUrl, this.asFailure(error));
    }
    if (verdict.kind === 'blocked') return failed(requestUrl, atHop(new ExchangeFailure('blocked_address', verdict.problem, false), hop, start));
    // The site itself cannot be reached for good: say that, not "robots.txt, try later".
    if (verdict.kind === 'unavailable' && verdict.lasting) return failed(requestUrl, atHop(new ExchangeFailure('network', verdict.problem, false), hop, start));
    if (verdict.kind === 'unavailable') {
      const until = new Date(verdict.retryAt).toISOString();
      return failed(requestUrl, atHop(new ExchangeFailure('network',
        `${hop.origin}/robots.txt could not be read (${verdict.problem}); the site counts as disallowed until ${until}`, true), hop, start),
      undefined, Math.max(0, verdict.retryAt - this.now()));
    }
    if (isAllowedByRobots(verdict.rules, hop.pathname + hop.search)) return undefined;
    const where = hop.href === requestUrl ? '' : ` (reached by a redirect to ${hop.href})`;
    return { kind: 'disallowed', url: requestUrl, reason: `${hop.origin}/robots.txt disallows ${hop.pathname}${hop.search} for ${ROBOTS_AGENT_TOKEN}${where}` };
  }

  /** Waits for the host's turn, then exchanges; the turn is given back as soon as the body is read. */
  private async exchangeInTurn(url: URL, headers: Record<string, string>, signal: AbortSignal,
    body: { maxBodyBytes: number; truncate?: boolean; wantsBody?: (status: number) => boolean }): Promise<ExchangeResponse> {
    const release = await this.scheduler.acquire(url.hostname, this.gapFor(url), signal);
    try {
      return await exchange({
        url, headers, agents: this.agents, guard: this.guard, signal,
        timeoutMs: this.policy.timeoutMs, totalTimeoutMs: this.policy.totalTimeoutMs, ...body,
      });
    } finally {
      release();
    }
  }

  private async loadRobots(robotsUrl: string): Promise<RobotsResponse> {
    // Its own controller: shared by every fetch waiting on this site, ended only by close().
    const link = this.links.link();
    try {
      return await this.loadRobotsFollowingRedirects(new URL(robotsUrl), link.signal);
    } finally {
      link.unlink();
    }
  }

  private async loadRobotsFollowingRedirects(start: URL, signal: AbortSignal): Promise<RobotsResponse> {
    let current = start;
    for (let hop = 0; hop <= ROBOTS_MAX_REDIRECTS; hop++) {
      let response: ExchangeResponse;
      try {
        response = await this.exchangeInTurn(current, this.baseHeaders('text/plain,*/*;q=0.5'), signal,
          { maxBodyBytes: ROBOTS_MAX_BYTES, truncate: true, wantsBody: (status) => status >= 200 && status < 300 });
      } catch (error) {
        const failure = this.asFailure(error);
        return failure.code === 'blocked_address'
          ? { kind: 'blocked', problem: failure.message }
          : { kind: 'unreachable', problem: failure.message, lasting: !failure.retryable };
      }
      if (!REDIRECT_STATUSES.has(response.status)) {
        return { kind: 'response', status: response.status, text: new TextDecoder('utf-8').decode(response.bytes) };
      }
      const next = nextHop(current, response.headers.location);
      if (typeof next === 'string') return { kind: 'response', status: 404, text: '' };
      current = next;
    }
    // RFC 9309 §2.3.1.2: too many redirects for robots.txt means "unavailable" (4xx): no rules.
    return { kind: 'response', status: 404, text: '' };
  }

  /** The spacing between request starts to one host: our own, or the site's Crawl-delay if longer. */
  private gapFor(url: URL): number {
    if (!this.policy.polite) return 0;
    const crawlDelayMs = this.robots.known(url)?.crawlDelayMs ?? 0;
    return Math.max(this.policy.perHostDelayMs, Math.min(crawlDelayMs, MAX_CRAWL_DELAY_MS));
  }

  private baseHeaders(accept: string): Record<string, string> {
    return { 'user-agent': this.policy.userAgent, accept, 'accept-encoding': ACCEPT_ENCODING };
  }

  private pageHeaders(request: FetchRequest): Record<string, string> {
    const headers = { ...this.baseHeaders(request.accept ?? DEFAULT_ACCEPT), 'accept-language': 'ar, en;q=0.5' };
    if (request.etag) Object.assign(headers, { 'if-none-match': request.etag });
    if (request.lastModified) Object.assign(headers, { 'if-modified-since': request.lastModified });
    return headers;
  }

  /** Resolves true after `ms`, or false as soon as the signal fires. */
  private sleep(ms: number, signal: AbortSignal): Promise<boolean> {
    if (signal.aborted) return Promise.resolve(false);
    return new Promise((resolve) => {
      const onAbort = () => { clearTimeout(timer); this.sleeps.delete(timer); resolve(false); };
      const timer = setTimeout(() => {
        this.sleeps.delete(timer);
        signal.removeEventListener('abort', onAbort);
        resolve(true);
      }, ms);
      this.sleeps.add(timer);
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  private stopReason(): ExchangeFailure {
    return this.links.isClosed
      ? new ExchangeFailure('network', 'the fetcher was closed', true)
      : new ExchangeFailure('network', 'the fetch was aborted', true);
  }

  private asFailure(error: unknown): ExchangeFailure {
    if (error instanceof ExchangeFailure) return error;
    if (error instanceof SchedulerClosedError || this.links.isClosed) return this.stopReason();
    if (error instanceof Error && error.name === 'BlockedAddressError') {
      return new ExchangeFailure('blocked_address', error.message, false);
    }
    return new ExchangeFailure('network', error instanceof Error && error.name !== 'AbortError' ? error.message : 'the fetch was aborted', true);
  }
}

function failed(url: string, failure: ExchangeFailure, status?: number, retryAfterMs?: number): Extract<FetchOutcome, { kind: 'failed' }> {
  const outcome: Extract<FetchOutcome, { kind: 'failed' }> = {
    kind: 'failed', url, error: new MarsadError(failure.code, withRemedy(failure), url), retryable: failure.retryable,
  };
  if (status !== undefined) outcome.status = status;
  if (retryAfterMs !== undefined) outcome.retryAfterMs = retryAfterMs;
  return outcome;
}

/** A refused address says how to lift the rule, last on the line. */
function withRemedy(failure: ExchangeFailure): string {
  return failure.code === 'blocked_address' ? `${failure.message}; use --allow-private to fetch it` : failure.message;
}

/** A problem met after a redirect says where: the outcome names the URL the caller asked for. */
function atHop(failure: ExchangeFailure, hop: URL, start: URL): ExchangeFailure {
  if (hop.href === start.href) return failure;
  return new ExchangeFailure(failure.code, `${failure.message} (after a redirect to ${hop.href})`, failure.retryable);
}

function parseHttpUrl(input: string): URL | undefined {
  try {
    const url = new URL(input);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url;
  } catch {
    return undefined;
  }
}

/** The next URL of a redirect, or what is wrong with its Location. */
function nextHop(current: URL, location: string | undefined): URL | string {
  if (!location) return 'without a Location header';
  let next: URL;
  try { next = new URL(location, current); } catch { return `to an unreadable Location (${location.slice(0, 200)})`; }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') return `to a non-http(s) URL (${next.protocol})`;
  if (next.username || next.password) return 'to a URL with credentials in it';
  next.hash = '';
  return next;
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function charsetOf(contentType: string | undefined): string | undefined {
  const match = contentType ? /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType) : null;
  return match ? match[1].toLowerCase() : undefined;
}

function statusText(status: number): string {
  const text = http.STATUS_CODES[status];
  return text ? ` ${text}` : '';
}
