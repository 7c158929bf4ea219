// Several workers behind one port: every request is answered, a worker that dies is replaced, and
// a start that cannot listen stops every worker and says why in one line.
import assert from 'node:assert/strict';
import cluster from 'node:cluster';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { MarsadError } from '../core/errors.ts';
import { defaultWorkerCount, startCluster, type RunningCluster } from './cluster.ts';
import { fillTestArchive } from './testing/archive.ts';

describe('serving on several workers', () => {
  let dir: string;
  let running: RunningCluster;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'marsad-cluster-'));
    await fillTestArchive(join(dir, 'cluster.db'));
    running = await startCluster({ db: join(dir, 'cluster.db'), host: '127.0.0.1', port: 0, workers: 2 });
  });
  after(async () => {
    await running.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('two workers share one port and answer every request', async () => {
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) =>
      fetch(`http://127.0.0.1:${running.port}/search?q=${encodeURIComponent('أمطار')}&page=${1 + (i % 3)}`).then((r) => r.status)));
    assert.deepEqual([...new Set(answers)], [200]);
    assert.equal(Object.keys(cluster.workers ?? {}).length, 2);
  });

  it('a worker that dies is replaced, and the port keeps answering', async () => {
    const [first] = Object.values(cluster.workers ?? {});
    const replaced = new Promise<void>((done) => cluster.once('listening', () => done()));
    first!.process.kill('SIGKILL');
    await replaced;
    assert.equal(Object.keys(cluster.workers ?? {}).length, 2);
    assert.equal((await fetch(`http://127.0.0.1:${running.port}/`)).status, 200);
  });
});

describe('starting workers on a port that is taken', () => {
  let dir: string;
  let taken: Server;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'marsad-cluster-busy-'));
    await fillTestArchive(join(dir, 'busy.db'));
    taken = createServer();
    await new Promise<void>((done) => taken.listen(0, '127.0.0.1', done));
  });
  after(() => {
    taken.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a port in use is one line naming the port, and no worker is left running', async () => {
    const port = (taken.address() as AddressInfo).port;
    await assert.rejects(startCluster({ db: join(dir, 'busy.db'), host: '127.0.0.1', port, workers: 2 }), (error: unknown) => {
      assert.ok(error instanceof MarsadError, `expected a MarsadError (exit code 2), got ${String(error)}`);
      assert.equal(error.message, `cannot listen on 127.0.0.1:${port}: the port is in use`);
      return true;
    });
    assert.deepEqual(Object.values(cluster.workers ?? {}).filter((w) => w && !w.isDead()), [], 'workers still running after a failed start');
  });
});

describe('how many workers serve by default', () => {
  it('one process per core, at least one, at most eight', () => {
    assert.equal(defaultWorkerCount(1), 1);
    assert.equal(defaultWorkerCount(2), 2);
    assert.equal(defaultWorkerCount(64), 8);
  });
});
