// What the fetcher promises and how polite it is. Types and defaults only.
import type { MarsadError } from '../../core/errors.ts';
import { MAX_DOCUMENT_BYTES } from '../../ingest/limits.ts';

export interface FetchPolicy {
  userAgent: string;
  /** Lifts the private-address rule entirely (--allow-private: tests, intranets). */
  allowPrivate: boolean;
  /** Obey robots.txt (and its Crawl-delay) and space requests to one host. Safety stays on either way. */
  polite: boolean;
  /** Minimum gap between request starts to one host when polite; Crawl-delay raises it. */
  perHostDelayMs: number;
  perHostConcurrency: number;
  totalConcurrency: number;
  /** Connect + response headers; also the longest silence allowed while the body streams. */
  timeoutMs: number;
  /** One HTTP exchange from connect to the body's last byte. */
  totalTimeoutMs: number;
  /** Bound on the decompressed body. */
  maxBodyBytes: number;
  maxRedirects: number;
  /** Extra attempts after a network error, 429 or 5xx. */
  retries: number;
  /** Base of the exponential backoff between attempts. */
  retryBaseDelayMs?: number;
  /**
   * Addresses exempt from the private-address rule while it stays on for everything else: one
   * intranet host, or a test server on 127.0.0.1 checking that a redirect elsewhere is refused.
   */
  allowedPrivateAddresses?: string[];
  /** How many hosts' robots.txt are remembered at once. */
  robotsCacheSize?: number;
}

export const DEFAULT_USER_AGENT = 'Marsad/0.1 (Arabic news observatory; +https://github.com/marsad-project/marsad)';
/** The token robots.txt groups are matched against. */
export const ROBOTS_AGENT_TOKEN = 'marsad';

export const DEFAULT_POLICY: Readonly<Required<Omit<FetchPolicy, 'allowedPrivateAddresses'>>> & Pick<FetchPolicy, 'allowedPrivateAddresses'> = {
  userAgent: DEFAULT_USER_AGENT,
  allowPrivate: false,
  polite: true,
  perHostDelayMs: 1000,
  perHostConcurrency: 2,
  totalConcurrency: 16,
  timeoutMs: 20_000,
  totalTimeoutMs: 60_000,
  maxBodyBytes: MAX_DOCUMENT_BYTES,
  maxRedirects: 5,
  retries: 3,
  retryBaseDelayMs: 500,
  robotsCacheSize: 1000,
};

/** Crawl-delay beyond this is a site asking us to go away slowly; we still come at this pace. */
export const MAX_CRAWL_DELAY_MS = 30_000;
/** Retry-After beyond this is not waited for inside fetch(): the outcome hands it to the caller. */
export const MAX_RETRY_AFTER_MS = 60_000;

export interface FetchRequest { url: string; etag?: string; lastModified?: string; accept?: string }

export type FetchOutcome =
  | { kind: 'ok'; url: string; finalUrl: string; status: number; bytes: Uint8Array; contentType?: string; charset?: string;
      etag?: string; lastModified?: string; fetchedAt: string;
      /** The URLs that answered with a redirect, in order (the request's URL first); empty when none did. */
      redirects: string[] }
  | { kind: 'not-modified'; url: string; finalUrl: string; fetchedAt: string }
  | { kind: 'disallowed'; url: string; reason: string }
  | { kind: 'failed'; url: string; error: MarsadError; status?: number; retryable: boolean; retryAfterMs?: number };

export type ResolvedPolicy = FetchPolicy & Required<Pick<FetchPolicy, 'retryBaseDelayMs' | 'robotsCacheSize'>>;

export function resolvePolicy(policy: Partial<FetchPolicy> = {}): ResolvedPolicy {
  const defined = Object.fromEntries(Object.entries(policy).filter(([, value]) => value !== undefined));
  return { ...DEFAULT_POLICY, ...defined } as ResolvedPolicy;
}
