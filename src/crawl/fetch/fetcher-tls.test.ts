// The https path: a server with a self-signed certificate made for this test (openssl).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Fetcher } from './fetcher.ts';
import { fakeLookup } from './test-server.ts';

function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-tls-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-subj', '/CN=news.example', '-days', '1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('Fetcher: https', () => {
  it('an untrusted certificate fails at once, without retries, and no request is sent', async (t) => {
    let requests = 0;
    let connections = 0;
    const server = https.createServer(selfSignedCertificate(), (_request, response) => { requests++; response.end('سر'); });
    // Accepted before the server can send its certificate, so counted before the client can refuse it.
    server.on('connection', () => connections++);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const fetcher = new Fetcher({ allowedPrivateAddresses: ['127.0.0.1'], polite: false, retries: 3, retryBaseDelayMs: 1 },
      { lookup: fakeLookup({ 'news.example': '127.0.0.1' }) });
    t.after(async () => {
      fetcher.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    });
    const outcome = await fetcher.fetch({ url: `https://news.example:${port}/أخبار` });
    assert.equal(outcome.kind, 'failed');
    if (outcome.kind !== 'failed') return;
    assert.equal(outcome.retryable, false);
    assert.match(outcome.error.message, /TLS certificate is not acceptable/);
    assert.equal(requests, 0);
    assert.equal(connections, 1, 'tried once');
  });
});
