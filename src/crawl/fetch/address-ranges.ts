// Where a crawler must not go unless told to (--allow-private): every range here reaches the
// machine itself, its network, or the cloud's control plane rather than the public web.
// Data only; src/crawl/fetch/address.ts does the matching.

export interface AddressRange {
  /** CIDR in the family's usual notation. */
  cidr: string;
  /** Words for the one-line error: "10.0.0.5, a private address (private network 10.0.0.0/8)". */
  name: string;
}

export const BLOCKED_IPV4_RANGES: readonly AddressRange[] = [
  { cidr: '0.0.0.0/8', name: '"this network"' },
  { cidr: '10.0.0.0/8', name: 'private network' },
  { cidr: '100.64.0.0/10', name: 'carrier-grade NAT' },
  { cidr: '127.0.0.0/8', name: 'loopback' },
  { cidr: '169.254.0.0/16', name: 'link-local, cloud metadata' },
  { cidr: '172.16.0.0/12', name: 'private network' },
  { cidr: '192.0.0.0/24', name: 'IETF protocol assignments' },
  { cidr: '192.0.2.0/24', name: 'documentation' },
  { cidr: '192.88.99.0/24', name: '6to4 relay' },
  { cidr: '192.168.0.0/16', name: 'private network' },
  { cidr: '198.18.0.0/15', name: 'benchmarking' },
  { cidr: '198.51.100.0/24', name: 'documentation' },
  { cidr: '203.0.113.0/24', name: 'documentation' },
  { cidr: '224.0.0.0/4', name: 'multicast' },
  { cidr: '240.0.0.0/4', name: 'reserved, broadcast' },
];

export const BLOCKED_IPV6_RANGES: readonly AddressRange[] = [
  { cidr: '::/128', name: 'unspecified' },
  { cidr: '::1/128', name: 'loopback' },
  // ::a.b.c.d, the deprecated IPv4-compatible form; nothing public answers there.
  { cidr: '::/96', name: 'IPv4-compatible' },
  { cidr: '64:ff9b:1::/48', name: 'local NAT64' },
  { cidr: '100::/64', name: 'discard' },
  { cidr: '2001::/32', name: 'Teredo' },
  { cidr: '2001:db8::/32', name: 'documentation' },
  { cidr: 'fc00::/7', name: 'unique local' },
  { cidr: 'fe80::/10', name: 'link-local' },
  { cidr: 'fec0::/10', name: 'site-local' },
  { cidr: 'ff00::/8', name: 'multicast' },
];

/**
 * IPv6 prefixes that carry an IPv4 address inside: the embedded address is judged instead, so
 * ::ffff:10.0.0.5 is as private as 10.0.0.5. `offset` is the bit where the IPv4 address starts.
 */
export const IPV4_CARRYING_IPV6_PREFIXES: readonly { cidr: string; offset: number; name: string }[] = [
  { cidr: '::ffff:0:0/96', offset: 96, name: 'IPv4-mapped' },
  { cidr: '64:ff9b::/96', offset: 96, name: 'NAT64' },
  { cidr: '2002::/16', offset: 16, name: '6to4' },
];

/**
 * Names that point inside whatever network the crawler runs in, refused before any DNS lookup so
 * the error is about the name. Exact names, and suffixes written with a leading dot.
 */
export const BLOCKED_HOST_NAMES: readonly string[] = [
  'localhost',
  '.localhost',
  'metadata.google.internal',
  'metadata.goog',
  // RFC 6762 (mDNS) and ICANN's private-use TLD: never public.
  '.local',
  '.internal',
  '.home.arpa',
];
