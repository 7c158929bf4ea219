// Is this address (or name) on the public internet? Pure functions over the tables in
// address-ranges.ts; the fetcher asks them after DNS resolution and again on every redirect.
import { isIP } from 'node:net';
import {
  BLOCKED_HOST_NAMES, BLOCKED_IPV4_RANGES, BLOCKED_IPV6_RANGES, IPV4_CARRYING_IPV6_PREFIXES,
} from './address-ranges.ts';

export interface AddressVerdict {
  blocked: boolean;
  /** Which range blocked it ("loopback", "private network 10.0.0.0/8"); set when blocked. */
  range?: string;
}

const PUBLIC: AddressVerdict = { blocked: false };

/** Judges an IP literal (IPv4, IPv6, IPv6 with a zone). Anything that is not an IP is blocked: we cannot say where it goes. */
export function classifyAddress(address: string): AddressVerdict {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 4) return classifyIpv4(ipv4ToInt(bare));
  if (family === 6) return classifyIpv6(ipv6ToBigInt(bare));
  return { blocked: true, range: 'not an IP address' };
}

/** Judges a host name before resolution: only the names every resolver sends inward. */
export function classifyHostName(hostname: string): AddressVerdict {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  for (const entry of BLOCKED_HOST_NAMES) {
    const matches = entry.startsWith('.') ? name.endsWith(entry) : name === entry;
    if (matches) return { blocked: true, range: entry.startsWith('.') ? `a *${entry} name` : 'an internal name' };
  }
  return PUBLIC;
}

function classifyIpv4(value: number): AddressVerdict {
  for (const range of BLOCKED_IPV4_RANGES) {
    const [base, bits] = parseCidr(range.cidr);
    const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
    if (((value & mask) >>> 0) === ((ipv4ToInt(base) & mask) >>> 0)) return { blocked: true, range: `${range.name} ${range.cidr}` };
  }
  return PUBLIC;
}

function classifyIpv6(value: bigint): AddressVerdict {
  // Judge the IPv4 address inside a carrier first: ::ffff:8.8.8.8 is public even though ::/96 is not.
  for (const carrier of IPV4_CARRYING_IPV6_PREFIXES) {
    if (!inIpv6Range(value, carrier.cidr)) continue;
    const embedded = Number((value >> BigInt(128 - carrier.offset - 32)) & 0xffffffffn);
    const verdict = classifyIpv4(embedded);
    return verdict.blocked ? { blocked: true, range: `${verdict.range} (${carrier.name})` } : PUBLIC;
  }
  for (const range of BLOCKED_IPV6_RANGES) {
    if (inIpv6Range(value, range.cidr)) return { blocked: true, range: `${range.name} ${range.cidr}` };
  }
  return PUBLIC;
}

function inIpv6Range(value: bigint, cidr: string): boolean {
  const [base, bits] = parseCidr(cidr);
  const shift = BigInt(128 - bits);
  return value >> shift === ipv6ToBigInt(base) >> shift;
}

function parseCidr(cidr: string): [string, number] {
  const slash = cidr.indexOf('/');
  return [cidr.slice(0, slash), Number(cidr.slice(slash + 1))];
}

function ipv4ToInt(address: string): number {
  return address.split('.').reduce((sum, part) => ((sum << 8) | Number(part)) >>> 0, 0);
}

/** Caller guarantees `isIP(address) === 6`; handles `::` and a dotted IPv4 tail. */
function ipv6ToBigInt(address: string): bigint {
  let text = address.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = ipv4ToInt(dotted[1]);
    text = `${text.slice(0, dotted.index)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = tail === undefined ? headGroups : [...headGroups, ...Array<string>(missing).fill('0'), ...tailGroups];
  return groups.reduce((sum, group) => (sum << 16n) | BigInt(parseInt(group, 16)), 0n);
}
