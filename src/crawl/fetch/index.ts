// The crawler's HTTP fetcher: polite (robots.txt, per-host pacing), bounded (timeouts, body cap,
// redirects, retries) and safe (no private addresses unless allowed).
export { Fetcher, type FetcherOptions } from './fetcher.ts';
export {
  DEFAULT_POLICY, DEFAULT_USER_AGENT, ROBOTS_AGENT_TOKEN,
  type FetchOutcome, type FetchPolicy, type FetchRequest,
} from './policy.ts';
export { classifyAddress, classifyHostName, type AddressVerdict } from './address.ts';
export { parseRobots, isAllowedByRobots, type RobotsRules, type RobotsRule } from './robots.ts';
export { canonicalUrl } from '../urls.ts';
