// The private-address rule, applied where it cannot be dodged: the socket connects to exactly the
// address this lookup checked (no second resolution, so no DNS-rebinding gap), and IP literals,
// which Node never looks up, are checked before the request is made.
import dns from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { classifyAddress, classifyHostName } from './address.ts';

export class BlockedAddressError extends Error {
  constructor(readonly hostname: string, readonly address: string | undefined, readonly range: string) {
    super(address === undefined || address === hostname
      ? `${hostname} is ${range.startsWith('a') ? range : `a private address (${range})`}`
      : `${hostname} resolves to ${address}, a private address (${range})`);
    this.name = 'BlockedAddressError';
  }
}

export type Resolver = typeof dns.lookup;

type LookupAnswer = { address: string; family: number };

export class AddressGuard {
  private readonly allowed: Set<string>;

  constructor(
    private readonly allowPrivate: boolean,
    allowedPrivateAddresses: readonly string[],
    private readonly resolver: Resolver = dns.lookup,
  ) {
    this.allowed = new Set(allowedPrivateAddresses.map((address) => address.toLowerCase()));
  }

  /** Refuses names that always point inward and private IP literals; a public name is left to `lookup`. */
  checkHost(hostname: string): BlockedAddressError | undefined {
    if (this.allowPrivate) return undefined;
    const bare = hostname.replace(/^\[|\]$/g, '');
    if (isIP(bare)) return this.checkAddress(bare, bare);
    const name = classifyHostName(bare);
    return name.blocked ? new BlockedAddressError(bare, undefined, name.range ?? 'an internal name') : undefined;
  }

  /** For http.request's `lookup`: resolves every address and refuses the name if any of them is private. */
  readonly lookup: LookupFunction = (hostname, options, callback) => {
    const resolve = this.resolver as unknown as (host: string, opts: dns.LookupAllOptions, cb: (err: NodeJS.ErrnoException | null, answers: LookupAnswer[]) => void) => void;
    resolve(hostname, { ...options, all: true }, (error, answers) => {
      if (error) return callback(error, '', 0);
      if (!Array.isArray(answers) || answers.length === 0) {
        return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
      }
      // One private answer among public ones is how rebinding attacks hedge; refuse the name.
      for (const answer of answers) {
        const blocked = this.checkAddress(hostname, answer.address);
        if (blocked) return callback(blocked as NodeJS.ErrnoException, '', 0);
      }
      if (options.all) return callback(null, answers);
      return callback(null, answers[0].address, answers[0].family);
    });
  };

  private checkAddress(hostname: string, address: string): BlockedAddressError | undefined {
    if (this.allowPrivate || this.allowed.has(address.toLowerCase())) return undefined;
    const verdict = classifyAddress(address);
    return verdict.blocked ? new BlockedAddressError(hostname, address, verdict.range ?? 'private') : undefined;
  }
}
