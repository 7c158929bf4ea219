import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyAddress, classifyHostName } from './address.ts';

function blocked(address: string): boolean {
  return classifyAddress(address).blocked;
}

describe('classifyAddress (rules in address-ranges.ts)', () => {
  it('loopback is private, IPv4 and IPv6', () => {
    for (const address of ['127.0.0.1', '127.255.0.9', '::1', '[::1]']) assert.ok(blocked(address), address);
  });

  it('RFC 1918 private networks are private, their neighbours public', () => {
    for (const address of ['10.0.0.5', '172.16.0.1', '172.31.255.255', '192.168.1.1']) assert.ok(blocked(address), address);
    for (const address of ['9.255.255.255', '11.0.0.1', '172.15.255.255', '172.32.0.1', '192.169.0.1']) assert.ok(!blocked(address), address);
  });

  it('link-local and the cloud metadata address are private', () => {
    assert.ok(blocked('169.254.169.254'));
    assert.match(classifyAddress('169.254.169.254').range ?? '', /metadata/);
    assert.ok(blocked('fe80::1'));
    assert.ok(blocked('fe80::1%eth0'), 'a zone id does not hide a link-local address');
  });

  it('carrier-grade NAT, "this network", multicast and reserved are refused', () => {
    for (const address of ['100.64.0.1', '100.127.255.255', '0.0.0.0', '0.1.2.3', '224.0.0.251', '239.1.1.1', '240.0.0.1', '255.255.255.255']) {
      assert.ok(blocked(address), address);
    }
    assert.ok(!blocked('100.128.0.1'));
  });

  it('IPv6 unique local, multicast and unspecified are refused', () => {
    for (const address of ['fc00::1', 'fd12:3456::1', 'ff02::1', '::']) assert.ok(blocked(address), address);
  });

  it('an IPv4 address inside IPv6 is judged as the IPv4 address', () => {
    for (const address of ['::ffff:10.0.0.5', '::ffff:a00:5', '::ffff:127.0.0.1', '::ffff:169.254.169.254', '64:ff9b::192.168.0.1', '2002:c0a8:101::1']) {
      assert.ok(blocked(address), address);
    }
    for (const address of ['::ffff:8.8.8.8', '64:ff9b::8.8.8.8', '2002:808:808::1']) assert.ok(!blocked(address), address);
  });

  it('public addresses pass', () => {
    for (const address of ['8.8.8.8', '1.1.1.1', '185.60.216.35', '2606:4700:4700::1111', '2a00:1450:4001:80b::200e']) {
      assert.deepEqual(classifyAddress(address), { blocked: false }, address);
    }
  });

  it('something that is not an IP address is refused, not guessed', () => {
    assert.ok(blocked('example.com'));
    assert.ok(blocked('10.0.0'));
  });
});

describe('classifyHostName', () => {
  it('names that always point inward are refused before any lookup', () => {
    for (const name of ['localhost', 'LOCALHOST.', 'api.localhost', 'metadata.google.internal', 'db.internal', 'printer.local', 'router.home.arpa']) {
      assert.ok(classifyHostName(name).blocked, name);
    }
  });

  it('ordinary news hosts pass', () => {
    for (const name of ['www.aljazeera.net', 'internal-news.com', 'localhost.news.example', 'sabq.org']) {
      assert.ok(!classifyHostName(name).blocked, name);
    }
  });
});
